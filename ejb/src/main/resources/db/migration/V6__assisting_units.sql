-- 主办/协办: the parts assisting units handle beside the main (owner) unit.
CREATE TABLE assisting_part (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  ticket_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  reply_text VARCHAR(4000),
  replied_by VARCHAR(60),
  replied_at ${timestamp},
  created_at ${timestamp} NOT NULL,
  CONSTRAINT fk_assisting_part_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT fk_assisting_part_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
)${table_options};

CREATE INDEX ix_assisting_part_ticket ON assisting_part (ticket_id);
CREATE INDEX ix_assisting_part_unit ON assisting_part (unit_id, status);
