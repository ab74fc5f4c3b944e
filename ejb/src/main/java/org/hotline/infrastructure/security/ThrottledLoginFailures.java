package org.hotline.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.hotline.application.user.LoginFailures;

/** {@link LoginFailures} read from and cleared in this node's {@link LoginThrottle}. */
@ApplicationScoped
public class ThrottledLoginFailures implements LoginFailures {

  @Override
  public List<Account> accounts(Instant now) {
    return LoginThrottle.INSTANCE.accounts(now).stream()
        .map(a -> new Account(a.username(), a.failures(), (a.remaining().toMillis() + 999) / 1000))
        .toList();
  }

  @Override
  public int clear(String username) {
    return LoginThrottle.INSTANCE.clearAccount(username);
  }
}
