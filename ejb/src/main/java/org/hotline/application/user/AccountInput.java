package org.hotline.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitRepository;
import org.hotline.domain.model.user.AccountState;
import org.hotline.domain.model.user.Role;

/**
 * The checks of an account's fields (账号字段校验), one place for creating and changing: display name
 * (1–60, no invisible character), an existing active unit, one or more known role codes without
 * repeats, the active flag, an optional reason (500), a username (lower case) and a password.
 */
@ApplicationScoped
public class AccountInput {

  /** Lower-case letters, digits, dot, hyphen, underscore; 2–60; a letter or digit first. */
  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

  static final int PASSWORD_MIN = 8;

  /** bcrypt reads at most 72 bytes of a password. */
  static final int PASSWORD_MAX_BYTES = 72;

  /** A checked account state and the unit it names. */
  public record Checked(AccountState state, Unit unit, String reason) {}

  @Inject private UnitRepository units;

  /**
   * Checks the fields; records every violation in {@code v}.
   *
   * @return the state, or null when any field was refused
   */
  Checked check(
      Violations v,
      String displayName,
      String unitCode,
      List<String> roles,
      Boolean active,
      String reason) {
    int before = violations(v);
    String name = v.name("displayName", displayName, true, 60);
    Unit unit = v.reference("unitCode", unitCode, units::findByCode);
    if (unit != null && !unit.active()) {
      v.add("unitCode", FieldViolation.RETIRED, unit.code());
    }
    Set<Role> r = roles(v, roles);
    if (active == null) {
      v.add("active", FieldViolation.REQUIRED);
    }
    String why = v.text("reason", reason, false, 500);
    if (violations(v) > before) {
      return null;
    }
    return new Checked(new AccountState(name, unit.code(), r, active), unit, why);
  }

  private static Set<Role> roles(Violations v, List<String> codes) {
    Set<Role> found = EnumSet.noneOf(Role.class);
    if (codes == null || codes.isEmpty()) {
      v.add("roles", FieldViolation.REQUIRED);
      return found;
    }
    for (String code : codes) {
      String c = v.identifier("roles", code, true, 20);
      if (c == null) {
        continue;
      }
      Role role = Role.fromRoleName(c).orElse(null);
      if (role == null) {
        v.add("roles", FieldViolation.UNKNOWN_CODE, c);
      } else if (!found.add(role)) {
        v.add("roles", FieldViolation.DUPLICATE_KEY, c);
      }
    }
    return found;
  }

  /** A new account's username, or null (REQUIRED, INVALID_CHARACTER, TOO_LONG, INVALID). */
  String username(Violations v, String username) {
    int before = violations(v);
    String u = v.identifier("username", username, true, 60);
    if (u != null && violations(v) == before && !USERNAME.matcher(u).matches()) {
      v.add("username", FieldViolation.INVALID);
      return null;
    }
    return u;
  }

  /**
   * An initial password exactly as sent (spaces kept), or null: REQUIRED, TOO_SHORT (under 8
   * characters), TOO_LONG (over 72 UTF-8 bytes, what bcrypt reads), INVALID_CHARACTER (control).
   */
  char[] password(Violations v, String password) {
    if (password == null || password.isEmpty()) {
      v.add("password", FieldViolation.REQUIRED);
      return null;
    }
    if (password.codePoints().anyMatch(Character::isISOControl)) {
      v.add("password", FieldViolation.INVALID_CHARACTER);
      return null;
    }
    if (password.codePointCount(0, password.length()) < PASSWORD_MIN) {
      v.add("password", FieldViolation.TOO_SHORT);
      return null;
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
      v.add("password", FieldViolation.TOO_LONG);
      return null;
    }
    return password.toCharArray();
  }

  private static int violations(Violations v) {
    return v.size();
  }
}
