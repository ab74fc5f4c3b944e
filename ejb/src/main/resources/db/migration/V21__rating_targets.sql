-- 扫码评警 (scan-to-rate, issue 15), docs/rating.md: rating targets (officers, windows, vehicles,
-- units, communities) and their QR codes. A code's token is 128 random bits (base64url, 22
-- characters); revoked codes are kept so that an old badge or sticker says it was withdrawn.
CREATE TABLE rating_target (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind VARCHAR(20) NOT NULL,
  name VARCHAR(60) NOT NULL,
  unit_id BIGINT NOT NULL,
  officer_id BIGINT,
  current_code_id BIGINT,
  active BOOLEAN DEFAULT TRUE NOT NULL,
  created_at ${timestamp} NOT NULL,
  CONSTRAINT uk_rating_target_officer UNIQUE (officer_id),
  CONSTRAINT fk_rating_target_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_rating_target_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
)${table_options};
CREATE INDEX ix_rating_target_unit ON rating_target (unit_id);

CREATE TABLE rating_code (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  target_id BIGINT NOT NULL,
  token VARCHAR(22) NOT NULL,
  issued_at ${timestamp} NOT NULL,
  issued_by VARCHAR(60) NOT NULL,
  revoked_at ${timestamp},
  revoked_by VARCHAR(60),
  revoke_reason VARCHAR(200),
  CONSTRAINT uk_rating_code_token UNIQUE (token),
  CONSTRAINT fk_rating_code_target FOREIGN KEY (target_id) REFERENCES rating_target (id)
)${table_options};
CREATE INDEX ix_rating_code_target ON rating_code (target_id);
ALTER TABLE rating_target ADD CONSTRAINT fk_rating_target_code FOREIGN KEY (current_code_id) REFERENCES rating_code (id);
