-- issue 15: the ticket of an excluded rating (剔除) keeps its history but leaves every figure that
-- counts tickets (analysis, rankings). Existing exclusions are carried over.
ALTER TABLE ticket ADD COLUMN figures_excluded BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE ticket SET figures_excluded = TRUE
  WHERE id IN (SELECT ticket_id FROM rating WHERE excluded = TRUE AND ticket_id IS NOT NULL);
ALTER TABLE ticket_outcome ADD COLUMN excluded BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE ticket_outcome SET excluded = TRUE
  WHERE ticket_id IN (SELECT id FROM ticket WHERE figures_excluded = TRUE);
-- the analysis counts a month from one index alone (V22_2): the new flag joins it
CREATE INDEX ix_ticket_created_counted ON ticket (created_at, status, figures_excluded, category_id, area_id, owner_unit_id);
