-- issue 15: the monthly summary of ratings per target (评价月度汇总), so that the statistics of all
-- units for a month read one row per target (≈ 2,400) instead of every rating (≈ 78,000 a month at
-- Zhangjiakou's volume). Kept in the rating's transaction on every change of a counted fact (a new
-- rating, a flag, an exclusion: RatingTally, JpaRatingRepository.keepTally); filled here from the
-- existing ratings. month_key = yyyyMM of the Asia/Shanghai month (UTC + 8 h, no daylight saving).
CREATE TABLE rating_month (
  month_key INT NOT NULL,
  target_id BIGINT NOT NULL,
  ratings BIGINT DEFAULT 0 NOT NULL,
  satisfied BIGINT DEFAULT 0 NOT NULL,
  excluded BIGINT DEFAULT 0 NOT NULL,
  excluded_satisfied BIGINT DEFAULT 0 NOT NULL,
  dissatisfied BIGINT DEFAULT 0 NOT NULL,
  verified BIGINT DEFAULT 0 NOT NULL,
  verified_counted BIGINT DEFAULT 0 NOT NULL,
  verified_counted_satisfied BIGINT DEFAULT 0 NOT NULL,
  flagged BIGINT DEFAULT 0 NOT NULL,
  PRIMARY KEY (month_key, target_id)
)${table_options};

INSERT INTO rating_month (month_key, target_id, ratings, satisfied, excluded, excluded_satisfied,
  dissatisfied, verified, verified_counted, verified_counted_satisfied, flagged)
SELECT YEAR(TIMESTAMPADD(HOUR, 8, r.rated_at)) * 100 + MONTH(TIMESTAMPADD(HOUR, 8, r.rated_at)),
  r.target_id,
  COUNT(*),
  SUM(CASE WHEN r.dissatisfied = FALSE THEN 1 ELSE 0 END),
  SUM(CASE WHEN r.excluded = TRUE THEN 1 ELSE 0 END),
  SUM(CASE WHEN r.excluded = TRUE AND r.dissatisfied = FALSE THEN 1 ELSE 0 END),
  SUM(CASE WHEN r.dissatisfied = TRUE THEN 1 ELSE 0 END),
  SUM(CASE WHEN r.verified = TRUE THEN 1 ELSE 0 END),
  SUM(CASE WHEN r.verified = TRUE AND r.excluded = FALSE THEN 1 ELSE 0 END),
  SUM(CASE WHEN r.verified = TRUE AND r.excluded = FALSE AND r.dissatisfied = FALSE THEN 1 ELSE 0 END),
  SUM(CASE WHEN r.flagged = TRUE THEN 1 ELSE 0 END)
FROM rating r
GROUP BY YEAR(TIMESTAMPADD(HOUR, 8, r.rated_at)) * 100 + MONTH(TIMESTAMPADD(HOUR, 8, r.rated_at)),
  r.target_id;

-- dissatisfiedHandled reads the month's dissatisfied ratings only (a few per thousand)
CREATE INDEX ix_rating_dissatisfied ON rating (dissatisfied, rated_at, target_id, ticket_id, excluded);
