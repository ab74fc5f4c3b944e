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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hotline.application.rating.RatingStatisticsRow;
import org.hotline.application.rating.RatingSupervisionService;
import org.hotline.application.rating.RatingView;

/**
 * Supervision of ratings (扫码评警): {@code GET /api/ratings?month=yyyy-MM&unit=}, {@code POST
 * /api/ratings/{id}/exclude {"reason"}} (director, admin), {@code GET
 * /api/ratings/statistics?month=&unit=} (per target: ratings, raw satisfied rate, excluded, rate
 * without the excluded, verified).
 */
@Path("/ratings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {

  /** Body of an exclusion. */
  public record Exclusion(String reason) {}

  @Inject private RatingSupervisionService service;

  @GET
  public List<RatingView> list(@QueryParam("month") String month, @QueryParam("unit") String unit) {
    return service.list(month, unit);
  }

  @GET
  @Path("statistics")
  public List<RatingStatisticsRow> statistics(
      @QueryParam("month") String month, @QueryParam("unit") String unit) {
    return service.statistics(month, unit);
  }

  @POST
  @Path("{id}/exclude")
  @Consumes(MediaType.APPLICATION_JSON)
  public RatingView exclude(@PathParam("id") long id, Exclusion body) {
    return service.exclude(id, body == null ? null : body.reason());
  }
}
