-- Lists are stored as lists, one row per element in its order, never joined with a separator:
-- "处理太慢,一直没人联系" is one reason, and ten reasons of 50 characters fit (the joined text did
-- not fit callback_reasons VARCHAR(500)). V10_1 moves the values joined so far and drops the old
-- columns.

-- 回访原因 of a ticket's final callback.
CREATE TABLE ticket_callback_reason (
  ticket_id BIGINT NOT NULL,
  sort_order INT NOT NULL,
  reason VARCHAR(50) NOT NULL,
  PRIMARY KEY (ticket_id, sort_order),
  CONSTRAINT fk_ticket_callback_reason_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
)${table_options};

-- What the citizen was dissatisfied with, per rectification (整改).
CREATE TABLE rectification_reason (
  rectification_id BIGINT NOT NULL,
  sort_order INT NOT NULL,
  reason VARCHAR(50) NOT NULL,
  PRIMARY KEY (rectification_id, sort_order),
  CONSTRAINT fk_rectification_reason_rect FOREIGN KEY (rectification_id) REFERENCES rectification (id)
)${table_options};

-- The category codes and keywords of a responsibility catalogue version (职责清单).
CREATE TABLE catalogue_version_category (
  version_id BIGINT NOT NULL,
  sort_order INT NOT NULL,
  category_code VARCHAR(40) NOT NULL,
  PRIMARY KEY (version_id, sort_order),
  CONSTRAINT fk_catalogue_version_category FOREIGN KEY (version_id) REFERENCES catalogue_item_version (id)
)${table_options};

CREATE TABLE catalogue_version_keyword (
  version_id BIGINT NOT NULL,
  sort_order INT NOT NULL,
  keyword VARCHAR(30) NOT NULL,
  PRIMARY KEY (version_id, sort_order),
  CONSTRAINT fk_catalogue_version_keyword FOREIGN KEY (version_id) REFERENCES catalogue_item_version (id)
)${table_options};
