-- Issue 14, review of 2026-11-30 (docs/callbacks.md, "Only real calls count"): a callback task that
-- the system finished without a call (a dissatisfied QR rating's ticket: answered by the rating,
-- "called back" by the rating, both by the user 'system') was counted in the callback figures as a
-- call of no unit. Such tasks are cancelled (已取消: counted nowhere), the QR rating tickets' open
-- direct-answer tasks too, and the monthly summaries are summed again from the tasks that remain DONE
-- (the same sums as V20).

UPDATE callback_task SET status = 'CANCELLED', assignee = NULL
WHERE status = 'DONE' AND finished_by = 'system';

UPDATE callback_task SET status = 'CANCELLED', assignee = NULL, finished_by = 'system',
    finished_at = created_at
WHERE status = 'OPEN' AND reason_code = 'DIRECT_ANSWER'
  AND ticket_id IN (SELECT id FROM ticket WHERE channel = 'QR_RATING');

DELETE FROM callback_month;
DELETE FROM callback_tag_month;

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
