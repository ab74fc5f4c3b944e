-- Issue 13 at scale: the drill-down and a unit's month in detail ask for one unit's tickets due (or
-- called back) in a month; with the month-first indexes of V13/V16 that read the whole month of every
-- unit (83,000 rows at 2,000,000 tickets) to keep one unit's. Unit-first indexes read only that unit's.
CREATE INDEX ix_ticket_outcome_unit_due ON ticket_outcome (unit_code, due_at);
CREATE INDEX ix_ticket_outcome_unit_callback ON ticket_outcome (unit_code, callback_at);
