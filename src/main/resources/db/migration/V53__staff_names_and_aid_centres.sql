-- Named signatures (issue 11): the aid centre of a county (资助中心) with the name of its head
-- (负责人), printed under rosters, confirmation forms and bank files beside the real names of the
-- staff who made and approved them (iam.AidCentres, iam.StaffNames).
CREATE TABLE iam_aid_centre (
    county_code TEXT        PRIMARY KEY CHECK (county_code ~ '^[0-9]{6}$'),
    name        TEXT        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    head_name   TEXT        NOT NULL CHECK (char_length(head_name) <= 50),
    updated_by  TEXT        NOT NULL CHECK (char_length(updated_by) <= 200),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The demo accounts carried their unit in their name (平江县资助中心 李芳), which a signature
-- line must not print: a person's name is the name alone. Only untouched demo names change.
UPDATE iam_account SET display_name = CASE username
        WHEN 'sysadmin' THEN '周志强'
        WHEN 'secadmin' THEN '孙丽'
        WHEN 'auditor' THEN '吴刚'
        WHEN 'county' THEN '李芳'
        WHEN 'county2' THEN '王建国'
        WHEN 'township' THEN '陈静'
        WHEN 'village' THEN '刘明'
        WHEN 'school' THEN '张敏'
        WHEN 'school2' THEN '赵磊'
    END
WHERE (username, display_name) IN (('sysadmin', '系统管理员'), ('secadmin', '安全管理员'), ('auditor', '审计管理员'),
        ('county', '平江县资助中心 李芳'), ('county2', '平江县资助中心 王强'),
        ('township', '三市镇审核员 陈静'), ('village', '村级审核员 刘明'),
        ('school', '三市镇中心小学资助专员 张敏'), ('school2', '安定镇中心小学资助专员 赵磊'));
