-- Notifications in the reader's language (issue 9): a notification keeps the message bundle's key
-- and the arguments its text was made from, so the bell shows it in Chinese or English; title and
-- body stay as written (Chinese) for older rows and for channels without a reader's language.
ALTER TABLE notification ADD COLUMN text_key VARCHAR(60);
ALTER TABLE notification ADD COLUMN text_args VARCHAR(4000);
