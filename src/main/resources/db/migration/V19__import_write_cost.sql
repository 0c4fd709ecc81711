-- Cheaper writes for roster imports, which register up to a million students, guardians and awards
-- in one transaction (docs/roster-import.md, Benchmark).
--
-- Blind indexes are hex HMACs, only ever compared for equality: the "C" collation compares them
-- byte by byte instead of through the locale, which makes every insert into their b-tree indexes
-- cheaper. Equality, uniqueness and the look-ups by blind index are unchanged.
ALTER TABLE registry_student
    ALTER COLUMN id_number_index TYPE TEXT COLLATE "C",
    ALTER COLUMN student_number_index TYPE TEXT COLLATE "C",
    ALTER COLUMN card_number_index TYPE TEXT COLLATE "C";
ALTER TABLE registry_household_member
    ALTER COLUMN id_number_index TYPE TEXT COLLATE "C",
    ALTER COLUMN phone_index TYPE TEXT COLLATE "C";
ALTER TABLE award_award
    ALTER COLUMN id_number_index TYPE TEXT COLLATE "C",
    ALTER COLUMN card_number_index TYPE TEXT COLLATE "C";

-- Indexes no query reads (no SQL filters or joins on these columns): each cost every new student,
-- guardian or award an index insert. The blind-index columns stay, so a later look-up can index
-- them again.
DROP INDEX registry_student_card_idx;
DROP INDEX registry_household_member_id_number_idx;
DROP INDEX registry_household_member_phone_idx;
DROP INDEX award_award_student_idx;

-- The trigram index of student names takes new entries into its pending list; at the default 4 MB
-- an import of 100,000 students merges that list into the index many times inside its own
-- transaction. With 64 MB the merge is mostly left to (auto)vacuum after the commit; searches
-- read the pending list until then. Name search results are the same.
ALTER INDEX IF EXISTS registry_student_name_trgm_idx SET (gin_pending_list_limit = 65536);
