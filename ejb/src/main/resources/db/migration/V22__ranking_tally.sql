-- Issue 13 at scale: 月度汇总, one row per month (Asia/Shanghai, yyyy-MM) x rule of attribution x unit
-- with the counts the monthly ranking needs, kept in step with ticket_outcome in the same transaction
-- (org.hotline.domain.model.ranking.MonthlyTallies). The live ranking and the dashboard read a month's
-- rows (one per unit) instead of counting the month's tickets; a publication still recounts
-- ticket_outcome. Existing outcomes are summed by V22_1 (Java, the same counting code).
CREATE TABLE ranking_tally (
  ranking_month CHAR(7) NOT NULL,
  attribution VARCHAR(20) NOT NULL,
  unit_code VARCHAR(40) NOT NULL,
  due_count BIGINT DEFAULT 0 NOT NULL,
  replied_on_time BIGINT DEFAULT 0 NOT NULL,
  closed_count BIGINT DEFAULT 0 NOT NULL,
  satisfied BIGINT DEFAULT 0 NOT NULL,
  basically_satisfied BIGINT DEFAULT 0 NOT NULL,
  dissatisfied BIGINT DEFAULT 0 NOT NULL,
  unreachable BIGINT DEFAULT 0 NOT NULL,
  revisits BIGINT DEFAULT 0 NOT NULL,
  revisits_satisfied BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT pk_ranking_tally PRIMARY KEY (ranking_month, attribution, unit_code)
)${table_options};
