package org.hotline.interfaces.rating.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hotline.application.rating.PublicRatingCode;
import org.hotline.application.rating.PublicRatingService;
import org.hotline.application.rating.RatingFingerprints;
import org.hotline.application.rating.RatingRateLimitedException;
import org.hotline.application.rating.RatingReceipt;
import org.hotline.application.rating.RatingSubmission;
import org.hotline.interfaces.rest.ProblemMessages;
import org.hotline.interfaces.rest.ProblemResponses;
import org.hotline.interfaces.rest.PublicApi;

/**
 * The public rating endpoints (no login; 扫码评警): {@code GET /api/public/rating-codes/{token}} — what
 * a scanned code stands for and the reasons to choose from — and {@code POST
 * /api/public/rating-codes/{token}/ratings} (201 with the receipt). Refusals: {@code 404
 * RATING_CODE_UNKNOWN} / {@code RATING_CODE_REVOKED}, {@code 400 VALIDATION_FAILED}, {@code 429
 * RATING_RATE_LIMITED} with {@code Retry-After}. The device fingerprint is the page's {@code
 * X-Rating-Device} header with the User-Agent, the network the client address; both are hashed.
 */
@Path("/public/rating-codes")
@PublicApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicRatingResource {

  @Inject private PublicRatingService service;

  @Context private HttpServletRequest request;

  @Context private HttpHeaders headers;

  @GET
  @Path("{token}")
  public PublicRatingCode lookup(@PathParam("token") String token) {
    return service.lookup(token, ProblemMessages.locale(headers));
  }

  @POST
  @Path("{token}/ratings")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response rate(
      @PathParam("token") String token,
      RatingSubmission body,
      @HeaderParam("X-Rating-Device") String device,
      @HeaderParam("User-Agent") String userAgent) {
    RatingSubmission b =
        body == null ? new RatingSubmission(null, null, null, null, null, null, null) : body;
    try {
      RatingReceipt receipt =
          service.rate(token, b, RatingFingerprints.of(device, userAgent, request.getRemoteAddr()));
      return Response.status(Response.Status.CREATED).entity(receipt).build();
    } catch (RatingRateLimitedException e) {
      return Response.fromResponse(ProblemResponses.of(headers, e.code(), e.retryAfterSeconds()))
          .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
          .build();
    }
  }
}
