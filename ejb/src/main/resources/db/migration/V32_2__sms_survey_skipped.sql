-- Issue 14, review of 2026-11-30 (docs/sms.md, "One survey per number within an interval"): a
-- survey not sent because the number had one within -Dhotline.sms.survey.interval-days (default 7)
-- is kept as SKIPPED and counted per month and unit here.
ALTER TABLE sms_survey_month ADD COLUMN skipped BIGINT DEFAULT 0 NOT NULL;
