-- Issue 13 at scale: the month's tallies can read these indexes alone (covering: the instant the
-- month filters on, the unit, and every column the tally counts) instead of an index range scan
-- followed by one row lookup per ticket. V13's narrower indexes stay (the drill-down sorts by ticket).
CREATE INDEX ix_ticket_outcome_due_tally ON ticket_outcome (due_at, unit_code, merged, replied_at, closed_at);
CREATE INDEX ix_ticket_outcome_callback_tally ON ticket_outcome (callback_at, unit_code, merged, callback_result);
CREATE INDEX ix_ticket_outcome_revisit_tally ON ticket_outcome (revisit_at, unit_code, merged, revisit_result);
