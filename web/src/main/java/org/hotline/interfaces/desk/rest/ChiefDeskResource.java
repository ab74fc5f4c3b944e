package org.hotline.interfaces.desk.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hotline.application.desk.ChiefDesk;
import org.hotline.application.desk.ChiefDeskService;

/** 所长工作台: what the head of the caller's unit must act on. */
@Path("/desk/chief")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChiefDeskResource {

  @Inject private ChiefDeskService desk;

  @GET
  public ChiefDesk get() {
    return desk.desk();
  }
}
