-- Monthly summaries of the callback centre and the SMS survey (issue 14, docs/callbacks.md and
-- docs/sms.md, "Figures"): one row per month x group, kept up to date in the same transaction as the
-- change that moves a figure (a task finished, a survey queued, sent, refused, delivered, answered),
-- so that a month's figures read a few hundred rows instead of every task or survey of the month.
-- month_key = yyyyMM of the Asia/Shanghai month (UTC + 8 h, no daylight saving). Groups without a
-- unit or an officer use 0 (NULL would let two rows of one group exist under a unique key).

-- 回访统计: tasks finished per month, serving unit and officer (the serving officer of a service
-- record, else the officer praised).
CREATE TABLE callback_month (
  month_key INT NOT NULL,
  unit_id BIGINT NOT NULL,
  officer_id BIGINT NOT NULL,
  done BIGINT DEFAULT 0 NOT NULL,
  satisfied BIGINT DEFAULT 0 NOT NULL,
  basically_satisfied BIGINT DEFAULT 0 NOT NULL,
  dissatisfied BIGINT DEFAULT 0 NOT NULL,
  unreachable BIGINT DEFAULT 0 NOT NULL,
  praised BIGINT DEFAULT 0 NOT NULL,
  PRIMARY KEY (month_key, unit_id, officer_id)
)${table_options};

-- 问题标签月度统计: tags carried by the tasks finished per month and serving unit.
CREATE TABLE callback_tag_month (
  month_key INT NOT NULL,
  tag_code VARCHAR(40) NOT NULL,
  unit_id BIGINT NOT NULL,
  task_count BIGINT DEFAULT 0 NOT NULL,
  PRIMARY KEY (month_key, tag_code, unit_id)
)${table_options};

-- 短信调查统计: surveys per month queued and unit.
CREATE TABLE sms_survey_month (
  month_key INT NOT NULL,
  unit_code VARCHAR(40) NOT NULL,
  surveys BIGINT DEFAULT 0 NOT NULL,
  sent BIGINT DEFAULT 0 NOT NULL,
  answered BIGINT DEFAULT 0 NOT NULL,
  satisfied BIGINT DEFAULT 0 NOT NULL,
  dissatisfied BIGINT DEFAULT 0 NOT NULL,
  unparseable BIGINT DEFAULT 0 NOT NULL,
  failed BIGINT DEFAULT 0 NOT NULL,
  PRIMARY KEY (month_key, unit_code)
)${table_options};

-- "Dissatisfied handled" follows the ticket's status, which moves after the task is finished: it is
-- counted at read time over the month's dissatisfied tasks only (a few thousand), by this index.
CREATE INDEX ix_callback_task_result ON callback_task (result, finished_at);

-- What exists already.
INSERT INTO callback_month (month_key, unit_id, officer_id, done, satisfied, basically_satisfied,
    dissatisfied, unreachable, praised)
SELECT YEAR(TIMESTAMPADD(HOUR, 8, t.finished_at)) * 100 + MONTH(TIMESTAMPADD(HOUR, 8, t.finished_at)),
    COALESCE(t.unit_id, 0), COALESCE(sr.officer_id, t.praised_officer_id, 0),
    COUNT(*),
    SUM(CASE WHEN t.result = 'SATISFIED' THEN 1 ELSE 0 END),
    SUM(CASE WHEN t.result = 'BASICALLY_SATISFIED' THEN 1 ELSE 0 END),
    SUM(CASE WHEN t.result = 'DISSATISFIED' THEN 1 ELSE 0 END),
    SUM(CASE WHEN t.result = 'UNREACHABLE' THEN 1 ELSE 0 END),
    SUM(CASE WHEN t.praised_officer_id IS NOT NULL THEN 1 ELSE 0 END)
FROM callback_task t LEFT JOIN service_record sr ON sr.id = t.service_record_id
WHERE t.status = 'DONE' AND t.finished_at IS NOT NULL
GROUP BY YEAR(TIMESTAMPADD(HOUR, 8, t.finished_at)) * 100 + MONTH(TIMESTAMPADD(HOUR, 8, t.finished_at)),
    COALESCE(t.unit_id, 0), COALESCE(sr.officer_id, t.praised_officer_id, 0);

INSERT INTO callback_tag_month (month_key, tag_code, unit_id, task_count)
SELECT YEAR(TIMESTAMPADD(HOUR, 8, t.finished_at)) * 100 + MONTH(TIMESTAMPADD(HOUR, 8, t.finished_at)),
    g.tag_code, COALESCE(t.unit_id, 0), COUNT(*)
FROM callback_task t JOIN callback_task_tag g ON g.task_id = t.id
WHERE t.status = 'DONE' AND t.finished_at IS NOT NULL
GROUP BY YEAR(TIMESTAMPADD(HOUR, 8, t.finished_at)) * 100 + MONTH(TIMESTAMPADD(HOUR, 8, t.finished_at)),
    g.tag_code, COALESCE(t.unit_id, 0);

INSERT INTO sms_survey_month (month_key, unit_code, surveys, sent, answered, satisfied, dissatisfied,
    unparseable, failed)
SELECT YEAR(TIMESTAMPADD(HOUR, 8, s.queued_at)) * 100 + MONTH(TIMESTAMPADD(HOUR, 8, s.queued_at)),
    s.unit_code, COUNT(*),
    SUM(CASE WHEN s.status IN ('SUBMITTED', 'DELIVERED', 'UNDELIVERED') THEN 1 ELSE 0 END),
    SUM(CASE WHEN s.answer IS NOT NULL THEN 1 ELSE 0 END),
    SUM(CASE WHEN s.answer IN ('SATISFIED', 'BASICALLY_SATISFIED') THEN 1 ELSE 0 END),
    SUM(CASE WHEN s.answer = 'DISSATISFIED' THEN 1 ELSE 0 END),
    SUM(CASE WHEN s.answer = 'UNPARSEABLE' THEN 1 ELSE 0 END),
    SUM(CASE WHEN s.status IN ('FAILED', 'UNDELIVERED', 'SEND_UNCERTAIN') THEN 1 ELSE 0 END)
FROM sms_survey s
GROUP BY YEAR(TIMESTAMPADD(HOUR, 8, s.queued_at)) * 100 + MONTH(TIMESTAMPADD(HOUR, 8, s.queued_at)),
    s.unit_code;
