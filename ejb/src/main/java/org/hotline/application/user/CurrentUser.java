package org.hotline.application.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.domain.model.ticket.Actor;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.UserRepository;

/** The logged-in user of this request, loaded once per request. */
@RequestScoped
public class CurrentUser {

  @Inject private Principal principal;

  @Inject private UserRepository users;

  private AppUser user;

  public AppUser get() {
    if (user == null) {
      String name = principal == null ? null : principal.getName();
      if (name == null || "anonymous".equals(name)) {
        throw new HotlineException(ErrorCode.UNAUTHENTICATED);
      }
      user =
          users
              .findByUsername(name)
              .orElseThrow(() -> new HotlineException(ErrorCode.UNAUTHENTICATED));
    }
    return user;
  }

  /** The user as the actor of a history event. */
  public Actor actor() {
    AppUser u = get();
    return new Actor(u.username(), u.primaryRole().roleName(), u.unit().code());
  }
}
