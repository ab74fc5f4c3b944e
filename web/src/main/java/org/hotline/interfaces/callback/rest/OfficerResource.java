package org.hotline.interfaces.callback.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hotline.application.callback.OfficerService;
import org.hotline.application.callback.OfficerView;

/**
 * {@code GET /api/officers?unit=}: the officers (民警) with their badge numbers, of all units or one.
 */
@Path("/officers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OfficerResource {

  @Inject private OfficerService officers;

  @GET
  public List<OfficerView> list(@QueryParam("unit") String unitCode) {
    return officers.list(unitCode);
  }
}
