package org.hotline.interfaces.ticket.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.hotline.application.ticket.CallerPhoneCheck;

/**
 * {@code GET /api/caller-phones/check?number=}: whether a caller's number is complete and valid by
 * the intake's rule ({@code {"valid":true,"e164":"+8613912345678"}} or {@code {"valid":false}}),
 * for the intake form to refuse it next to the field (operator, dispatcher, callback).
 */
@Path("caller-phones")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallerPhoneResource {

  @Inject private CallerPhoneCheck phones;

  @GET
  @Path("check")
  public CallerPhoneCheck.Result check(@QueryParam("number") String number) {
    return phones.check(number);
  }
}
