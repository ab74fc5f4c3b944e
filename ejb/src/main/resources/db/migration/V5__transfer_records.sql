-- 转办记录: tickets crossing to the 12345 citizen hotline or arriving from 110.
CREATE TABLE transfer_record (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  ticket_id BIGINT NOT NULL,
  direction VARCHAR(20) NOT NULL,
  unit_code VARCHAR(40),
  created_at ${timestamp} NOT NULL,
  created_by VARCHAR(60) NOT NULL,
  external_reference VARCHAR(60),
  external_status VARCHAR(20) NOT NULL,
  external_note VARCHAR(1000),
  updated_at ${timestamp} NOT NULL,
  version INT DEFAULT 0 NOT NULL,
  CONSTRAINT fk_transfer_record_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
)${table_options};

CREATE INDEX ix_transfer_record_ticket ON transfer_record (ticket_id);
