package org.hotline.application.user;

import java.time.Instant;
import java.util.List;

/**
 * The failed logins counted against accounts (登录失败计数), as the account-unlock page needs them;
 * implemented in infrastructure over the server's login throttle.
 */
public interface LoginFailures {

  /** An account with failures counted: {@code waitSeconds} > 0 while its owner must wait. */
  record Account(String username, int failures, long waitSeconds) {}

  /** Every account with failures counted at {@code now}, most first. */
  List<Account> accounts(Instant now);

  /**
   * Forgets the failures of {@code username}, so its owner may log in at once.
   *
   * @return the failures cleared (0 when none were counted)
   */
  int clear(String username);
}
