package org.hotline.interfaces.rating.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.hotline.application.rating.RatingCodePrints;
import org.hotline.application.rating.RatingTargetInput;
import org.hotline.application.rating.RatingTargetService;
import org.hotline.application.rating.RatingTargetView;
import org.hotline.interfaces.rest.ProblemMessages;

/**
 * Rating targets (评价对象) and their QR codes (扫码评警, issue 15): {@code GET /api/rating-targets?unit=},
 * {@code POST /api/rating-targets} (admin), {@code GET /api/rating-targets/{id}}, {@code POST
 * /api/rating-targets/{id}/revoke {"reason"}} and {@code /reissue {"reason"}} (admin), {@code GET
 * /api/rating-targets/{id}/qr.png}, {@code GET /api/rating-targets/qr-sheet.pdf?unit=}.
 */
@Path("/rating-targets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RatingTargetResource {

  /** Body of revoke and reissue. */
  public record Reason(String reason) {}

  @Inject private RatingTargetService service;

  @Inject private RatingCodePrints prints;

  @Context private UriInfo uri;

  @Context private HttpHeaders headers;

  @GET
  public List<RatingTargetView> list(@QueryParam("unit") String unitCode) {
    return service.list(unitCode);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(RatingTargetInput body) {
    RatingTargetInput b = body == null ? new RatingTargetInput(null, null, null, null) : body;
    RatingTargetView created = service.create(b);
    return Response.created(URI.create("rating-targets/" + created.id())).entity(created).build();
  }

  @GET
  @Path("{id}")
  public RatingTargetView get(@PathParam("id") long id) {
    return service.get(id);
  }

  @POST
  @Path("{id}/revoke")
  @Consumes(MediaType.APPLICATION_JSON)
  public RatingTargetView revoke(@PathParam("id") long id, Reason body) {
    return service.revoke(id, body == null ? null : body.reason());
  }

  @POST
  @Path("{id}/reissue")
  @Consumes(MediaType.APPLICATION_JSON)
  public RatingTargetView reissue(@PathParam("id") long id, Reason body) {
    return service.reissue(id, body == null ? null : body.reason());
  }

  @GET
  @Path("{id}/qr.png")
  @Produces("image/png")
  public Response qr(@PathParam("id") long id) {
    return Response.ok(prints.png(id, origin()), "image/png")
        .header("Content-Disposition", "inline; filename=\"rating-code-" + id + ".png\"")
        .build();
  }

  @GET
  @Path("qr-sheet.pdf")
  @Produces("application/pdf")
  public Response sheet(@QueryParam("unit") String unitCode) {
    return Response.ok(
            prints.sheet(unitCode, origin(), ProblemMessages.locale(headers)), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"rating-codes.pdf\"")
        .build();
  }

  private String origin() {
    URI base = uri.getBaseUri();
    return base.getScheme() + "://" + base.getRawAuthority();
  }
}
