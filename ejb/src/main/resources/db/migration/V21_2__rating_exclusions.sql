-- 扫码评警 (issue 15), docs/rating.md: a supervisor may exclude a rating from the statistics with a
-- reason; the exclusion is kept in the rating's history (one row per event, never updated).
ALTER TABLE rating ADD COLUMN excluded BOOLEAN DEFAULT FALSE NOT NULL;
CREATE TABLE rating_event (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  rating_id BIGINT NOT NULL,
  action VARCHAR(20) NOT NULL,
  actor VARCHAR(60) NOT NULL,
  note VARCHAR(200) NOT NULL,
  occurred_at ${timestamp} NOT NULL,
  CONSTRAINT fk_rating_event_rating FOREIGN KEY (rating_id) REFERENCES rating (id)
)${table_options};
CREATE INDEX ix_rating_event_rating ON rating_event (rating_id);
