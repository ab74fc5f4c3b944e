package org.hotline.interfaces.sms.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.application.sms.SmsSurveyService;
import org.hotline.application.sms.SurveyStatisticsView;
import org.hotline.application.sms.SurveyView;

/**
 * 短信满意度调查 (docs/sms.md): {@code GET /api/sms/surveys?ticketId=|serviceRecordId=} the surveys of a
 * matter with their message events and answers; {@code GET /api/sms/statistics?month=yyyy-MM}
 * figures per unit for the rankings. Centre roles only.
 */
@Path("/sms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SmsSurveyResource {

  @Inject private SmsSurveyService service;

  @GET
  @Path("surveys")
  public List<SurveyView> surveys(
      @QueryParam("ticketId") String ticketId,
      @QueryParam("serviceRecordId") String serviceRecordId) {
    Violations v = new Violations();
    Long ticket = id(v, "ticketId", ticketId);
    Long record = id(v, "serviceRecordId", serviceRecordId);
    v.throwIfAny();
    return service.of(ticket, record);
  }

  @GET
  @Path("statistics")
  public SurveyStatisticsView statistics(
      @QueryParam("month") String month, @QueryParam("unit") String unit) {
    return service.statistics(month, unit);
  }

  private static Long id(Violations v, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(value.strip());
      if (id < 1) {
        v.add(field, FieldViolation.INVALID);
      }
      return id;
    } catch (NumberFormatException e) {
      v.add(field, FieldViolation.INVALID);
      return null;
    }
  }
}
