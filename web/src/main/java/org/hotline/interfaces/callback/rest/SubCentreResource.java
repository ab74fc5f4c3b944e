package org.hotline.interfaces.callback.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.hotline.application.callback.SubCentreService;
import org.hotline.application.callback.SubCentreService.SubCentreView;

/**
 * Sub-centres (分中心): {@code GET /api/sub-centres} (centre roles), {@code POST /api/sub-centres
 * {"code", "name", "sortOrder", "units", "agents"}} and {@code PUT /api/sub-centres/{code} {"name",
 * "sortOrder", "active", "units", "agents"}} (admin; {@code active: false} retires it).
 */
@Path("/sub-centres")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubCentreResource {

  /** POST body. */
  public record NewSubCentre(
      String code, String name, Integer sortOrder, List<String> units, List<String> agents) {}

  /** PUT body: fields left out (null) stay as they are. */
  public record SubCentreChange(
      String name, Integer sortOrder, Boolean active, List<String> units, List<String> agents) {}

  @Inject private SubCentreService service;

  @GET
  public List<SubCentreView> list() {
    return service.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewSubCentre body) {
    NewSubCentre b = body == null ? new NewSubCentre(null, null, null, null, null) : body;
    SubCentreView created =
        service.create(b.code(), b.name(), b.sortOrder(), b.units(), b.agents());
    return Response.created(URI.create("sub-centres/" + created.code())).entity(created).build();
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public SubCentreView update(@PathParam("code") String code, SubCentreChange body) {
    SubCentreChange b = body == null ? new SubCentreChange(null, null, null, null, null) : body;
    return service.update(code, b.name(), b.sortOrder(), b.active(), b.units(), b.agents());
  }
}
