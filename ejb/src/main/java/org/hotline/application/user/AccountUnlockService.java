package org.hotline.application.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.user.AccountUnlock;
import org.hotline.domain.model.user.AccountUnlockRepository;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;
import org.hotline.domain.model.user.UserRepository;

/**
 * 解除登录限制 (administrator): the accounts slowed down by failed logins, the unlock that lets the owner
 * log in again at once, and the record of every unlock (who, whom, when, failures cleared).
 */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
public class AccountUnlockService {

  /** Unlocks shown in the record. */
  static final int RECORD_SIZE = 50;

  /**
   * An account with failed logins counted: {@code waitSeconds} > 0 while its owner is locked out.
   */
  public record LockedAccount(
      String username, String displayName, String unitName, int failures, long waitSeconds) {}

  /** One unlock of the record, people by username and display name. */
  public record UnlockView(
      String username,
      String displayName,
      String unlockedBy,
      String unlockedByName,
      OffsetDateTime unlockedAt,
      int failuresCleared) {}

  /** The page's data: the accounts with failures now, and the latest unlocks (newest first). */
  public record Standing(List<LockedAccount> accounts, List<UnlockView> unlocks) {}

  @Inject private CurrentUser currentUser;

  @Inject private UserRepository users;

  @Inject private AccountUnlockRepository unlocks;

  @Inject private LoginFailures failures;

  /** The accounts with failed logins counted now (most first) and the latest unlocks. */
  public Standing standing() {
    Instant now = Instant.now();
    List<LockedAccount> accounts =
        failures.accounts(now).stream()
            .map(
                a -> {
                  Optional<AppUser> u = users.findByUsername(a.username());
                  return new LockedAccount(
                      a.username(),
                      u.map(AppUser::displayName).orElse(null),
                      u.map(x -> x.unit().name()).orElse(null),
                      a.failures(),
                      a.waitSeconds());
                })
            .toList();
    return new Standing(
        accounts,
        unlocks.latest(RECORD_SIZE).stream()
            .map(
                r ->
                    new UnlockView(
                        r.username(),
                        name(r.username()),
                        r.unlockedBy(),
                        name(r.unlockedBy()),
                        BusinessTime.display(r.unlockedAt()),
                        r.failuresCleared()))
            .toList());
  }

  /**
   * Clears the failed logins counted against {@code username} and records the unlock.
   *
   * <p>An unknown name is refused and nothing is recorded, unless failed logins are counted under
   * it (the throttle counts any name tried; clearing those is still an unlock).
   *
   * @return the failures cleared (0 when none were counted)
   * @throws org.hotline.application.error.ValidationException username REQUIRED, TOO_LONG (60) or
   *     INVALID_CHARACTER (a bidi, zero-width or control character, a blank at either end: refused,
   *     never trimmed)
   * @throws HotlineException {@link ErrorCode#USER_NOT_FOUND} (404) for a name that is no account
   *     and has no failures counted
   */
  public int unlock(String username) {
    Violations v = new Violations();
    String name = v.identifier("username", username, true, 60);
    v.throwIfAny();
    boolean counted =
        failures.accounts(Instant.now()).stream().anyMatch(a -> a.username().equals(name));
    if (users.findByUsername(name).isEmpty() && !counted) {
      throw new HotlineException(ErrorCode.USER_NOT_FOUND, name);
    }
    int cleared = failures.clear(name);
    unlocks.add(new AccountUnlock(name, currentUser.get().username(), BusinessTime.now(), cleared));
    return cleared;
  }

  private String name(String username) {
    return users.findByUsername(username).map(AppUser::displayName).orElse(username);
  }
}
