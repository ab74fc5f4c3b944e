-- Issue 14, review of 2026-11-30 (docs/sms.md, "One survey per number, also under concurrency";
-- "Skipped for age is not a recent survey").
--
-- 1. One row per normalized number (E.164) that was ever considered for a survey. The queue locks
--    the number's row (SELECT ... FOR UPDATE) before it asks "was a survey sent to this number in
--    the last N days": two closures or service records of one number wait for each other, while
--    surveys of other numbers go on in parallel (no global lock).
CREATE TABLE sms_survey_number (
  phone_e164 VARCHAR(20) NOT NULL PRIMARY KEY
)${table_options};
INSERT INTO sms_survey_number (phone_e164) SELECT DISTINCT phone_e164 FROM sms_survey;

-- 2. Why a survey was skipped: RECENT_SURVEY (同号码限发) or OLD_MATTER (调查时效). Until now both
--    were counted as "skipped for a recent survey"; the old-matter ones are moved to their own
--    counter, with the same month key as the summaries (yyyyMM, Asia/Shanghai = UTC+8).
ALTER TABLE sms_survey ADD COLUMN skip_reason VARCHAR(30);
UPDATE sms_survey SET skip_reason = (
    SELECT MAX(e.detail) FROM sms_survey_event e
    WHERE e.survey_id = sms_survey.id AND e.kind = 'SKIPPED')
  WHERE status = 'SKIPPED';
UPDATE sms_survey SET skip_reason = 'RECENT_SURVEY' WHERE status = 'SKIPPED' AND skip_reason IS NULL;

ALTER TABLE sms_survey_month ADD COLUMN skipped_too_old BIGINT DEFAULT 0 NOT NULL;
UPDATE sms_survey_month SET skipped_too_old = (
    SELECT COUNT(*) FROM sms_survey s
    WHERE s.status = 'SKIPPED' AND s.skip_reason = 'OLD_MATTER'
      AND s.unit_code = sms_survey_month.unit_code
      AND YEAR(TIMESTAMPADD(HOUR, 8, s.queued_at)) * 100
          + MONTH(TIMESTAMPADD(HOUR, 8, s.queued_at)) = sms_survey_month.month_key);
UPDATE sms_survey_month SET skipped = skipped - skipped_too_old WHERE skipped_too_old > 0;
