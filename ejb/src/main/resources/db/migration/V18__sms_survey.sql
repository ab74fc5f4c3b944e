-- 短信满意度调查 (SMS satisfaction survey over SMPP), docs/sms.md.

-- One survey per matter (a closed ticket, a merged call, a service record): the UNIQUE key is what
-- makes "never sent twice" hold across restarts and concurrent closers. The row is also the durable
-- outbox: QUEUED rows are worked off by the sender when the SMSC can be reached.
CREATE TABLE sms_survey (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  matter_type VARCHAR(20) NOT NULL,
  matter_id BIGINT NOT NULL,
  ticket_id BIGINT,
  service_record_id BIGINT,
  phone_e164 VARCHAR(20) NOT NULL,
  unit_code VARCHAR(40) NOT NULL,
  officer_badge VARCHAR(40),
  message_text VARCHAR(300) NOT NULL,
  status VARCHAR(20) NOT NULL,
  attempts INT DEFAULT 0 NOT NULL,
  next_attempt_at ${timestamp} NOT NULL,
  last_error VARCHAR(300),
  message_id VARCHAR(65),
  queued_at ${timestamp} NOT NULL,
  submitted_at ${timestamp},
  delivered_at ${timestamp},
  answer VARCHAR(30),
  answer_text VARCHAR(500),
  answered_at ${timestamp},
  answer_channel VARCHAR(10),
  answer_verified BOOLEAN DEFAULT FALSE NOT NULL,
  callback_requested_at ${timestamp},
  version INT DEFAULT 0 NOT NULL,
  CONSTRAINT uq_sms_survey_matter UNIQUE (matter_type, matter_id)
)${table_options};
CREATE INDEX ix_sms_survey_outbox ON sms_survey (status, next_attempt_at);
CREATE INDEX ix_sms_survey_phone ON sms_survey (phone_e164, queued_at);
CREATE INDEX ix_sms_survey_message ON sms_survey (message_id);
CREATE INDEX ix_sms_survey_month ON sms_survey (queued_at, unit_code, status, answer);

-- What happened to each message: attempts, submissions, failures, retries, receipts and replies.
-- dedupe_key is set for what the SMSC may send twice (a delivery receipt): a duplicate finds the key
-- taken and changes nothing.
CREATE TABLE sms_survey_event (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  survey_id BIGINT NOT NULL,
  kind VARCHAR(30) NOT NULL,
  occurred_at ${timestamp} NOT NULL,
  detail VARCHAR(500),
  dedupe_key VARCHAR(120),
  CONSTRAINT uq_sms_survey_event_dedupe UNIQUE (dedupe_key),
  CONSTRAINT fk_sms_survey_event_survey FOREIGN KEY (survey_id) REFERENCES sms_survey (id)
)${table_options};
CREATE INDEX ix_sms_survey_event_survey ON sms_survey_event (survey_id, id);
