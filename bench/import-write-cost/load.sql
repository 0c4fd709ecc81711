-- Inserts 100,000 students, guardians and awards in one transaction; the backend reads its own CPU ticks (Linux, superuser).
SELECT 'cpu', split_part(pg_read_file('/proc/self/stat'),' ',14)::int + split_part(pg_read_file('/proc/self/stat'),' ',15)::int;
BEGIN;
SELECT 'cpu', split_part(pg_read_file('/proc/self/stat'),' ',14)::int + split_part(pg_read_file('/proc/self/stat'),' ',15)::int;
INSERT INTO registry_student (id,name,gender,id_type,id_number_sealed,id_number_index,id_number_masked,student_number_sealed,student_number_index,student_number_masked,school_id,school_township_code,grade,class_name,household_township_code,household_village_code,residence,card_bank,card_number_sealed,card_number_index,card_number_masked,card_luhn_ok)
SELECT i, name, 'MALE','RESIDENT_ID', sealed, idx, masked, sealed, snidx, 'G4306**********1234', 1+i%21, township, '三年级','2班', township, township||'201','RURAL','农业银行',sealed,cardidx,'6228********1234',true FROM src;
SELECT 'cpu', split_part(pg_read_file('/proc/self/stat'),' ',14)::int + split_part(pg_read_file('/proc/self/stat'),' ',15)::int;
INSERT INTO registry_household_member (student_id,position,name,relation,guardian,id_type,id_number_sealed,id_number_index,id_number_masked,phone_sealed,phone_index,phone_masked)
SELECT i,0,name,'OTHER',true,'RESIDENT_ID',sealed,gidx,masked,sealed,phidx,'138****1234' FROM src;
SELECT 'cpu', split_part(pg_read_file('/proc/self/stat'),' ',14)::int + split_part(pg_read_file('/proc/self/stat'),' ',15)::int;
INSERT INTO award_award (term,programme_code,programme_name,stage,tier,amount,student_id,student_name,gender,id_number_index,id_number_masked,school_id,school_code,school_name,school_township_code,grade,class_name,household_township_code,household_village_code,difficulty_type,difficulty_level,special_channel,guardian_name,phone_sealed,phone_masked,card_bank,card_number_sealed,card_number_index,card_number_masked,remark,import_id,source_row,created_by)
SELECT '2026-AUTUMN','P1','义务教育家庭经济困难学生生活补助','PRIMARY','寄宿生',500,i,name,'MALE',idx,masked,1+i%21,'2143062609','平江县某某小学',township,'三年级','2班',township,township||'201','脱贫家庭学生','特别困难',false,name,sealed,'138****1234','农业银行',sealed,cardidx,'6228********1234',null,1,i,'county' FROM src;
SELECT 'cpu', split_part(pg_read_file('/proc/self/stat'),' ',14)::int + split_part(pg_read_file('/proc/self/stat'),' ',15)::int;
COMMIT;
SELECT 'cpu', split_part(pg_read_file('/proc/self/stat'),' ',14)::int + split_part(pg_read_file('/proc/self/stat'),' ',15)::int;
