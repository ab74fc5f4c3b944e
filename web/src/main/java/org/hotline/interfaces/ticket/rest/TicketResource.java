package org.hotline.interfaces.ticket.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.List;
import org.hotline.application.duplicate.DuplicateFinder;
import org.hotline.application.routing.RoutingProposal;
import org.hotline.application.routing.RoutingService;
import org.hotline.application.ticket.CallbackCommand;
import org.hotline.application.ticket.IntakeCommand;
import org.hotline.application.ticket.IntakeResult;
import org.hotline.application.ticket.PageView;
import org.hotline.application.ticket.TicketEventView;
import org.hotline.application.ticket.TicketHandlingService;
import org.hotline.application.ticket.TicketIntakeService;
import org.hotline.application.ticket.TicketListQuery;
import org.hotline.application.ticket.TicketQueryService;
import org.hotline.application.ticket.TicketRoutingService;
import org.hotline.application.ticket.TicketSheetService;
import org.hotline.application.ticket.TicketView;
import org.hotline.application.transfer.TransferService;
import org.hotline.application.transfer.TransferView;
import org.hotline.interfaces.rest.ProblemMessages;
import org.hotline.interfaces.ticket.rest.TicketRequests.Arbitrate;
import org.hotline.interfaces.ticket.rest.TicketRequests.Assign;
import org.hotline.interfaces.ticket.rest.TicketRequests.Callback;
import org.hotline.interfaces.ticket.rest.TicketRequests.Intake;
import org.hotline.interfaces.ticket.rest.TicketRequests.Reply;
import org.hotline.interfaces.ticket.rest.TicketRequests.Return;
import org.hotline.interfaces.ticket.rest.TicketRequests.Review;

/** Tickets (工单): intake, listing, detail, history, the handling actions and the printable sheet. */
@Path("/tickets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {

  @Inject private TicketIntakeService intake;

  @Inject private TicketHandlingService handling;

  @Inject private TicketRoutingService routingActions;

  @Inject private TicketQueryService queries;

  @Inject private TicketSheetService sheets;

  @Inject private RoutingService routing;

  @Inject private DuplicateFinder duplicates;

  @Inject private org.hotline.application.routing.TriageHintService triageHints;

  @Inject private TransferService transfers;

  @Context private UriInfo uri;

  /** The request's Accept-Language: the language of reasons worded for people. */
  @Context private HttpHeaders headers;

  /** 受理. 201 with Location; a retry with the same Idempotency-Key returns the same ticket. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response log(Intake body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
    Intake b =
        body == null
            ? new Intake(null, null, null, null, null, null, null, null, null, null, null)
            : body;
    IntakeResult result =
        intake.log(
            new IntakeCommand(
                b.channel(),
                b.callerName(),
                b.callerPhone(),
                b.confidential(),
                b.address(),
                b.areaCode(),
                b.categoryCode(),
                b.urgency(),
                b.content(),
                b.directAnswer(),
                b.transferReference()),
            idempotencyKey);
    TicketView ticket = result.ticket();
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(ticket.id())).build())
        .header("Idempotent-Replayed", String.valueOf(result.replayed()))
        .entity(ticket)
        .build();
  }

  @GET
  public PageView<TicketView> list(
      @QueryParam("status") String status,
      @QueryParam("unit") String unit,
      @QueryParam("q") String q,
      @QueryParam("phone") String phone,
      @QueryParam("callbackDue") Boolean callbackDue,
      @QueryParam("order") String order,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @QueryParam("category") String category,
      @QueryParam("area") String area,
      @QueryParam("channel") String channel,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("assisting") Boolean assisting,
      @QueryParam("overdue") Boolean overdue,
      @QueryParam("slipProposed") Boolean slipProposed,
      @QueryParam("urgency") String urgency,
      @QueryParam("repeatCalls") Boolean repeatCalls,
      @QueryParam("minAgeHours") Integer minAgeHours,
      @QueryParam("maxAgeHours") Integer maxAgeHours,
      @QueryParam("merged") Boolean merged) {
    return queries.list(
        new TicketListQuery(
            status,
            unit,
            q,
            phone,
            callbackDue,
            order,
            page,
            size,
            category,
            area,
            channel,
            from,
            to,
            assisting,
            overdue,
            slipProposed,
            urgency,
            repeatCalls,
            minAgeHours,
            maxAgeHours,
            merged));
  }

  @GET
  @Path("{id}")
  public TicketView get(@PathParam("id") long id) {
    return queries.get(id);
  }

  @GET
  @Path("{id}/history")
  public List<TicketEventView> history(@PathParam("id") long id) {
    return queries.history(id);
  }

  /**
   * 重复件 of a call being logged: same phone, or same area with similar content (operator,
   * dispatcher).
   */
  @GET
  @Path("duplicates")
  public List<DuplicateFinder.Candidate> duplicatesOfCall(
      @QueryParam("phone") String phone,
      @QueryParam("area") String area,
      @QueryParam("content") String content) {
    return duplicates.forCall(phone, area, content);
  }

  /** 重复件 of a logged ticket. */
  @GET
  @Path("{id}/duplicates")
  public List<DuplicateFinder.Candidate> duplicatesOfTicket(@PathParam("id") long id) {
    return duplicates.forTicket(id);
  }

  /**
   * 研判提示 of a page of the dispatcher's queue in one request: for each id of {@code ?ids=1,2,3} (at
   * most 200) the three proposals and the likely repeat calls, as {@code /{id}/suggestions} and
   * {@code /{id}/duplicates} give them one by one.
   */
  @GET
  @Path("triage-hints")
  public List<org.hotline.application.routing.TriageHintService.TriageHints> triageHints(
      @QueryParam("ids") String ids) {
    return triageHints.forTickets(ids, ProblemMessages.locale(headers));
  }

  /**
   * 研判建议: the three most likely destinations, each with its score, catalogue item and reasons
   * (sentences in the request's language, Chinese unless {@code Accept-Language: en}; {@code why}
   * holds their codes).
   */
  @GET
  @Path("{id}/suggestions")
  public List<RoutingProposal> suggestions(@PathParam("id") long id) {
    return routing.proposals(id, ProblemMessages.locale(headers));
  }

  /** The ticket detail sheet (工单详情单) as PDF: Chinese unless {@code Accept-Language: en}. */
  @GET
  @Path("{id}/sheet.pdf")
  @Produces("application/pdf")
  public Response sheet(@PathParam("id") long id) {
    TicketSheetService.Sheet sheet = sheets.pdf(id, ProblemMessages.locale(headers));
    return Response.ok(sheet.pdf())
        .header("Content-Disposition", "inline; filename=\"ticket-" + sheet.number() + ".pdf\"")
        .build();
  }

  @POST
  @Path("{id}/assign")
  @Consumes(MediaType.APPLICATION_JSON)
  public TicketView assign(@PathParam("id") long id, Assign body) {
    Assign b = body == null ? new Assign(null, null, null, null) : body;
    return routingActions.assign(
        id, b.unitCode(), b.note(), b.catalogueItemCode(), b.assistingUnitCodes());
  }

  /**
   * 协办: an assisting unit replies on its part (the main unit replies on the whole after every
   * part).
   */
  @POST
  @Path("{id}/assist-reply")
  @Consumes(MediaType.APPLICATION_JSON)
  public TicketView assistReply(@PathParam("id") long id, Reply body) {
    return handling.assistReply(id, body == null ? null : body.text());
  }

  /**
   * 退单 by the owner unit: not its duty, citing the catalogue item; within 2 working days of
   * assignment.
   */
  @POST
  @Path("{id}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  public TicketView returnTicket(@PathParam("id") long id, Return body) {
    Return b = body == null ? new Return(null, null) : body;
    return routingActions.returnTicket(id, b.reason(), b.catalogueItemCode());
  }

  /** 重复件合并 (dispatcher): this repeat call joins the main ticket, keeping its own record. */
  @POST
  @Path("{id}/merge")
  @Consumes(MediaType.APPLICATION_JSON)
  public TicketView merge(@PathParam("id") long id, TicketRequests.Merge body) {
    TicketRequests.Merge b = body == null ? new TicketRequests.Merge(null, null) : body;
    return routingActions.merge(id, b.mainTicketId(), b.reason());
  }

  /** 取消合并 (dispatcher): the call becomes a ticket of its own again, back in triage. */
  @POST
  @Path("{id}/unmerge")
  @Consumes(MediaType.APPLICATION_JSON)
  public TicketView unmerge(@PathParam("id") long id, TicketRequests.Unmerge body) {
    return routingActions.unmerge(id, body == null ? null : body.reason());
  }

  /** 转办记录: transfers to 12345 (diversions) and from 110, with what the other side fed back. */
  @GET
  @Path("{id}/transfers")
  public List<TransferView> transfers(@PathParam("id") long id) {
    return transfers.ofTicket(id);
  }

  @POST
  @Path("{id}/transfers/{transferId}/feedback")
  @Consumes(MediaType.APPLICATION_JSON)
  public TransferView transferFeedback(
      @PathParam("id") long id,
      @PathParam("transferId") long transferId,
      TicketRequests.TransferFeedback body) {
    TicketRequests.TransferFeedback b =
        body == null ? new TicketRequests.TransferFeedback(null, null, null) : body;
    return transfers.feedback(id, transferId, b.externalReference(), b.externalStatus(), b.note());
  }

  /** The calls merged into this ticket. */
  @GET
  @Path("{id}/merged")
  public List<TicketView> mergedCalls(@PathParam("id") long id) {
    return queries.mergedCalls(id);
  }

  /**
   * 改派 by the dispatcher: a ticket being handled moves to another unit (same body as arbitrate).
   */
  @POST
  @Path("{id}/reroute")
  @Consumes(MediaType.APPLICATION_JSON)
  public TicketView reroute(@PathParam("id") long id, Arbitrate body) {
    Arbitrate b = body == null ? new Arbitrate(null, null, null) : body;
    return routingActions.reroute(id, b.unitCode(), b.reason(), b.catalogueItemCode());
  }

  /** 裁定 by the dispatcher: binding; required after two returns. */
  @POST
  @Path("{id}/arbitrate")
  @Consumes(MediaType.APPLICATION_JSON)
  public TicketView arbitrate(@PathParam("id") long id, Arbitrate body) {
    Arbitrate b = body == null ? new Arbitrate(null, null, null) : body;
    return routingActions.arbitrate(id, b.unitCode(), b.reason(), b.catalogueItemCode());
  }

  @POST
  @Path("{id}/sign")
  public TicketView sign(@PathParam("id") long id) {
    return handling.sign(id);
  }

  @POST
  @Path("{id}/reply")
  @Consumes(MediaType.APPLICATION_JSON)
  public TicketView reply(@PathParam("id") long id, Reply body) {
    return handling.reply(id, body == null ? null : body.text());
  }

  @POST
  @Path("{id}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  public TicketView review(@PathParam("id") long id, Review body) {
    Review b = body == null ? new Review(null, null) : body;
    return handling.review(id, b.approved(), b.comment());
  }

  /** 所长审核 of an officer's reply (chief of the owner unit); a comment is required to send back. */
  @POST
  @Path("{id}/chief-review")
  @Consumes(MediaType.APPLICATION_JSON)
  public TicketView chiefReview(@PathParam("id") long id, Review body) {
    Review b = body == null ? new Review(null, null) : body;
    return handling.chiefReview(id, b.approved(), b.comment());
  }

  @POST
  @Path("{id}/callback")
  @Consumes(MediaType.APPLICATION_JSON)
  public TicketView callback(@PathParam("id") long id, Callback body) {
    Callback b = body == null ? new Callback(null, null, null, null) : body;
    return handling.callback(id, new CallbackCommand(b.result(), b.reasons(), b.note(), b.tags()));
  }
}
