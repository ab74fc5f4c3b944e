package org.hotline.domain.model.user;

import java.util.Optional;

public interface UserRepository {

  Optional<AppUser> findByUsername(String username);

  void save(AppUser user);

  /** Writes pending changes now (an account's new version; optimistic lock conflicts). */
  void flush();

  /** Active users of the unit holding any of the roles. */
  java.util.List<AppUser> inUnit(String unitCode, java.util.Set<Role> roles);

  /**
   * Every account, active or not, whose username, display name, unit name or unit code contains
   * {@code text} (any case; every account when null), by username, at most {@code limit}.
   */
  java.util.List<AppUser> search(String text, int limit);

  /** Active users holding the role. */
  java.util.List<AppUser> withRole(Role role);
}
