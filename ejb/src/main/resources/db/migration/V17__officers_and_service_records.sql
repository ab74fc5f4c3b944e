-- 回访中心 (issue 14), docs/callbacks.md.

-- 民警: people with a badge number (警号) in one unit.
CREATE TABLE officer (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  badge_number VARCHAR(20) NOT NULL,
  name VARCHAR(60) NOT NULL,
  unit_id BIGINT NOT NULL,
  active BOOLEAN DEFAULT TRUE NOT NULL,
  CONSTRAINT uk_officer_badge UNIQUE (badge_number),
  CONSTRAINT fk_officer_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
)${table_options};
CREATE INDEX ix_officer_unit ON officer (unit_id);

-- 服务记录: 110 incidents and window services sent by other systems, idempotent by source + external id.
CREATE TABLE service_record (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  source_system VARCHAR(40) NOT NULL,
  external_id VARCHAR(64) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  occurred_at ${timestamp} NOT NULL,
  citizen_phone VARCHAR(40) NOT NULL,
  citizen_phone_e164 VARCHAR(20) NOT NULL,
  officer_id BIGINT,
  unit_id BIGINT NOT NULL,
  summary VARCHAR(500),
  received_at ${timestamp} NOT NULL,
  received_by VARCHAR(60) NOT NULL,
  CONSTRAINT uk_service_record_source UNIQUE (source_system, external_id),
  CONSTRAINT fk_service_record_officer FOREIGN KEY (officer_id) REFERENCES officer (id),
  CONSTRAINT fk_service_record_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
)${table_options};
CREATE INDEX ix_service_record_unit ON service_record (unit_id, occurred_at);
CREATE INDEX ix_service_record_phone ON service_record (citizen_phone_e164);
