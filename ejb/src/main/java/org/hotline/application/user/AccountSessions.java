package org.hotline.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hotline.domain.model.user.AccountChanged;
import org.hotline.domain.model.user.Role;

/**
 * 会话跟随账号: the accounts whose roles or active flag an administrator changed while this server runs.
 * A logged-in identity (a session, or the login realm's cached Basic identity, kept up to 60 s)
 * still holds the roles of its login; for these accounts only, each request compares it with the
 * account as stored now ({@link #current}), so that a deactivated or de-roled user's session stops
 * on the next request instead of at its timeout. Changes made directly in the database are not seen
 * here (the realm's cache forgets them within 60 s; sessions keep them until they end).
 */
@ApplicationScoped
public class AccountSessions {

  private final Map<String, Boolean> changed = new ConcurrentHashMap<>();

  @Inject private AccountStandingReader reader;

  /** Remembers the account once its change is committed. */
  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
    if (change.identityChanged()) {
      changed.put(change.username(), Boolean.TRUE);
    }
  }

  /** Whether an administrator changed the roles or active flag of {@code username} since start. */
  public boolean changed(String username) {
    return changed.containsKey(username);
  }

  /** What a login identity must match: the stored roles and active flag. */
  public record Standing(Set<Role> roles, boolean active) {}

  /** The account's stored roles and active flag now, empty when there is no such account. */
  public Optional<Standing> current(String username) {
    return reader.read(username);
  }
}
