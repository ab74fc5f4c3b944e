-- 扫码评警 (issue 15), docs/rating.md: a dissatisfied rating becomes a rectification ticket for the
-- head of the rated unit; the rating keeps the ticket it opened (null for the others).
ALTER TABLE rating ADD ticket_id BIGINT;
ALTER TABLE rating ADD CONSTRAINT fk_rating_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id);
