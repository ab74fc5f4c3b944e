package org.hotline.application.user;

import java.time.OffsetDateTime;
import java.util.List;

/** What the administrator's account pages (账号管理) read and send. */
public final class AccountViews {

  private AccountViews() {}

  /**
   * An account as the administrator sees it.
   *
   * @param roles role codes ({@code officer}, {@code callback} …)
   * @param locked whether failed logins make its owner wait now
   * @param version what {@code If-Match} names when changing it
   * @param changes the latest changes, newest first (only when one account is read; else null)
   */
  public record Account(
      String username,
      String displayName,
      String unitCode,
      String unitName,
      List<String> roles,
      boolean active,
      boolean locked,
      long version,
      List<Change> changes) {}

  /** An account's state in the record of changes (codes as they were). */
  public record State(String displayName, String unitCode, List<String> roles, boolean active) {}

  /** One change of the record: who, when, from, to, why. */
  public record Change(
      String kind,
      String changedBy,
      String changedByName,
      OffsetDateTime changedAt,
      State from,
      State to,
      String reason) {}

  /**
   * A change asked for ({@code PUT /api/users/{username}}): every field is required; {@code
   * version} may come instead in {@code If-Match}.
   */
  public record Revision(
      String displayName,
      String unitCode,
      List<String> roles,
      Boolean active,
      Long version,
      String reason) {}

  /** A new account ({@code POST /api/users}); {@code active} defaults to true. */
  public record NewAccount(
      String username,
      String displayName,
      String unitCode,
      List<String> roles,
      Boolean active,
      String password,
      String reason) {}
}
