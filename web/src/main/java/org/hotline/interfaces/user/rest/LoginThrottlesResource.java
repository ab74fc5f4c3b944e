package org.hotline.interfaces.user.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hotline.application.user.AccountUnlockService;

/**
 * {@code GET /api/login-throttles} (administrator, 受限账号): the accounts with failed logins counted
 * now — username, name, unit, failures, seconds still to wait — and the record of the latest
 * unlocks (who unlocked whom, when, failures cleared). The page {@code users.html} unlocks with
 * {@code POST /api/users/{username}/unlock}. Other roles get 403.
 */
@Path("/login-throttles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LoginThrottlesResource {

  @Inject private AccountUnlockService unlocks;

  @GET
  public AccountUnlockService.Standing standing() {
    return unlocks.standing();
  }
}
