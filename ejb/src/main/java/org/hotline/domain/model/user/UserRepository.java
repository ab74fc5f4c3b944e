package org.hotline.domain.model.user;

import java.util.Optional;

public interface UserRepository {

  Optional<AppUser> findByUsername(String username);

  void save(AppUser user);

  /** Active users holding the role. */
  java.util.List<AppUser> withRole(Role role);
}
