package org.hotline.interfaces.deadline.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hotline.application.extension.ExtensionService;
import org.hotline.application.extension.ExtensionView;
import org.hotline.application.slip.SlipView;
import org.hotline.application.slip.SupervisionSlipService;
import org.hotline.application.ticket.RectificationService;
import org.hotline.application.ticket.TicketView;

/**
 * The deadline side of a ticket: extensions (延期), rectification report (整改反馈), re-visit (复访) and
 * the supervision slips that concern it.
 */
@Path("/tickets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketDeadlineResource {

  /** POST /api/tickets/{id}/extensions */
  public record ExtensionBody(String reason, String newDeadline) {}

  /** POST /api/tickets/{id}/extensions/{requestId}/decision */
  public record DecisionBody(Boolean approve, String note) {}

  /** POST /api/tickets/{id}/rectification-report */
  public record ReportBody(String report) {}

  /** POST /api/tickets/{id}/revisit */
  public record RevisitBody(String result, String note) {}

  @Inject private ExtensionService extensions;

  @Inject private RectificationService rectification;

  @Inject private SupervisionSlipService slips;

  @GET
  @Path("{id}/extensions")
  public List<ExtensionView> extensions(@PathParam("id") long id) {
    return extensions.ofTicket(id);
  }

  @POST
  @Path("{id}/extensions")
  public ExtensionView requestExtension(@PathParam("id") long id, ExtensionBody body) {
    ExtensionBody b = body == null ? new ExtensionBody(null, null) : body;
    return extensions.request(id, b.reason(), b.newDeadline());
  }

  @POST
  @Path("{id}/extensions/{requestId}/decision")
  public ExtensionView decide(
      @PathParam("id") long id, @PathParam("requestId") long requestId, DecisionBody body) {
    DecisionBody b = body == null ? new DecisionBody(null, null) : body;
    return extensions.decide(id, requestId, b.approve(), b.note());
  }

  @POST
  @Path("{id}/rectification-report")
  public TicketView reportRectification(@PathParam("id") long id, ReportBody body) {
    return rectification.report(id, body == null ? null : body.report());
  }

  @POST
  @Path("{id}/revisit")
  public TicketView revisit(@PathParam("id") long id, RevisitBody body) {
    RevisitBody b = body == null ? new RevisitBody(null, null) : body;
    return rectification.revisit(id, b.result(), b.note());
  }

  @GET
  @Path("{id}/slips")
  public List<SlipView> slips(@PathParam("id") long id) {
    return slips.ofTicket(id);
  }
}
