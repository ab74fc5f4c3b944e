package org.hotline.interfaces.rating.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hotline.application.rating.PublicRatingCode;
import org.hotline.application.rating.PublicRatingService;

/**
 * The public rating endpoints (no login; 扫码评警): {@code GET /api/public/rating-codes/{token}} — what a
 * scanned code stands for, or {@code 404 RATING_CODE_UNKNOWN} / {@code 404 RATING_CODE_REVOKED}.
 */
@Path("/public/rating-codes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicRatingResource {

  @Inject
  private PublicRatingService service;

  @GET
  @Path("{token}")
  public PublicRatingCode lookup(@PathParam("token") String token) {
    return service.lookup(token);
  }
}
