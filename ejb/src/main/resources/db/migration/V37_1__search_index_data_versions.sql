-- Issue 14, review of 2026-11-30 (docs/callbacks.md, "Search after a migration that changes data"):
-- a migration that changes indexed rows in SQL (V32 cancelled system-closed callback tasks) left the
-- full-text index showing them as they were. Each index has a data version here; such a migration
-- raises it (UPDATE search_index_data SET data_version = data_version + 1 WHERE index_name = '…'),
-- and every server rebuilds an index whose version is behind at start-up (IndexDataVersions).
CREATE TABLE search_index_data (
  index_name VARCHAR(60) NOT NULL PRIMARY KEY,
  data_version INT NOT NULL
)${table_options};
-- V32 changed callback tasks: an existing installation (tasks present) rebuilds that index once;
-- a new one (no task when the migrations run) starts at 0 and rebuilds nothing.
INSERT INTO search_index_data (index_name, data_version)
  SELECT 'callback-task', CASE WHEN COUNT(*) > 0 THEN 1 ELSE 0 END FROM callback_task;
INSERT INTO search_index_data (index_name, data_version) VALUES ('ticket', 0);
