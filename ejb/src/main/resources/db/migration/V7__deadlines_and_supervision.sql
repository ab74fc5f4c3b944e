-- Deadlines that bite (时限): rules, reminders, overdue marks, escalation, extensions (延期),
-- rectification with re-visit (整改/复访), in-app notifications and the Director's supervision
-- slip (局长督办单).

-- Time-limit rules. A NULL in category_code / urgency / channel matches any; the most specific
-- matching rule wins (category, then urgency, then channel). reply_days NULL: the category's own
-- default; 0: the same calendar day (emergencies).
CREATE TABLE time_limit_rule (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  category_code VARCHAR(40),
  urgency VARCHAR(20),
  channel VARCHAR(20),
  sign_hours INT NOT NULL,
  reply_days INT,
  remind_before_days INT NOT NULL,
  escalate_after_days INT NOT NULL,
  max_extensions INT NOT NULL,
  max_extension_days INT NOT NULL,
  centre_approval BOOLEAN NOT NULL,
  note VARCHAR(200),
  updated_at ${timestamp} NOT NULL,
  updated_by VARCHAR(60) NOT NULL,
  CONSTRAINT uk_time_limit_rule UNIQUE (category_code, urgency, channel)
)${table_options};

-- The provincial defaults: reply in 5 working days (categories say 2-10), sign within 4 working
-- hours, remind 1 working day before, escalate 1 working day after expiry, at most one extension
-- of at most 10 working days; emergencies the same day, signed within the hour; consultations 3.
INSERT INTO time_limit_rule (category_code, urgency, channel, sign_hours, reply_days, remind_before_days,
    escalate_after_days, max_extensions, max_extension_days, centre_approval, note, updated_at, updated_by)
  VALUES (NULL, NULL, NULL, 4, NULL, 1, 1, 1, 10, FALSE, '默认时限 provincial default', CURRENT_TIMESTAMP, 'system');
INSERT INTO time_limit_rule (category_code, urgency, channel, sign_hours, reply_days, remind_before_days,
    escalate_after_days, max_extensions, max_extension_days, centre_approval, note, updated_at, updated_by)
  VALUES (NULL, 'EMERGENCY', NULL, 1, 0, 0, 1, 0, 0, FALSE, '特急件当日办结 emergencies the same day', CURRENT_TIMESTAMP, 'system');
INSERT INTO time_limit_rule (category_code, urgency, channel, sign_hours, reply_days, remind_before_days,
    escalate_after_days, max_extensions, max_extension_days, centre_approval, note, updated_at, updated_by)
  VALUES ('ZX', NULL, NULL, 4, 3, 1, 1, 1, 5, FALSE, '咨询类 3 个工作日 consultations', CURRENT_TIMESTAMP, 'system');

-- deadline_start: from when the reply deadline counts (intake; a new assignment after a return or re-route).
ALTER TABLE ticket ADD COLUMN deadline_start ${timestamp};
UPDATE ticket SET deadline_start = created_at;
ALTER TABLE ticket ADD COLUMN sign_deadline ${timestamp};
ALTER TABLE ticket ADD COLUMN reminded_at ${timestamp};
ALTER TABLE ticket ADD COLUMN sign_overdue BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ticket ADD COLUMN overdue_at ${timestamp};
ALTER TABLE ticket ADD COLUMN escalation_level INT DEFAULT 0 NOT NULL;
ALTER TABLE ticket ADD COLUMN escalated_at ${timestamp};
ALTER TABLE ticket ADD COLUMN escalated_to_unit_id BIGINT;
ALTER TABLE ticket ADD COLUMN extension_count INT DEFAULT 0 NOT NULL;
ALTER TABLE ticket ADD COLUMN slip_proposed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ticket ADD CONSTRAINT fk_ticket_escalated_to FOREIGN KEY (escalated_to_unit_id) REFERENCES org_unit (id);

-- Rectification (整改) and re-visit (复访) keep their owner unit like any open ticket.
ALTER TABLE ticket DROP CONSTRAINT ck_ticket_owned_or_queued;
ALTER TABLE ticket ADD CONSTRAINT ck_ticket_owned_or_queued CHECK (
  (status IN ('PENDING_TRIAGE', 'RETURNED') AND owner_unit_id IS NULL AND main_ticket_id IS NULL)
  OR (status = 'MERGED' AND owner_unit_id IS NULL AND main_ticket_id IS NOT NULL)
  OR (status IN ('ASSIGNED', 'SIGNED', 'REPLIED', 'RECTIFYING', 'REVISITING') AND owner_unit_id IS NOT NULL
      AND main_ticket_id IS NULL)
  OR (status = 'CLOSED' AND main_ticket_id IS NULL));

-- 延期申请: asked by the unit, decided by its chief (and the centre when the rule says so).
CREATE TABLE extension_request (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  ticket_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  reason VARCHAR(1000) NOT NULL,
  previous_deadline ${timestamp} NOT NULL,
  requested_deadline ${timestamp} NOT NULL,
  centre_approval BOOLEAN NOT NULL,
  requested_by VARCHAR(60) NOT NULL,
  requested_at ${timestamp} NOT NULL,
  chief_decided_by VARCHAR(60),
  chief_decided_at ${timestamp},
  centre_decided_by VARCHAR(60),
  centre_decided_at ${timestamp},
  decision_note VARCHAR(1000),
  CONSTRAINT fk_extension_request_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
)${table_options};
CREATE INDEX ix_extension_request_ticket ON extension_request (ticket_id);
CREATE INDEX ix_extension_request_status ON extension_request (status);

-- 整改: the head of the handling unit verifies, rectifies and reports; the centre re-visits (复访).
CREATE TABLE rectification (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  ticket_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  opened_at ${timestamp} NOT NULL,
  due_at ${timestamp} NOT NULL,
  dissatisfaction VARCHAR(500),
  report VARCHAR(4000),
  reported_by VARCHAR(60),
  reported_at ${timestamp},
  overdue BOOLEAN DEFAULT FALSE NOT NULL,
  revisit_result VARCHAR(30),
  revisit_note VARCHAR(1000),
  revisited_by VARCHAR(60),
  revisited_at ${timestamp},
  CONSTRAINT fk_rectification_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT fk_rectification_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
)${table_options};
CREATE INDEX ix_rectification_ticket ON rectification (ticket_id);

-- In-app notifications (站内提醒), one row per recipient.
CREATE TABLE notification (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  recipient VARCHAR(60) NOT NULL,
  kind VARCHAR(30) NOT NULL,
  ticket_id BIGINT,
  slip_id BIGINT,
  title VARCHAR(200) NOT NULL,
  body VARCHAR(1000),
  created_at ${timestamp} NOT NULL,
  read_at ${timestamp}
)${table_options};
CREATE INDEX ix_notification_recipient ON notification (recipient, read_at, id);

-- 局长督办单, numbered per year: 督〔2026〕79号. (Texts of 2000 characters: MySQL's row limit of
-- 65,535 bytes counts 4 bytes per utf8mb4 character.)
CREATE TABLE supervision_slip (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  slip_year INT NOT NULL,
  seq INT NOT NULL,
  title VARCHAR(200) NOT NULL,
  requirements VARCHAR(2000) NOT NULL,
  status VARCHAR(20) NOT NULL,
  deadline ${timestamp} NOT NULL,
  lead_username VARCHAR(60) NOT NULL,
  supervisor_username VARCHAR(60) NOT NULL,
  unit_id BIGINT NOT NULL,
  head_username VARCHAR(60) NOT NULL,
  issued_at ${timestamp} NOT NULL,
  acknowledged_at ${timestamp},
  handled_at ${timestamp},
  handling_note VARCHAR(2000),
  called_back_at ${timestamp},
  callback_note VARCHAR(2000),
  reported_at ${timestamp},
  report VARCHAR(2000),
  resolved_at ${timestamp},
  review_note VARCHAR(1000),
  send_back_count INT DEFAULT 0 NOT NULL,
  reminded_at ${timestamp},
  overdue_at ${timestamp},
  process_instance_id VARCHAR(64),
  version INT NOT NULL,
  CONSTRAINT uk_supervision_slip_number UNIQUE (slip_year, seq),
  CONSTRAINT fk_supervision_slip_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
)${table_options};

CREATE TABLE supervision_slip_ticket (
  slip_id BIGINT NOT NULL,
  ticket_id BIGINT NOT NULL,
  PRIMARY KEY (slip_id, ticket_id),
  CONSTRAINT fk_slip_ticket_slip FOREIGN KEY (slip_id) REFERENCES supervision_slip (id),
  CONSTRAINT fk_slip_ticket_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
)${table_options};
CREATE INDEX ix_slip_ticket_ticket ON supervision_slip_ticket (ticket_id);

-- The slip's append-only history, like ticket_event.
CREATE TABLE supervision_slip_event (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  slip_id BIGINT NOT NULL,
  occurred_at ${timestamp} NOT NULL,
  actor_username VARCHAR(60) NOT NULL,
  actor_role VARCHAR(20) NOT NULL,
  actor_unit_code VARCHAR(40) NOT NULL,
  action VARCHAR(30) NOT NULL,
  from_status VARCHAR(20),
  to_status VARCHAR(20) NOT NULL,
  note VARCHAR(4000),
  CONSTRAINT fk_slip_event_slip FOREIGN KEY (slip_id) REFERENCES supervision_slip (id)
)${table_options};
CREATE INDEX ix_slip_event_slip ON supervision_slip_event (slip_id, occurred_at);
