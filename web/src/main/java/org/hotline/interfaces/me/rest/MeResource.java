package org.hotline.interfaces.me.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hotline.application.user.MeService;
import org.hotline.application.user.UserView;

/** GET /api/me: the logged-in user, roles and unit. */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject private MeService me;

  @GET
  public UserView me() {
    return me.me();
  }
}
