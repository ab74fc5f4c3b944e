package org.hotline.interfaces.catalogue.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.hotline.application.catalogue.CatalogueCommand;
import org.hotline.application.catalogue.CatalogueItemView;
import org.hotline.application.catalogue.CatalogueService;

/** The responsibility catalogue (职责清单): what each unit and agency is responsible for. */
@Path("/catalogue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

  /** Create / revise body; {@code reason} is required for every change. */
  public record ItemRequest(
      String code,
      String unitCode,
      String title,
      String duties,
      List<String> categoryCodes,
      List<String> keywords,
      String reason) {}

  /** Retire body. */
  public record RetireRequest(String reason) {}

  @Inject private CatalogueService catalogue;

  @Context private UriInfo uri;

  @GET
  public List<CatalogueItemView> list(
      @QueryParam("unit") String unit, @QueryParam("retired") boolean retired) {
    return catalogue.list(unit, retired);
  }

  @GET
  @Path("{code}/versions")
  public List<CatalogueItemView> versions(@PathParam("code") String code) {
    return catalogue.versions(code);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(ItemRequest body) {
    CatalogueItemView created = catalogue.create(command(body, null));
    return Response.created(
            uri.getAbsolutePathBuilder().path(created.code()).path("versions").build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CatalogueItemView update(@PathParam("code") String code, ItemRequest body) {
    return catalogue.update(code, command(body, code));
  }

  @POST
  @Path("{code}/retire")
  @Consumes(MediaType.APPLICATION_JSON)
  public CatalogueItemView retire(@PathParam("code") String code, RetireRequest body) {
    return catalogue.retire(code, body == null ? null : body.reason());
  }

  private static CatalogueCommand command(ItemRequest b, String code) {
    ItemRequest r = b == null ? new ItemRequest(null, null, null, null, null, null, null) : b;
    return new CatalogueCommand(
        code == null ? r.code() : code,
        r.unitCode(),
        r.title(),
        r.duties(),
        r.categoryCodes(),
        r.keywords(),
        r.reason());
  }
}
