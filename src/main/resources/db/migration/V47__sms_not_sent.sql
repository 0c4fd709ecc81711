-- An honest SMS status (issue 11): a message that no SMS provider received is 未发送 (NOT_SENT),
-- e.g. while no gateway is configured; only a gateway's acceptance marks it SENT. The reason
-- (未配置短信网关) is kept in last_error.
ALTER TABLE notification_sms DROP CONSTRAINT notification_sms_status_check;
ALTER TABLE notification_sms ADD CONSTRAINT notification_sms_status_check
    CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'NOT_SENT'));

-- The values filled into the message's template, as a JSON object in the template's order
-- ({"name": "李明", "term": "2026年秋季学期", …}): Alibaba Cloud and Tencent Cloud send only
-- registered templates and take these values, not the finished text. NULL for messages stored
-- before this migration.
ALTER TABLE notification_sms ADD COLUMN template_params TEXT
    CONSTRAINT notification_sms_template_params_length CHECK (char_length(template_params) <= 2000);
