package org.hotline.interfaces.user.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.hotline.application.user.AccountService;
import org.hotline.application.user.AccountViews;
import org.hotline.application.user.UserDirectoryService;

/**
 * {@code GET /api/users?role=chief&unit=PS-CHENGGUAN}: people to pick by name (see
 * UserDirectoryService).
 */
@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserDirectoryResource {

  @Inject private UserDirectoryService directory;

  @Inject private AccountService accounts;

  /**
   * {@code POST /api/users {"username", "displayName", "unitCode", "roles", "active", "password",
   * "reason"}} (administrator, 新建账号) → 201 with {@code Location} and the account.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(AccountViews.NewAccount account) {
    AccountViews.Account a = accounts.create(account);
    // relative: resolved against the application's base URI (/api/)
    return Response.created(URI.create("users/" + a.username()))
        .tag(AccountResource.tag(a))
        .entity(a)
        .build();
  }

  /**
   * @param role the role (required)
   * @param unit a unit code (optional)
   * @return the people, by name
   */
  @GET
  public List<UserDirectoryService.Person> people(
      @QueryParam("role") String role, @QueryParam("unit") String unit) {
    return directory.withRole(role, unit);
  }
}
