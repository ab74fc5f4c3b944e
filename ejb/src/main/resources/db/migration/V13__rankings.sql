-- 三率考核 (monthly rankings by reply, closure and satisfaction rates), docs/rankings.md.

-- 考核口径: one row per ticket a unit (or the centre, for a direct answer) answers for, kept up to
-- date from the ticket's history events as they are appended. The monthly ranking is a GROUP BY
-- over this table; the rows behind every figure are its drill-down.
CREATE TABLE ticket_outcome (
  ticket_id BIGINT NOT NULL PRIMARY KEY,
  unit_code VARCHAR(40) NOT NULL,
  first_unit_code VARCHAR(40) NOT NULL,
  direct_answer BOOLEAN DEFAULT FALSE NOT NULL,
  merged BOOLEAN DEFAULT FALSE NOT NULL,
  due_at ${timestamp},
  replied_at ${timestamp},
  closed_at ${timestamp},
  callback_at ${timestamp},
  callback_result VARCHAR(30),
  revisit_at ${timestamp},
  revisit_result VARCHAR(30),
  CONSTRAINT fk_ticket_outcome_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
)${table_options};
CREATE INDEX ix_ticket_outcome_due ON ticket_outcome (due_at, unit_code);
CREATE INDEX ix_ticket_outcome_callback ON ticket_outcome (callback_at, unit_code);
CREATE INDEX ix_ticket_outcome_revisit ON ticket_outcome (revisit_at, unit_code);

-- Tickets that existed before: their unit, deadline and the instants the ticket itself still holds.
INSERT INTO ticket_outcome (ticket_id, unit_code, first_unit_code, direct_answer, merged, due_at, replied_at,
    closed_at, callback_at, callback_result)
SELECT t.id, u.code, u.code, FALSE, FALSE, t.reply_deadline, t.replied_at, t.closed_at,
    CASE WHEN t.callback_result IS NULL THEN NULL ELSE t.called_back_at END, t.callback_result
FROM ticket t JOIN org_unit u ON u.id = t.owner_unit_id
WHERE t.main_ticket_id IS NULL;
INSERT INTO ticket_outcome (ticket_id, unit_code, first_unit_code, direct_answer, merged, due_at, replied_at,
    closed_at, callback_at, callback_result)
SELECT t.id, u.code, u.code, TRUE, FALSE, t.closed_at, t.closed_at, t.closed_at,
    CASE WHEN t.callback_result IS NULL THEN NULL ELSE t.called_back_at END, t.callback_result
FROM ticket t JOIN app_user a ON a.username = t.created_by JOIN org_unit u ON u.id = a.unit_id
WHERE t.direct_answer IS NOT NULL AND t.owner_unit_id IS NULL AND t.main_ticket_id IS NULL;

-- 考核规则: every change is a new version; a published ranking names the version it used.
CREATE TABLE ranking_rule (
  version INT NOT NULL PRIMARY KEY,
  weight_reply INT NOT NULL,
  weight_closure INT NOT NULL,
  weight_satisfaction INT NOT NULL,
  min_sample INT NOT NULL,
  basis VARCHAR(20) NOT NULL,
  attribution VARCHAR(20) NOT NULL,
  bottom_count INT NOT NULL,
  bottom_months INT NOT NULL,
  excellent_per_quarter INT NOT NULL,
  reward_times INT NOT NULL,
  created_at ${timestamp} NOT NULL,
  created_by VARCHAR(60) NOT NULL,
  reason VARCHAR(500) NOT NULL
)${table_options};
INSERT INTO ranking_rule (version, weight_reply, weight_closure, weight_satisfaction, min_sample, basis, attribution,
    bottom_count, bottom_months, excellent_per_quarter, reward_times, created_at, created_by, reason)
VALUES (1, 30, 35, 35, 5, 'RATE', 'FINAL_UNIT', 3, 3, 3, 3, CURRENT_TIMESTAMP, 'system', '默认规则');

-- 发布的月度排名: immutable snapshots; publishing a month again is a correction (new version).
CREATE TABLE ranking_publication (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  ranking_month CHAR(7) NOT NULL,
  version INT NOT NULL,
  rule_version INT NOT NULL,
  published_at ${timestamp} NOT NULL,
  published_by VARCHAR(60) NOT NULL,
  note VARCHAR(1000),
  correction_reason VARCHAR(1000),
  content ${long_text} NOT NULL,
  sha256 CHAR(64) NOT NULL,
  CONSTRAINT uk_ranking_publication UNIQUE (ranking_month, version),
  CONSTRAINT fk_ranking_publication_rule FOREIGN KEY (rule_version) REFERENCES ranking_rule (version)
)${table_options};

-- 自查报告: a unit in the bottom three for three consecutive months reports to the leadership meeting.
CREATE TABLE ranking_self_examination (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  ranking_month CHAR(7) NOT NULL,
  unit_code VARCHAR(40) NOT NULL,
  report_text VARCHAR(4000) NOT NULL,
  submitted_by VARCHAR(60) NOT NULL,
  submitted_at ${timestamp} NOT NULL
)${table_options};
CREATE INDEX ix_ranking_self_examination ON ranking_self_examination (ranking_month, unit_code);
