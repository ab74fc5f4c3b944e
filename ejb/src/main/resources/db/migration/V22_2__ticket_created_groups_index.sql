-- Issue 13 at scale: the analysis (trends, hotspots) counts a month's tickets by category, area or
-- owner unit. With ix_ticket_created (created_at) alone it read every ticket row of the month; this
-- index holds every column those counts read, so a month is one range of the index alone.
CREATE INDEX ix_ticket_created_groups ON ticket (created_at, status, category_id, area_id, owner_unit_id);
