package org.hotline.application.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.user.AccountChange;
import org.hotline.domain.model.user.AccountChangeRepository;
import org.hotline.domain.model.user.AccountChanged;
import org.hotline.domain.model.user.AccountState;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.PasswordHasher;
import org.hotline.domain.model.user.Role;
import org.hotline.domain.model.user.UserRepository;

/**
 * 账号管理 (administrator): read, create and change accounts — display name, unit, roles, active. Every
 * change is one append-only {@link AccountChange} (who, when, from, to, why) and fires {@link
 * AccountChanged} in the same transaction; a callback agent who is moved, loses the callback role
 * or is deactivated loses their claimed tasks at once (CallbackClaims observes it). An
 * administrator may not remove their own admin role nor deactivate themselves. A refused request
 * changes nothing.
 */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
public class AccountService {

  /** Accounts one search lists. */
  static final int LIST_LIMIT = 500;

  /** Changes shown with one account. */
  static final int CHANGES_SHOWN = 20;

  @Inject private CurrentUser currentUser;

  @Inject private UserRepository users;

  @Inject private AccountChangeRepository changes;

  @Inject private AccountInput input;

  @Inject private PasswordHasher hasher;

  @Inject private LoginFailures failures;

  @Inject private Event<AccountChanged> changed;

  /**
   * The accounts whose username, name, unit name or unit code contains {@code q} (all when blank),
   * active or not, by username (at most 500).
   *
   * @throws org.hotline.application.error.ValidationException q TOO_LONG (60) or INVALID_CHARACTER
   */
  public List<AccountViews.Account> list(String q) {
    Violations v = new Violations();
    String text = v.text("q", q, false, 60);
    v.throwIfAny();
    List<String> locked = lockedNames();
    return users.search(text, LIST_LIMIT).stream().map(u -> view(u, locked, null)).toList();
  }

  /**
   * One account with its latest changes.
   *
   * @throws HotlineException ACCOUNT_NOT_FOUND (404)
   */
  public AccountViews.Account get(String username) {
    AppUser u = find(username);
    List<AccountViews.Change> record =
        changes.of(u.username(), CHANGES_SHOWN).stream().map(this::changeView).toList();
    return view(u, lockedNames(), record);
  }

  /**
   * Changes an account to the state given (PUT: every field).
   *
   * @param ifMatchVersion the version named by {@code If-Match} (null when absent: then {@code
   *     revision.version} is required)
   * @return the account as changed (unchanged, and nothing recorded, when nothing differs)
   * @throws HotlineException ACCOUNT_NOT_FOUND (404); PRECONDITION_FAILED (412) when the version is
   *     not the stored one (another administrator changed it since it was read)
   * @throws org.hotline.application.error.ValidationException displayName, unitCode, roles, active,
   *     version REQUIRED …; roles UNKNOWN_CODE / DUPLICATE_KEY; unitCode UNKNOWN_CODE / RETIRED;
   *     roles OWN_ADMIN_ROLE, active OWN_ACCOUNT (the administrator's own account)
   */
  public AccountViews.Account update(
      String username, AccountViews.Revision revision, Long ifMatchVersion) {
    AppUser user = find(username);
    Violations v = new Violations();
    AccountViews.Revision r =
        revision == null ? new AccountViews.Revision(null, null, null, null, null, null) : revision;
    Long version = ifMatchVersion != null ? ifMatchVersion : r.version();
    if (version == null) {
      v.add("version", FieldViolation.REQUIRED);
    }
    AccountInput.Checked in =
        input.check(v, r.displayName(), r.unitCode(), r.roles(), r.active(), r.reason());
    String me = currentUser.get().username();
    if (in != null && user.username().equals(me)) {
      if (!in.state().roles().contains(Role.ADMIN)) {
        v.add("roles", FieldViolation.OWN_ADMIN_ROLE);
      }
      if (!in.state().active()) {
        v.add("active", FieldViolation.OWN_ACCOUNT);
      }
    }
    v.throwIfAny();
    if (version != user.version()) {
      throw new HotlineException(ErrorCode.PRECONDITION_FAILED);
    }
    AccountState before = AccountState.of(user);
    if (!before.equals(in.state())) {
      user.revise(in.state(), in.unit());
      users.flush(); // the new version, and a concurrent commit's conflict (409) surface here
      record(user.username(), AccountChange.Kind.UPDATED, me, before, in.state(), in.reason());
    }
    return view(user, lockedNames(), null);
  }

  /**
   * Creates an account with an initial password, hashed as the login realm verifies it (bcrypt).
   *
   * @throws org.hotline.application.error.ValidationException username REQUIRED / INVALID (2–60 of
   *     a–z, 0–9, dot, hyphen, underscore, starting with a letter or digit) / DUPLICATE; password
   *     REQUIRED / TOO_SHORT (8) / TOO_LONG (72 bytes) / INVALID_CHARACTER; and the fields of
   *     {@link #update}
   */
  public AccountViews.Account create(AccountViews.NewAccount account) {
    AccountViews.NewAccount a =
        account == null
            ? new AccountViews.NewAccount(null, null, null, null, null, null, null)
            : account;
    Violations v = new Violations();
    String username = input.username(v, a.username());
    if (username != null && users.findByUsername(username).isPresent()) {
      v.add("username", FieldViolation.DUPLICATE, username);
    }
    AccountInput.Checked in =
        input.check(
            v,
            a.displayName(),
            a.unitCode(),
            a.roles(),
            a.active() == null ? Boolean.TRUE : a.active(),
            a.reason());
    char[] password = input.password(v, a.password());
    v.throwIfAny();
    AppUser user =
        new AppUser(
            username,
            in.state().displayName(),
            hasher.hash(password),
            in.unit(),
            in.state().roles());
    if (!in.state().active()) {
      user.revise(in.state(), in.unit());
    }
    users.save(user);
    String me = currentUser.get().username();
    record(username, AccountChange.Kind.CREATED, me, null, in.state(), in.reason());
    return view(user, List.of(), null);
  }

  private void record(
      String username,
      AccountChange.Kind kind,
      String by,
      AccountState before,
      AccountState after,
      String reason) {
    Instant now = BusinessTime.now();
    changes.add(new AccountChange(username, kind, by, now, before, after, reason));
    changed.fire(new AccountChanged(username, before, after, by));
  }

  private AppUser find(String username) {
    Violations v = new Violations();
    String name = v.identifier("username", username, true, 60);
    v.throwIfAny();
    return users
        .findByUsername(name)
        .orElseThrow(() -> new HotlineException(ErrorCode.ACCOUNT_NOT_FOUND, name));
  }

  private List<String> lockedNames() {
    return failures.accounts(Instant.now()).stream()
        .filter(a -> a.waitSeconds() > 0)
        .map(LoginFailures.Account::username)
        .toList();
  }

  private static AccountViews.Account view(
      AppUser u, List<String> locked, List<AccountViews.Change> record) {
    Unit unit = u.unit();
    return new AccountViews.Account(
        u.username(),
        u.displayName(),
        unit.code(),
        unit.name(),
        u.roles().stream().map(Role::roleName).toList(),
        u.active(),
        locked.contains(u.username()),
        u.version(),
        record);
  }

  private AccountViews.Change changeView(AccountChange c) {
    return new AccountViews.Change(
        c.kind().name(),
        c.changedBy(),
        users.findByUsername(c.changedBy()).map(AppUser::displayName).orElse(c.changedBy()),
        BusinessTime.display(c.changedAt()),
        state(c.from()),
        state(c.to()),
        c.reason());
  }

  private static AccountViews.State state(AccountState s) {
    return s == null
        ? null
        : new AccountViews.State(
            s.displayName(),
            s.unitCode(),
            s.roles().stream().map(Role::roleName).toList(),
            s.active());
  }
}
