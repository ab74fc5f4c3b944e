package org.hotline.application.user;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Who am I: user, roles, unit. */
@Stateless
@PermitAll
public class MeService {

  @Inject private CurrentUser currentUser;

  public UserView me() {
    return UserView.of(currentUser.get());
  }
}
