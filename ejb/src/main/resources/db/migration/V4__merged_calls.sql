-- Repeat calls merged into a main ticket (重复件合并): the merged call keeps its own row and history.
ALTER TABLE ticket ADD COLUMN merged_into_id BIGINT;
ALTER TABLE ticket ADD CONSTRAINT fk_ticket_merged_into FOREIGN KEY (merged_into_id) REFERENCES ticket (id);
CREATE INDEX ix_ticket_merged_into ON ticket (merged_into_id);

-- The ownership invariant, now with the merged state: a merged call is owned by no unit (its main
-- ticket is), and only a merged call points at a main ticket.
ALTER TABLE ticket DROP CONSTRAINT ck_ticket_owned_or_queued;
ALTER TABLE ticket ADD CONSTRAINT ck_ticket_owned_or_queued CHECK (
  (status IN ('PENDING_TRIAGE', 'RETURNED') AND owner_unit_id IS NULL AND merged_into_id IS NULL)
  OR (status = 'MERGED' AND owner_unit_id IS NULL AND merged_into_id IS NOT NULL)
  OR (status IN ('ASSIGNED', 'SIGNED', 'REPLIED') AND owner_unit_id IS NOT NULL AND merged_into_id IS NULL)
  OR (status = 'CLOSED' AND merged_into_id IS NULL));
