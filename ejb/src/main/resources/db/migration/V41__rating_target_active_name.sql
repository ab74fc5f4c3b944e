-- hF (review r1, issue 15): one active rating target per kind, unit and name. active_name holds
-- the name while the target is active and not an officer's (officers are unique by officer_id),
-- NULL otherwise; NULLs never collide, so revoked targets keep their names. Existing duplicates:
-- only the oldest active one of each (kind, unit, name) gets its active_name (the others stay
-- active but are no longer protected; admin revokes them).
ALTER TABLE rating_target ADD active_name VARCHAR(60);
UPDATE rating_target SET active_name = name
 WHERE id IN (SELECT first_id FROM (SELECT MIN(id) AS first_id FROM rating_target
               WHERE active = TRUE AND kind <> 'OFFICER' GROUP BY kind, unit_id, name) oldest);
ALTER TABLE rating_target ADD CONSTRAINT uk_rating_target_active_name UNIQUE (kind, unit_id, active_name);
