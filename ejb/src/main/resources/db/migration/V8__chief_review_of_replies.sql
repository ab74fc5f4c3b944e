-- 所长审核: an officer's reply waits for the unit's chief (CHIEF_REVIEW) and is owned by the unit meanwhile.
ALTER TABLE ticket DROP CONSTRAINT ck_ticket_owned_or_queued;
ALTER TABLE ticket ADD CONSTRAINT ck_ticket_owned_or_queued CHECK (
  (status IN ('PENDING_TRIAGE', 'RETURNED') AND owner_unit_id IS NULL AND main_ticket_id IS NULL)
  OR (status = 'MERGED' AND owner_unit_id IS NULL AND main_ticket_id IS NOT NULL)
  OR (status IN ('ASSIGNED', 'SIGNED', 'CHIEF_REVIEW', 'REPLIED', 'RECTIFYING', 'REVISITING')
      AND owner_unit_id IS NOT NULL AND main_ticket_id IS NULL)
  OR (status = 'CLOSED' AND main_ticket_id IS NULL));
