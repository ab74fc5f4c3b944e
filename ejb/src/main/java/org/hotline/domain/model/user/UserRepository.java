package org.hotline.domain.model.user;

import java.util.Optional;

public interface UserRepository {

  Optional<AppUser> findByUsername(String username);

  void save(AppUser user);

  /** Active users of the unit holding any of the roles. */
  java.util.List<AppUser> inUnit(String unitCode, java.util.Set<Role> roles);

  /** Active users holding the role. */
  java.util.List<AppUser> withRole(Role role);
}
