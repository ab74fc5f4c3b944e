package org.hotline.interfaces.user.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hotline.application.user.AccountService;
import org.hotline.application.user.AccountViews;

/**
 * 账号管理 of one account (administrator): {@code GET /api/users/{username}} → the account (display
 * name, unit, roles, active, locked, version, latest changes) with {@code ETag: "version"}; {@code
 * PUT /api/users/{username} {"displayName", "unitCode", "roles", "active", "reason"}} with {@code
 * If-Match: "version"} (or {@code "version"} in the body) → the changed account; another
 * administrator's change since it was read is 412 {@code PRECONDITION_FAILED}. Other roles 403.
 */
@Path("/users/{username}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

  @Inject private AccountService accounts;

  @GET
  public Response get(@PathParam("username") String username) {
    AccountViews.Account a = accounts.get(username);
    return Response.ok(a).tag(tag(a)).build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(
      @PathParam("username") String username,
      @HeaderParam("If-Match") String ifMatch,
      AccountViews.Revision revision) {
    AccountViews.Account a = accounts.update(username, revision, version(ifMatch));
    return Response.ok(a).tag(tag(a)).build();
  }

  static EntityTag tag(AccountViews.Account a) {
    return new EntityTag(Long.toString(a.version()));
  }

  /**
   * The version an {@code If-Match} names: null when absent or {@code *}; a tag that is no version
   * of ours (never matches: 412).
   */
  static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return null;
    }
    String t = ifMatch.trim();
    if (t.startsWith("W/")) {
      t = t.substring(2);
    }
    t = t.replace("\"", "");
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      return Long.MIN_VALUE;
    }
  }
}
