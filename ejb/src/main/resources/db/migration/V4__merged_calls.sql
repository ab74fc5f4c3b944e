-- Repeat calls merged into a main ticket (重复件合并): the merged call keeps its own row and history.
-- (The column is not called merged_into_id: MySQL Connector/J 9 takes the word INTO in a SELECT's
-- column list for SELECT ... INTO and refuses to run the query.)
ALTER TABLE ticket ADD COLUMN main_ticket_id BIGINT;
ALTER TABLE ticket ADD CONSTRAINT fk_ticket_main_ticket FOREIGN KEY (main_ticket_id) REFERENCES ticket (id);
CREATE INDEX ix_ticket_main_ticket ON ticket (main_ticket_id);

-- The ownership invariant, now with the merged state: a merged call is owned by no unit (its main
-- ticket is), and only a merged call points at a main ticket.
ALTER TABLE ticket DROP CONSTRAINT ck_ticket_owned_or_queued;
ALTER TABLE ticket ADD CONSTRAINT ck_ticket_owned_or_queued CHECK (
  (status IN ('PENDING_TRIAGE', 'RETURNED') AND owner_unit_id IS NULL AND main_ticket_id IS NULL)
  OR (status = 'MERGED' AND owner_unit_id IS NULL AND main_ticket_id IS NOT NULL)
  OR (status IN ('ASSIGNED', 'SIGNED', 'REPLIED') AND owner_unit_id IS NOT NULL AND main_ticket_id IS NULL)
  OR (status = 'CLOSED' AND main_ticket_id IS NULL));
