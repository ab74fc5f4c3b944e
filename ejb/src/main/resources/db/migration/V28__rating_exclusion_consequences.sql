-- issue 15 (review): an excluded rating counts nowhere, and a supervisor excludes with a reason code.
-- The provenance record of an excluded rating stays (history) but leaves the per-channel figures.
ALTER TABLE satisfaction_answer ADD COLUMN excluded BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE satisfaction_answer SET excluded = TRUE
  WHERE channel = 'QR' AND source_id IN (SELECT id FROM rating WHERE excluded = TRUE);
-- the reason of an exclusion as a code from a fixed list (RatingExclusionReason); the note stays text
ALTER TABLE rating_event ADD COLUMN reason_code VARCHAR(20);
