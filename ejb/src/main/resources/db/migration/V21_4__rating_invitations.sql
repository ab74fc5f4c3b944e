-- 扫码评警 (issue 15), docs/rating.md: officers' one-time invitations to rate (邀码), each tied to a
-- service record and to the code of the rated target; and the provenance of every rating — verified
-- or not and why (verification), the service record it is tied to, and whether it was sampled
-- into the callback queue for a spot check.
CREATE TABLE rating_invitation (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  token VARCHAR(22) NOT NULL,
  code_id BIGINT NOT NULL,
  service_record_id BIGINT NOT NULL,
  created_by VARCHAR(60) NOT NULL,
  created_at ${timestamp} NOT NULL,
  expires_at ${timestamp} NOT NULL,
  CONSTRAINT uk_rating_invitation_token UNIQUE (token),
  CONSTRAINT fk_rating_invitation_code FOREIGN KEY (code_id) REFERENCES rating_code (id),
  CONSTRAINT fk_rating_invitation_record FOREIGN KEY (service_record_id) REFERENCES service_record (id)
)${table_options};
CREATE INDEX ix_rating_invitation_record ON rating_invitation (service_record_id);

ALTER TABLE rating ADD invitation_id BIGINT;
ALTER TABLE rating ADD service_record_id BIGINT;
ALTER TABLE rating ADD verified BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE rating ADD verification VARCHAR(40) DEFAULT 'NO_INVITATION' NOT NULL;
ALTER TABLE rating ADD spot_check BOOLEAN DEFAULT FALSE NOT NULL;
-- one rating per invitation, also when two arrive at the same time
ALTER TABLE rating ADD CONSTRAINT uk_rating_invitation UNIQUE (invitation_id);
ALTER TABLE rating ADD CONSTRAINT fk_rating_invitation FOREIGN KEY (invitation_id) REFERENCES rating_invitation (id);
ALTER TABLE rating ADD CONSTRAINT fk_rating_service_record FOREIGN KEY (service_record_id) REFERENCES service_record (id);
