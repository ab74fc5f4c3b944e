-- Callers' numbers in one normalised form (E.164, e.g. +8613912345678) beside what the caller said:
-- lookups, the partial lookup while typing (prefix of this column) and repeat-call detection compare it.
-- Existing rows are filled by the Java migration V9_1 (libphonenumber), which also drops ix_ticket_phone.
ALTER TABLE ticket ADD COLUMN caller_phone_e164 VARCHAR(20);
CREATE INDEX ix_ticket_phone_e164 ON ticket (caller_phone_e164, created_at);
