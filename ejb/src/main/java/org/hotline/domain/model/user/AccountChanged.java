package org.hotline.domain.model.user;

/**
 * 账号已变更: fired as a CDI event inside the transaction of an administrator's change, after the
 * account was saved, so that what depends on a user's unit, roles or active flag follows at once
 * (callback claims, Camunda's mirror of admins, the sessions of the account).
 *
 * @param username the account
 * @param before its state before (null for a new account)
 * @param after its state now
 * @param changedBy the administrator's username
 */
public record AccountChanged(
    String username, AccountState before, AccountState after, String changedBy) {

  /** Whether a callback agent's claims may have lost their right (moved, de-roled, deactivated). */
  public boolean callbackRightLost() {
    return before != null
        && before.roles().contains(Role.CALLBACK)
        && !after.keepsCallbackRightOf(before);
  }

  /** Whether the roles or the active flag changed (what the login identity holds). */
  public boolean identityChanged() {
    return before == null
        || before.active() != after.active()
        || !before.roles().equals(after.roles());
  }
}
