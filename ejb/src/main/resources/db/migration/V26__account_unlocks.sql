-- 解除登录限制 (issue 12): every administrator's unlock of an account's login throttle is recorded —
-- who unlocked which account, when, and how many failed attempts it cleared — and shown on the
-- administrator's account page (users.html).
CREATE TABLE account_unlock (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  username VARCHAR(60) NOT NULL,
  unlocked_by VARCHAR(60) NOT NULL,
  unlocked_at ${timestamp} NOT NULL,
  failures_cleared INT NOT NULL
);
CREATE INDEX ix_account_unlock_at ON account_unlock (unlocked_at);
