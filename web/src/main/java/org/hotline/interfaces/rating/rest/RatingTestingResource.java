package org.hotline.interfaces.rating.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hotline.application.rating.RatingTestSupport;

/**
 * Test support ({@code -Dhotline.testing=true}, admin; 404 otherwise): {@code PUT
 * /api/testing/rating-limits {"perDevice", "perNetwork"}} sets the public rating limits and clears
 * the counts, {@code DELETE} restores the configured limits.
 */
@Path("/testing/rating-limits")
@RequestScoped
public class RatingTestingResource {

  /** PUT body. */
  public record Limits(Integer perDevice, Integer perNetwork) {}

  @Inject private RatingTestSupport support;

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response set(Limits body) {
    support.resetLimits(
        body == null ? null : body.perDevice(), body == null ? null : body.perNetwork());
    return Response.noContent().build();
  }

  @DELETE
  public Response reset() {
    support.resetLimits(null, null);
    return Response.noContent().build();
  }

  /** PUT body of the burst threshold per device. */
  public record BurstDevice(Integer burstDevice) {}

  /**
   * {@code PUT /api/testing/rating-limits/flags {"burstDevice"}}: the device burst threshold, as a
   * configuration change would set it; {@code DELETE}: the default again.
   */
  @PUT
  @Path("flags")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response flags(BurstDevice body) {
    support.flagThreshold("burst-device", body == null ? null : body.burstDevice());
    return Response.noContent().build();
  }

  @DELETE
  @Path("flags")
  public Response defaultFlags() {
    support.flagThreshold("burst-device", null);
    return Response.noContent().build();
  }

  /** PUT body of the spot-check share. */
  public record Share(Double share) {}

  /** {@code PUT /api/testing/rating-limits/spot-check {"share"}}: the share sampled (0 to 1). */
  @PUT
  @Path("spot-check")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response spotCheck(Share body) {
    support.spotCheckShare(body == null ? null : body.share());
    return Response.noContent().build();
  }

  /** {@code DELETE /api/testing/rating-limits/spot-check}: the configured share again. */
  @DELETE
  @Path("spot-check")
  public Response configuredSpotCheck() {
    support.spotCheckShare(null);
    return Response.noContent().build();
  }
}
