-- Responsibility catalogue (职责清单): items point at the version in force; versions are immutable.
CREATE TABLE catalogue_item (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(40) NOT NULL,
  unit_id BIGINT NOT NULL,
  current_version_id BIGINT,
  lock_version INT DEFAULT 0 NOT NULL,
  CONSTRAINT uk_catalogue_item_code UNIQUE (code),
  CONSTRAINT fk_catalogue_item_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
)${table_options};

CREATE TABLE catalogue_item_version (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  item_id BIGINT NOT NULL,
  version_no INT NOT NULL,
  title VARCHAR(100) NOT NULL,
  duties VARCHAR(2000) NOT NULL,
  category_codes VARCHAR(500),
  keywords VARCHAR(1000),
  retired BOOLEAN NOT NULL,
  changed_by VARCHAR(60) NOT NULL,
  changed_at ${timestamp} NOT NULL,
  reason VARCHAR(500) NOT NULL,
  CONSTRAINT uk_catalogue_version UNIQUE (item_id, version_no),
  CONSTRAINT fk_catalogue_version_item FOREIGN KEY (item_id) REFERENCES catalogue_item (id)
)${table_options};

ALTER TABLE catalogue_item ADD CONSTRAINT fk_catalogue_item_current
  FOREIGN KEY (current_version_id) REFERENCES catalogue_item_version (id);

-- Returns (退单) and arbitration (裁定); the catalogue version a routing relied on.
ALTER TABLE ticket ADD COLUMN return_count INT DEFAULT 0 NOT NULL;
ALTER TABLE ticket ADD COLUMN arbitrated BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ticket ADD COLUMN routing_catalogue_version_id BIGINT;
ALTER TABLE ticket ADD CONSTRAINT fk_ticket_routing_catalogue
  FOREIGN KEY (routing_catalogue_version_id) REFERENCES catalogue_item_version (id);

-- The ownership invariant: an open ticket has exactly one owning unit, or sits in a named queue
-- of the hotline centre (待研判 PENDING_TRIAGE, 退回 RETURNED) with no owner. No ticket can fall
-- between units; the database refuses any write that would break this.
ALTER TABLE ticket ADD CONSTRAINT ck_ticket_owned_or_queued CHECK (
  (status IN ('PENDING_TRIAGE', 'RETURNED') AND owner_unit_id IS NULL)
  OR (status IN ('ASSIGNED', 'SIGNED', 'REPLIED') AND owner_unit_id IS NOT NULL)
  OR status = 'CLOSED');

ALTER TABLE ticket ADD COLUMN return_deadline ${timestamp};
ALTER TABLE ticket ADD COLUMN last_return_reason VARCHAR(1000);
