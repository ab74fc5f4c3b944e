-- Foundation schema: units, users, reference data, calendar, tickets and their history.
-- Runs on H2 and MySQL 8 / MariaDB. ${timestamp} holds UTC instants; ${table_options} sets
-- InnoDB + utf8mb4 on MySQL.

CREATE TABLE org_unit (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(40) NOT NULL,
  name VARCHAR(100) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  parent_id BIGINT,
  active BOOLEAN DEFAULT TRUE NOT NULL,
  sort_order INT DEFAULT 0 NOT NULL,
  CONSTRAINT uk_org_unit_code UNIQUE (code),
  CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
)${table_options};

CREATE TABLE app_user (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  username VARCHAR(60) NOT NULL,
  display_name VARCHAR(60) NOT NULL,
  password_hash VARCHAR(100) NOT NULL,
  unit_id BIGINT NOT NULL,
  active BOOLEAN DEFAULT TRUE NOT NULL,
  CONSTRAINT uk_app_user_username UNIQUE (username),
  CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
)${table_options};

CREATE TABLE app_user_role (
  user_id BIGINT NOT NULL,
  role_name VARCHAR(20) NOT NULL,
  PRIMARY KEY (user_id, role_name),
  CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
)${table_options};

CREATE TABLE category (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(40) NOT NULL,
  name VARCHAR(100) NOT NULL,
  parent_id BIGINT,
  police BOOLEAN NOT NULL,
  deadline_days INT NOT NULL,
  leaf BOOLEAN NOT NULL,
  CONSTRAINT uk_category_code UNIQUE (code),
  CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
)${table_options};

CREATE TABLE area (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(40) NOT NULL,
  name VARCHAR(100) NOT NULL,
  parent_id BIGINT,
  level VARCHAR(20) NOT NULL,
  station_unit_id BIGINT,
  CONSTRAINT uk_area_code UNIQUE (code),
  CONSTRAINT fk_area_parent FOREIGN KEY (parent_id) REFERENCES area (id),
  CONSTRAINT fk_area_station FOREIGN KEY (station_unit_id) REFERENCES org_unit (id)
)${table_options};

CREATE TABLE calendar_day (
  cal_date DATE NOT NULL PRIMARY KEY,
  working BOOLEAN NOT NULL,
  note VARCHAR(100)
)${table_options};

CREATE TABLE ticket (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  number VARCHAR(20) NOT NULL,
  channel VARCHAR(20) NOT NULL,
  caller_name VARCHAR(60),
  caller_phone VARCHAR(30),
  confidential BOOLEAN NOT NULL,
  address VARCHAR(300),
  area_id BIGINT NOT NULL,
  category_id BIGINT NOT NULL,
  urgency VARCHAR(20) NOT NULL,
  content VARCHAR(4000) NOT NULL,
  direct_answer VARCHAR(4000),
  status VARCHAR(20) NOT NULL,
  owner_unit_id BIGINT,
  reply_deadline ${timestamp},
  created_at ${timestamp} NOT NULL,
  created_by VARCHAR(60) NOT NULL,
  updated_at ${timestamp} NOT NULL,
  assigned_at ${timestamp},
  signed_at ${timestamp},
  replied_at ${timestamp},
  closed_at ${timestamp},
  reply_text VARCHAR(4000),
  callback_result VARCHAR(30),
  callback_reasons VARCHAR(500),
  callback_attempts INT DEFAULT 0 NOT NULL,
  called_back_at ${timestamp},
  process_instance_id VARCHAR(64),
  version INT DEFAULT 0 NOT NULL,
  CONSTRAINT uk_ticket_number UNIQUE (number),
  CONSTRAINT fk_ticket_area FOREIGN KEY (area_id) REFERENCES area (id),
  CONSTRAINT fk_ticket_category FOREIGN KEY (category_id) REFERENCES category (id),
  CONSTRAINT fk_ticket_owner FOREIGN KEY (owner_unit_id) REFERENCES org_unit (id)
)${table_options};

CREATE INDEX ix_ticket_status_deadline ON ticket (status, reply_deadline);
CREATE INDEX ix_ticket_owner_status ON ticket (owner_unit_id, status, reply_deadline);
CREATE INDEX ix_ticket_phone ON ticket (caller_phone, created_at);
CREATE INDEX ix_ticket_created ON ticket (created_at);

CREATE TABLE ticket_event (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  ticket_id BIGINT NOT NULL,
  occurred_at ${timestamp} NOT NULL,
  actor_username VARCHAR(60) NOT NULL,
  actor_role VARCHAR(20) NOT NULL,
  actor_unit_code VARCHAR(40) NOT NULL,
  action VARCHAR(30) NOT NULL,
  from_status VARCHAR(20),
  to_status VARCHAR(20) NOT NULL,
  note VARCHAR(4000),
  detail VARCHAR(1000),
  CONSTRAINT fk_ticket_event_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
)${table_options};

CREATE INDEX ix_ticket_event_ticket ON ticket_event (ticket_id, occurred_at);

-- Daily ticket numbers (yyyyMMdd-NNNNNN) are handed out in small blocks per server node.
CREATE TABLE ticket_number_block (
  seq_day CHAR(8) NOT NULL PRIMARY KEY,
  last_value INT NOT NULL
)${table_options};

-- Idempotency-Key of POST /api/tickets, per user: a retry returns the ticket of the first request.
CREATE TABLE intake_request (
  username VARCHAR(60) NOT NULL,
  idempotency_key VARCHAR(100) NOT NULL,
  request_hash CHAR(64) NOT NULL,
  ticket_id BIGINT NOT NULL,
  created_at ${timestamp} NOT NULL,
  PRIMARY KEY (username, idempotency_key),
  CONSTRAINT fk_intake_request_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
)${table_options};
