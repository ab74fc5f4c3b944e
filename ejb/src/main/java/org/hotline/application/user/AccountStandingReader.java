package org.hotline.application.user;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.hotline.domain.model.user.UserRepository;

/**
 * Reads an account's stored roles and active flag in a transaction of its own, for {@link
 * AccountSessions}, which is asked from a servlet filter outside any transaction.
 */
@Stateless
@PermitAll
public class AccountStandingReader {

  @Inject private UserRepository users;

  /** The account's roles and active flag now, empty when there is no such account. */
  public Optional<AccountSessions.Standing> read(String username) {
    return users
        .findByUsername(username)
        .map(u -> new AccountSessions.Standing(u.roles(), u.active()));
  }
}
