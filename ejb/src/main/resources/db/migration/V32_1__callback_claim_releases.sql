-- Issue 14, review of 2026-11-30 (docs/callbacks.md, "A claim follows the right to work the task"):
-- a task claimed by an agent who lost the right to it (moved to another sub-centre, unit moved,
-- role removed, deactivated) goes back to the queue; this is its audit trail.
CREATE TABLE callback_task_release (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  task_id BIGINT NOT NULL,
  released_from VARCHAR(60) NOT NULL,
  reason VARCHAR(20) NOT NULL,
  released_by VARCHAR(60) NOT NULL,
  released_at ${timestamp} NOT NULL,
  CONSTRAINT fk_callback_task_release_task FOREIGN KEY (task_id) REFERENCES callback_task (id)
)${table_options};
CREATE INDEX ix_callback_task_release_task ON callback_task_release (task_id);
-- the open tasks somebody works (the sweep that releases lost claims reads them)
CREATE INDEX ix_callback_task_assignee ON callback_task (assignee, status);
