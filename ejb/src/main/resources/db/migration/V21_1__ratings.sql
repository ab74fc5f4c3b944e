-- 扫码评警 (issue 15), docs/rating.md: the ratings given through a scanned code, with their
-- provenance (channel, code, hashed device and network fingerprints, time). Reasons are problem tag
-- codes, one row each, in order.
CREATE TABLE rating (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  target_id BIGINT NOT NULL,
  code_id BIGINT NOT NULL,
  channel VARCHAR(20) NOT NULL,
  attitude VARCHAR(20) NOT NULL,
  efficiency VARCHAR(20) NOT NULL,
  conduct VARCHAR(20) NOT NULL,
  result VARCHAR(20) NOT NULL,
  dissatisfied BOOLEAN NOT NULL,
  comment_text VARCHAR(500),
  phone VARCHAR(40),
  phone_e164 VARCHAR(20),
  device_hash VARCHAR(64) NOT NULL,
  network_hash VARCHAR(64) NOT NULL,
  rated_at ${timestamp} NOT NULL,
  CONSTRAINT fk_rating_target FOREIGN KEY (target_id) REFERENCES rating_target (id),
  CONSTRAINT fk_rating_code FOREIGN KEY (code_id) REFERENCES rating_code (id)
)${table_options};
CREATE INDEX ix_rating_target ON rating (target_id, rated_at);
CREATE INDEX ix_rating_device ON rating (device_hash, rated_at);
CREATE INDEX ix_rating_network ON rating (network_hash, rated_at);

CREATE TABLE rating_reason (
  rating_id BIGINT NOT NULL,
  sort_order INT NOT NULL,
  tag_code VARCHAR(40) NOT NULL,
  PRIMARY KEY (rating_id, sort_order),
  CONSTRAINT fk_rating_reason_rating FOREIGN KEY (rating_id) REFERENCES rating (id),
  CONSTRAINT fk_rating_reason_tag FOREIGN KEY (tag_code) REFERENCES problem_tag (code)
)${table_options};
