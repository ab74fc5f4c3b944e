-- issue 14 (账号管理): an administrator edits accounts. app_user gets a version for optimistic
-- locking (two admins editing at once: If-Match, 412), and every change is one append-only row of
-- account_change: who, when, the account's state before and after, and why.
ALTER TABLE app_user ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE account_change (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  username VARCHAR(60) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  changed_by VARCHAR(60) NOT NULL,
  changed_at ${timestamp} NOT NULL,
  from_state VARCHAR(1000),
  to_state VARCHAR(1000) NOT NULL,
  reason VARCHAR(500)
)${table_options};

CREATE INDEX ix_account_change_user ON account_change (username, changed_at);
