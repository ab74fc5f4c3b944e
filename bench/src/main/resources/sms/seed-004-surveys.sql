-- Seed 004's volume of SMS surveys (docs/performance.md, "SMS surveys"): 1,200,000 surveys over six
-- months (about 200,000 a month) across 40 units. The outcomes (3 % failed, 45 % answered, a mix of
-- answers) are only there to fill the columns the statistics read: they are derived from the same
-- sequence number as the unit, so their spread per unit is not realistic (the timing is what counts).
-- MariaDB only (the SEQUENCE engine's seq_1_to_N table); run on a scratch copy of the schema:
--   mariadb -h127.0.0.1 -P3405 -uhotline -photline hotline_it < seed-004-surveys.sql
INSERT INTO sms_survey (matter_type, matter_id, phone_e164, unit_code, message_text, status, attempts,
    next_attempt_at, message_id, queued_at, submitted_at, answer, answered_at, answer_channel, answer_verified)
SELECT 'SERVICE_RECORD', 100000000 + seq,
    CONCAT('+86137', LPAD(seq % 100000000, 8, '0')),
    CONCAT('BENCH-U', LPAD(seq % 40, 2, '0')),
    '【警务热线】感谢您近期的报警求助或办事，请评价民警服务：回复1满意，2基本满意，3不满意。',
    CASE WHEN seq % 100 < 3 THEN 'FAILED' ELSE 'DELIVERED' END,
    1,
    TIMESTAMP('2026-05-01') + INTERVAL (seq % 183) DAY + INTERVAL (seq % 86400) SECOND,
    CASE WHEN seq % 100 < 3 THEN NULL ELSE HEX(seq) END,
    TIMESTAMP('2026-05-01') + INTERVAL (seq % 183) DAY + INTERVAL (seq % 86400) SECOND,
    CASE WHEN seq % 100 < 3 THEN NULL ELSE TIMESTAMP('2026-05-01') + INTERVAL (seq % 183) DAY + INTERVAL (seq % 86400) SECOND END,
    CASE WHEN seq % 100 < 3 OR seq % 100 >= 48 THEN NULL
         WHEN seq % 50 < 40 THEN 'SATISFIED'
         WHEN seq % 50 < 46 THEN 'BASICALLY_SATISFIED'
         WHEN seq % 50 < 49 THEN 'DISSATISFIED'
         ELSE 'UNPARSEABLE' END,
    CASE WHEN seq % 100 < 3 OR seq % 100 >= 48 THEN NULL
         ELSE TIMESTAMP('2026-05-01') + INTERVAL (seq % 183) DAY + INTERVAL (seq % 86400 + 600) SECOND END,
    CASE WHEN seq % 100 < 3 OR seq % 100 >= 48 THEN NULL ELSE 'SMS' END,
    CASE WHEN seq % 100 < 3 OR seq % 100 >= 48 THEN FALSE ELSE TRUE END
FROM seq_1_to_1200000;
ANALYZE TABLE sms_survey;
