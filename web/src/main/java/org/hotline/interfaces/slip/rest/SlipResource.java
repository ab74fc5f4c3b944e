package org.hotline.interfaces.slip.rest;

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
import java.util.List;
import org.hotline.application.slip.IssueSlipCommand;
import org.hotline.application.slip.SlipRegister;
import org.hotline.application.slip.SlipSheetService;
import org.hotline.application.slip.SlipView;
import org.hotline.application.slip.SupervisionSlipService;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.interfaces.rest.ProblemMessages;

/** 局长督办单: issue, the head's steps, the director's review, the register and the A4 PDF. */
@Path("/slips")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlipResource {

  /** POST /api/slips */
  public record IssueBody(
      String title,
      String requirements,
      String deadline,
      String supervisorUsername,
      String unitCode,
      String headUsername,
      List<Long> ticketIds) {}

  /** POST /api/slips/{id}/handle | callback (note) and /report (report) */
  public record NoteBody(String note, String report) {}

  /** POST /api/slips/{id}/review */
  public record ReviewBody(Boolean accepted, String note) {}

  @Inject private SupervisionSlipService slips;

  @Inject private SlipSheetService sheets;

  @Context private UriInfo uri;

  @POST
  public Response issue(IssueBody body) {
    IssueBody b = body == null ? new IssueBody(null, null, null, null, null, null, null) : body;
    SlipView slip =
        slips.issue(
            new IssueSlipCommand(
                b.title(),
                b.requirements(),
                b.deadline(),
                b.supervisorUsername(),
                b.unitCode(),
                b.headUsername(),
                b.ticketIds()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(slip.id())).build())
        .entity(slip)
        .build();
  }

  /** 督办台账: ?year=2026&unit=PS-CHENGGUAN&status=RESOLVED, with the year's issued/resolved counts. */
  @GET
  public SlipRegister register(
      @QueryParam("year") java.time.Year year,
      @QueryParam("unit") String unit,
      @QueryParam("status") String status) {
    int y = year == null ? BusinessTime.localDate(BusinessTime.now()).getYear() : year.getValue();
    return slips.register(y, unit, status);
  }

  @GET
  @Path("{id}")
  public SlipView get(@PathParam("id") long id) {
    return slips.get(id);
  }

  @POST
  @Path("{id}/acknowledge")
  public SlipView acknowledge(@PathParam("id") long id) {
    return slips.acknowledge(id);
  }

  @POST
  @Path("{id}/handle")
  public SlipView handle(@PathParam("id") long id, NoteBody body) {
    return slips.handle(id, body == null ? null : body.note());
  }

  @POST
  @Path("{id}/callback")
  public SlipView callBack(@PathParam("id") long id, NoteBody body) {
    return slips.callBack(id, body == null ? null : body.note());
  }

  @POST
  @Path("{id}/report")
  public SlipView report(@PathParam("id") long id, NoteBody body) {
    return slips.report(id, body == null ? null : body.report());
  }

  @POST
  @Path("{id}/review")
  public SlipView review(@PathParam("id") long id, ReviewBody body) {
    ReviewBody b = body == null ? new ReviewBody(null, null) : body;
    return slips.review(id, b.accepted(), b.note());
  }

  /** The printable A4 slip: Chinese unless {@code Accept-Language: en}. */
  @GET
  @Path("{id}/sheet.pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("id") long id, @Context HttpHeaders headers) {
    SlipSheetService.Sheet sheet = sheets.pdf(id, ProblemMessages.locale(headers));
    return Response.ok(sheet.pdf(), "application/pdf")
        .header(
            "Content-Disposition", "inline; filename=\"supervision-slip-" + sheet.id() + ".pdf\"")
        .build();
  }
}
