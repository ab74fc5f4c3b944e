package org.hotline.interfaces.user.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hotline.application.user.AccountService;
import org.hotline.application.user.AccountViews;

/**
 * {@code GET /api/accounts?q=} (administrator, 账号列表): every account, active or not, whose username,
 * name, unit name or unit code contains {@code q}. Other roles 403.
 */
@Path("/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

  @Inject private AccountService accounts;

  @GET
  public List<AccountViews.Account> list(@QueryParam("q") String q) {
    return accounts.list(q);
  }
}
