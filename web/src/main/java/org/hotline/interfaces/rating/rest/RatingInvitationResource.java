package org.hotline.interfaces.rating.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hotline.application.rating.RatingInvitationService;

/**
 * {@code POST /api/service-records/{id}/rating-invitation} (officer, chief, agency of the record's
 * unit; admin): an officer's one-time invitation to rate (邀码) tied to that service record → {@code
 * 201 {ratingUrl: "/r/{token}", targetId, targetName, serviceRecordId, expiresAt}}; {@code 404
 * NOT_FOUND} for an unknown record or another unit's, {@code 409 RATING_TARGET_MISSING} when
 * neither the officer nor the unit has a code in force. One invitation per record ({@code
 * -Dhotline.rating.invitations-per-record}, default 1): asking again answers {@code 200} with the
 * existing one ({@code created: false}).
 */
@Path("/service-records/{id}/rating-invitation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RatingInvitationResource {

  @Inject private RatingInvitationService service;

  @POST
  public Response invite(@PathParam("id") long id) {
    var invitation = service.invite(id);
    return Response.status(invitation.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(invitation)
        .build();
  }
}
