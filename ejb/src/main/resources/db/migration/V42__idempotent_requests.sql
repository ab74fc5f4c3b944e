-- Idempotency-Key of every creating POST but POST /api/tickets (which keeps intake_request), per
-- user + method + path + key: the status, headers and body of the first answer, replayed to a retry.
CREATE TABLE idempotent_request (
  username VARCHAR(60) NOT NULL,
  request_scope VARCHAR(255) NOT NULL,
  idempotency_key VARCHAR(100) NOT NULL,
  request_hash CHAR(64) NOT NULL,
  state VARCHAR(10) NOT NULL,
  status INT,
  content_type VARCHAR(200),
  location VARCHAR(1000),
  body ${long_text},
  created_at ${timestamp} NOT NULL,
  PRIMARY KEY (username, request_scope, idempotency_key)
)${table_options};
