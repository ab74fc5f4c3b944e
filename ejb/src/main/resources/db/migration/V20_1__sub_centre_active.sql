-- 分中心 administration (issue 14, docs/callbacks.md): a sub-centre can be retired (撤销); its units
-- and agents are released to the city centre, its past figures stay.
ALTER TABLE sub_centre ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
