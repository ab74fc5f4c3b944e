package org.hotline.domain.model.user;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an administrator may change on an account (账号状态): display name, unit, roles and whether it
 * is active. Stored in the audit as one line of text ({@link #text()}, read back by {@link #parse})
 * so that the record keeps the codes as they were, even after a unit is renamed.
 *
 * @param displayName the name people read
 * @param unitCode the unit's code
 * @param roles the roles, never empty
 * @param active whether the owner may log in
 */
public record AccountState(String displayName, String unitCode, Set<Role> roles, boolean active) {

  private static final char SEP = '\u001f';

  public AccountState {
    roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  /** The state of {@code user} now. */
  public static AccountState of(AppUser user) {
    return new AccountState(user.displayName(), user.unit().code(), user.roles(), user.active());
  }

  /** The state as stored: fields separated by U+001F, roles by commas in their fixed order. */
  public String text() {
    return displayName
        + SEP
        + unitCode
        + SEP
        + roles.stream().map(Role::roleName).collect(Collectors.joining(","))
        + SEP
        + active;
  }

  /** Reads {@link #text()} back; unknown role names (a role since removed) are left out. */
  public static AccountState parse(String text) {
    String[] p = text.split(String.valueOf(SEP), -1);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream(p[2].split(",")).map(Role::fromRoleName).forEach(r -> r.ifPresent(roles::add));
    return new AccountState(p[0], p[1], roles, Boolean.parseBoolean(p[3]));
  }

  /** Whether a claim on a callback task may stand after the change from {@code before}. */
  public boolean keepsCallbackRightOf(AccountState before) {
    return active
        && roles.contains(Role.CALLBACK)
        && before.active()
        && before.roles().contains(Role.CALLBACK)
        && unitCode.equals(before.unitCode());
  }
}
