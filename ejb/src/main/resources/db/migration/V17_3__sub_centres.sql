-- 分中心 (callback sub-centres, issue 14), docs/callbacks.md: a task belongs to the sub-centre of its
-- serving unit; an agent listed here works for one sub-centre only, every other agent for the city
-- centre, which sees and supervises all and spot-checks (抽查) finished tasks.
CREATE TABLE sub_centre (
  code VARCHAR(40) NOT NULL PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  sort_order INT NOT NULL
)${table_options};

CREATE TABLE sub_centre_unit (
  unit_code VARCHAR(40) NOT NULL PRIMARY KEY,
  sub_centre_code VARCHAR(40) NOT NULL,
  CONSTRAINT fk_sub_centre_unit_centre FOREIGN KEY (sub_centre_code) REFERENCES sub_centre (code)
)${table_options};

CREATE TABLE sub_centre_agent (
  username VARCHAR(60) NOT NULL PRIMARY KEY,
  sub_centre_code VARCHAR(40) NOT NULL,
  CONSTRAINT fk_sub_centre_agent_centre FOREIGN KEY (sub_centre_code) REFERENCES sub_centre (code)
)${table_options};

ALTER TABLE callback_task ADD COLUMN spot_check_verdict VARCHAR(20);
ALTER TABLE callback_task ADD COLUMN spot_check_note VARCHAR(1000);
ALTER TABLE callback_task ADD COLUMN spot_checked_at ${timestamp};
ALTER TABLE callback_task ADD COLUMN spot_checked_by VARCHAR(60);
