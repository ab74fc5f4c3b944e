package org.hotline.interfaces.calendar.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.hotline.application.calendar.CalendarDayView;
import org.hotline.application.calendar.CalendarService;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.ValidationException;

/** The working-day calendar: holidays and swapped working days (调休); edited by admin. */
@Path("/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

  /** PUT body. */
  public record CalendarDayRequest(Boolean working, String note) {}

  @Inject private CalendarService calendar;

  @GET
  public List<CalendarDayView> year(@QueryParam("year") java.time.Year year) {
    return calendar.year(year == null ? LocalDate.now().getYear() : year.getValue());
  }

  @PUT
  @Path("{date}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CalendarDayView set(@PathParam("date") String date, CalendarDayRequest body) {
    CalendarDayRequest b = body == null ? new CalendarDayRequest(null, null) : body;
    return calendar.set(parse(date), b.working(), b.note());
  }

  @DELETE
  @Path("{date}")
  public Response remove(@PathParam("date") String date) {
    calendar.remove(parse(date));
    return Response.noContent().build();
  }

  private static LocalDate parse(String date) {
    return org.hotline.domain.model.shared.CalendarText.date(date)
        .orElseThrow(
            () ->
                new ValidationException(
                    List.of(new FieldViolation("date", FieldViolation.INVALID))));
  }
}
