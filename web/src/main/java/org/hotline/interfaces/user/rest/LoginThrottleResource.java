package org.hotline.interfaces.user.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.logging.Logger;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.application.user.AccountUnlockService;
import org.hotline.domain.model.user.Role;
import org.hotline.infrastructure.security.LoginThrottle;

/**
 * 登录限速 of an account, for the administrator: {@code GET /api/users/{username}/login-throttle} shows
 * the failures counted, {@code POST /api/users/{username}/unlock} clears them so the owner may log
 * in at once and records the unlock (see {@code GET /api/login-throttles}, {@link
 * LoginThrottlesResource}). Other roles get 403, anonymous callers 401.
 */
@Path("/users/{username}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LoginThrottleResource {

  private static final Logger LOG = Logger.getLogger(LoginThrottleResource.class.getName());

  /** The account's standing: failures counted now, and those an unlock cleared. */
  public record ThrottleView(String username, int failures, Integer cleared) {}

  @Context private SecurityContext security;

  @Inject private AccountUnlockService unlocks;

  @GET
  @Path("login-throttle")
  public ThrottleView state(@PathParam("username") String username) {
    requireAdmin();
    checkUsername(username);
    return new ThrottleView(
        username, LoginThrottle.INSTANCE.accountFailures(username, Instant.now()), null);
  }

  @POST
  @Path("unlock")
  public ThrottleView unlock(@PathParam("username") String username) {
    requireAdmin();
    checkUsername(username);
    // cleared and recorded (who unlocked whom, when: GET /api/login-throttles)
    int cleared = unlocks.unlock(username);
    LOG.info(() -> security.getUserPrincipal().getName() + " unlocked the login of " + username);
    return new ThrottleView(username, 0, cleared);
  }

  /**
   * The username exactly as sent ({@link Violations#identifier}): an invisible character or a blank
   * at either end ({@code officer\u200b}) is a 400 INVALID_CHARACTER, not another account's state.
   */
  private static void checkUsername(String username) {
    Violations v = new Violations();
    v.identifier("username", username, true, 100);
    v.throwIfAny();
  }

  private void requireAdmin() {
    if (security.getUserPrincipal() == null) {
      throw new HotlineException(ErrorCode.UNAUTHENTICATED);
    }
    if (!security.isUserInRole(Role.ADMIN_ROLE)) {
      throw new HotlineException(ErrorCode.FORBIDDEN);
    }
  }
}
