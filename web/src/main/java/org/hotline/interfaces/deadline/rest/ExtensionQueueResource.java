package org.hotline.interfaces.deadline.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hotline.application.extension.ExtensionService;
import org.hotline.application.extension.ExtensionView;

/** 延期待中心审批: extension requests agreed by the unit's chief, for the dispatchers. */
@Path("/extensions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExtensionQueueResource {

  @Inject private ExtensionService extensions;

  @GET
  @Path("awaiting-centre")
  public List<ExtensionView> awaitingCentre() {
    return extensions.awaitingCentre();
  }
}
