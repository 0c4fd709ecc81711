-- Department lists (部门名单) and the special-difficulty register (特殊困难学生数据库), docs/comparison.md.
-- Minimisation: a list keeps of each person only the blind index of the ID number (the registry's
-- HMAC, so it joins the registry's own index), the name, the region and the list's attributes.
-- The uploaded file is deleted once read.

-- List types (名单类型): configurable; kind SUPPORT lists feed the register, CHECK lists the checks.
CREATE TABLE comparison_list_type (
    code               TEXT     PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,40}$'),
    name               TEXT     NOT NULL UNIQUE CHECK (char_length(name) BETWEEN 1 AND 50),
    kind               TEXT     NOT NULL CHECK (kind IN ('SUPPORT', 'CHECK')),
    department         TEXT     NOT NULL CHECK (char_length(department) BETWEEN 1 AND 50),
    -- how long a student stays in the register (过渡期) after leaving the list or its risk removed
    transition_months  INTEGER  NOT NULL DEFAULT 0 CHECK (transition_months BETWEEN 0 AND 120),
    position           SMALLINT NOT NULL
);

-- The list's own attributes (脱贫年份, 残疾等级, 注册资本 …); sensitive ones are masked like health data.
CREATE TABLE comparison_list_attribute (
    type_code  TEXT     NOT NULL REFERENCES comparison_list_type (code) ON DELETE CASCADE,
    key        TEXT     NOT NULL CHECK (key ~ '^[a-z][a-zA-Z]{1,30}$'),
    label      TEXT     NOT NULL CHECK (char_length(label) BETWEEN 1 AND 30),
    kind       TEXT     NOT NULL CHECK (kind IN ('TEXT', 'YEAR', 'YES_NO', 'MONEY', 'NUMBER', 'CREDIT_CODE')),
    sensitive  BOOLEAN  NOT NULL DEFAULT FALSE,
    position   SMALLINT NOT NULL,
    PRIMARY KEY (type_code, key)
);

-- Department category names (脱贫户(继续享受政策), 城乡特困 …) read as a list type, with the
-- attribute value the name implies.
CREATE TABLE comparison_category_name (
    name             TEXT PRIMARY KEY CHECK (char_length(name) BETWEEN 1 AND 50),
    type_code        TEXT NOT NULL REFERENCES comparison_list_type (code) ON DELETE CASCADE,
    attribute_key    TEXT CHECK (char_length(attribute_key) <= 31),
    attribute_value  TEXT CHECK (char_length(attribute_value) <= 50)
);

-- The column mapping chosen on upload, remembered per region, department and list type.
CREATE TABLE comparison_column_mapping (
    region_code  TEXT COLLATE "C" NOT NULL CHECK (region_code ~ '^[0-9]{2,6}$'),
    department   TEXT NOT NULL CHECK (char_length(department) BETWEEN 1 AND 50),
    type_code    TEXT NOT NULL REFERENCES comparison_list_type (code) ON DELETE CASCADE,
    mapping      TEXT NOT NULL CHECK (char_length(mapping) <= 4000),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (region_code, department, type_code)
);

-- One imported list. The current list of a region and type is the one the matching reads; a
-- list of the same as-of date replaces it, an older one is refused.
CREATE TABLE comparison_list (
    id            BIGSERIAL PRIMARY KEY,
    region_code   TEXT COLLATE "C" NOT NULL CHECK (region_code ~ '^[0-9]{2,6}$'),
    type_code     TEXT NOT NULL REFERENCES comparison_list_type (code),
    department    TEXT NOT NULL CHECK (char_length(department) BETWEEN 1 AND 50),
    as_of         DATE NOT NULL,
    file_name     TEXT NOT NULL CHECK (char_length(file_name) <= 255),
    sheet_name    TEXT CHECK (char_length(sheet_name) <= 100),
    rows_read     INTEGER NOT NULL CHECK (rows_read >= 0),
    rows_skipped  INTEGER NOT NULL CHECK (rows_skipped >= 0),
    persons       INTEGER NOT NULL CHECK (persons >= 0),
    current       BOOLEAN NOT NULL,
    replaced_by   BIGINT REFERENCES comparison_list (id),
    uploaded_by   TEXT NOT NULL CHECK (char_length(uploaded_by) <= 100),
    uploaded_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX comparison_list_current_uq ON comparison_list (region_code, type_code) WHERE current;
CREATE INDEX comparison_list_region_idx ON comparison_list (region_code, uploaded_at DESC);

-- The persons of a list: one per ID number on a row (a household-wide row gives several).
CREATE TABLE comparison_list_person (
    list_id     BIGINT   NOT NULL REFERENCES comparison_list (id) ON DELETE CASCADE,
    row_number  INTEGER  NOT NULL,
    person_no   SMALLINT NOT NULL,
    id_index    TEXT     NOT NULL CHECK (char_length(id_index) <= 200),
    name        TEXT     CHECK (char_length(name) <= 50),
    region      TEXT     CHECK (char_length(region) <= 100),
    category    TEXT     NOT NULL REFERENCES comparison_list_type (code),
    attributes  TEXT     NOT NULL CHECK (char_length(attributes) <= 2000),
    PRIMARY KEY (list_id, row_number, person_no)
);

CREATE INDEX comparison_list_person_index_idx ON comparison_list_person (id_index);

CREATE TABLE comparison_import_problem (
    import_id    BIGINT  NOT NULL REFERENCES comparison_list (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    row_number   INTEGER NOT NULL CHECK (row_number >= 0),
    column_name  TEXT    CHECK (char_length(column_name) <= 50),
    severity     TEXT    NOT NULL CHECK (severity IN ('ERROR', 'WARNING')),
    code         TEXT    NOT NULL CHECK (char_length(code) <= 200),
    message      TEXT    NOT NULL CHECK (char_length(message) <= 1000),
    PRIMARY KEY (import_id, seq)
);

-- The default list types of the issue (15).
INSERT INTO comparison_list_type (code, name, kind, department, transition_months, position) VALUES
    ('SUBSISTENCE_ALLOWANCE', '城乡低保', 'SUPPORT', '民政', 6, 1),
    ('EXTREME_POVERTY', '特困供养', 'SUPPORT', '民政', 6, 2),
    ('ORPHAN', '孤儿及事实无人抚养儿童', 'SUPPORT', '民政', 0, 3),
    ('POVERTY_ALLEVIATED', '脱贫户', 'SUPPORT', '乡村振兴', 60, 4),
    ('RELAPSE_MONITORING', '防返贫监测对象', 'SUPPORT', '乡村振兴', 12, 5),
    ('DISABLED', '持证残疾人', 'SUPPORT', '残联', 0, 6),
    ('ENTITLED_GROUPS', '优抚对象', 'SUPPORT', '退役军人事务', 0, 7),
    ('NEEDY_WORKERS', '困难职工', 'SUPPORT', '工会', 6, 8),
    ('BUSINESS_OWNERS', '企业法定代表人及股东', 'CHECK', '市场监管', 0, 9),
    ('PUBLIC_PAYROLL', '财政供养人员', 'CHECK', '财政', 0, 10),
    ('VEHICLES', '机动车', 'CHECK', '公安交管', 0, 11),
    ('REAL_ESTATE', '不动产登记', 'CHECK', '自然资源', 0, 12);

INSERT INTO comparison_list_attribute (type_code, key, label, kind, sensitive, position) VALUES
    ('POVERTY_ALLEVIATED', 'yearOut', '脱贫年份', 'YEAR', FALSE, 1),
    ('POVERTY_ALLEVIATED', 'policiesApply', '是否继续享受政策', 'YES_NO', FALSE, 2),
    ('RELAPSE_MONITORING', 'riskOpen', '风险是否消除', 'TEXT', FALSE, 1),
    ('DISABLED', 'grade', '残疾等级', 'TEXT', TRUE, 1),
    ('BUSINESS_OWNERS', 'creditCode', '统一社会信用代码', 'CREDIT_CODE', FALSE, 1),
    ('BUSINESS_OWNERS', 'capital', '注册资本', 'MONEY', FALSE, 2),
    ('PUBLIC_PAYROLL', 'employer', '工作单位', 'TEXT', FALSE, 1),
    ('VEHICLES', 'vehicleType', '车辆类型', 'TEXT', FALSE, 1),
    ('VEHICLES', 'price', '购置价格', 'MONEY', FALSE, 2),
    ('REAL_ESTATE', 'count', '不动产数量', 'NUMBER', FALSE, 1),
    ('REAL_ESTATE', 'area', '建筑面积', 'NUMBER', FALSE, 2);

INSERT INTO comparison_category_name (name, type_code, attribute_key, attribute_value) VALUES
    ('城乡低保', 'SUBSISTENCE_ALLOWANCE', NULL, NULL),
    ('低保', 'SUBSISTENCE_ALLOWANCE', NULL, NULL),
    ('低保户', 'SUBSISTENCE_ALLOWANCE', NULL, NULL),
    ('农村低保', 'SUBSISTENCE_ALLOWANCE', NULL, NULL),
    ('城市低保', 'SUBSISTENCE_ALLOWANCE', NULL, NULL),
    ('低收入人口', 'SUBSISTENCE_ALLOWANCE', NULL, NULL),
    ('特困供养', 'EXTREME_POVERTY', NULL, NULL),
    ('城乡特困', 'EXTREME_POVERTY', NULL, NULL),
    ('特困人员', 'EXTREME_POVERTY', NULL, NULL),
    ('孤儿', 'ORPHAN', NULL, NULL),
    ('事实无人抚养儿童', 'ORPHAN', NULL, NULL),
    ('孤儿及事实无人抚养儿童', 'ORPHAN', NULL, NULL),
    ('脱贫户', 'POVERTY_ALLEVIATED', NULL, NULL),
    ('脱贫户(继续享受政策)', 'POVERTY_ALLEVIATED', 'policiesApply', '是'),
    ('脱贫户(不再享受政策)', 'POVERTY_ALLEVIATED', 'policiesApply', '否'),
    ('建档立卡户', 'POVERTY_ALLEVIATED', NULL, NULL),
    ('防返贫监测对象', 'RELAPSE_MONITORING', NULL, NULL),
    ('防返贫监测对象(风险未消除)', 'RELAPSE_MONITORING', 'riskOpen', '未消除'),
    ('防返贫监测对象(风险已消除)', 'RELAPSE_MONITORING', 'riskOpen', '已消除'),
    ('监测户', 'RELAPSE_MONITORING', NULL, NULL),
    ('持证残疾人', 'DISABLED', NULL, NULL),
    ('残疾人', 'DISABLED', NULL, NULL),
    ('优抚对象', 'ENTITLED_GROUPS', NULL, NULL),
    ('困难职工', 'NEEDY_WORKERS', NULL, NULL),
    ('企业法定代表人及股东', 'BUSINESS_OWNERS', NULL, NULL),
    ('财政供养人员', 'PUBLIC_PAYROLL', NULL, NULL),
    ('机动车', 'VEHICLES', NULL, NULL),
    ('不动产登记', 'REAL_ESTATE', NULL, NULL);
