-- 回访任务 (issue 14), docs/callbacks.md: one queue of phone callbacks for tickets and service records.
CREATE TABLE callback_task (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  version BIGINT DEFAULT 0 NOT NULL,
  ticket_id BIGINT,
  service_record_id BIGINT,
  unit_id BIGINT,
  reason_code VARCHAR(40) NOT NULL,
  status VARCHAR(10) NOT NULL,
  due_at ${timestamp} NOT NULL,
  attempts INT DEFAULT 0 NOT NULL,
  assignee VARCHAR(60),
  created_at ${timestamp} NOT NULL,
  result VARCHAR(30),
  note VARCHAR(1000),
  praised_officer_id BIGINT,
  finished_at ${timestamp},
  finished_by VARCHAR(60),
  CONSTRAINT fk_callback_task_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT fk_callback_task_record FOREIGN KEY (service_record_id) REFERENCES service_record (id),
  CONSTRAINT fk_callback_task_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_callback_task_praised FOREIGN KEY (praised_officer_id) REFERENCES officer (id),
  CONSTRAINT ck_callback_task_matter CHECK ((ticket_id IS NULL) <> (service_record_id IS NULL))
)${table_options};
CREATE INDEX ix_callback_task_queue ON callback_task (status, due_at);
CREATE INDEX ix_callback_task_ticket ON callback_task (ticket_id, status);
CREATE INDEX ix_callback_task_record ON callback_task (service_record_id, status);
CREATE INDEX ix_callback_task_unit ON callback_task (unit_id, status, due_at);
CREATE INDEX ix_callback_task_finished ON callback_task (finished_at);

CREATE TABLE callback_task_reason (
  task_id BIGINT NOT NULL,
  sort_order INT NOT NULL,
  reason VARCHAR(50) NOT NULL,
  PRIMARY KEY (task_id, sort_order),
  CONSTRAINT fk_callback_task_reason_task FOREIGN KEY (task_id) REFERENCES callback_task (id)
)${table_options};

CREATE TABLE callback_task_tag (
  task_id BIGINT NOT NULL,
  sort_order INT NOT NULL,
  tag_code VARCHAR(40) NOT NULL,
  PRIMARY KEY (task_id, sort_order),
  CONSTRAINT fk_callback_task_tag_task FOREIGN KEY (task_id) REFERENCES callback_task (id)
)${table_options};
CREATE INDEX ix_callback_task_tag_code ON callback_task_tag (tag_code);

-- Tickets already closed and waiting for their callback get their task now, due at once.
INSERT INTO callback_task (version, ticket_id, unit_id, reason_code, status, due_at, attempts, created_at)
SELECT 0, t.id, t.owner_unit_id, CASE WHEN t.direct_answer IS NOT NULL AND t.owner_unit_id IS NULL
    THEN 'DIRECT_ANSWER' ELSE 'TICKET_CLOSED' END, 'OPEN', CURRENT_TIMESTAMP, t.callback_attempts, CURRENT_TIMESTAMP
FROM ticket t
WHERE t.status = 'CLOSED' AND t.callback_result IS NULL;
