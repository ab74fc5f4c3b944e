package org.hotline.interfaces.rating.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hotline.application.rating.RatingStatisticsRow;
import org.hotline.application.rating.RatingSupervisionService;
import org.hotline.application.rating.RatingView;

/**
 * Supervision of ratings (扫码评警): {@code GET /api/ratings?month=yyyy-MM&unit=&page=&size=} and
 * {@code GET /api/ratings/flags?month=&unit=&flag=&page=&size=} (paged: the array of the page, the
 * total in {@code X-Total-Count}), {@code POST /api/ratings/{id}/exclude {"reason"}} (director,
 * admin), {@code GET /api/ratings/statistics?month=&unit=} (per target: ratings, raw satisfied
 * rate, excluded, rate without the excluded, verified).
 */
@Path("/ratings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {

  /** Body of a re-check: the last {@code days} days (1 to 31). */
  public record Recheck(Integer days) {}

  /** Answer of a re-check: ratings re-checked in [from, to). */
  public record Rechecked(
      int checked, java.time.OffsetDateTime from, java.time.OffsetDateTime to) {}

  @Inject private org.hotline.application.rating.RatingFlagRecheck recheck;

  /**
   * {@code POST /api/ratings/flags/recheck {"days"}} (director, admin): the flag rules run again,
   * with the thresholds in force, over the ratings of the last days, batch by batch (each in its
   * own transaction); flags are only added.
   */
  @POST
  @Path("flags/recheck")
  @Consumes(MediaType.APPLICATION_JSON)
  public Rechecked recheck(Recheck body) {
    var window = recheck.window(body == null ? null : body.days());
    int checked = 0;
    long after = 0;
    for (var b = recheck.batch(window, after); b.checked() > 0; b = recheck.batch(window, after)) {
      checked += b.checked();
      after = b.lastId();
    }
    return new Rechecked(
        checked,
        org.hotline.domain.model.shared.BusinessTime.display(window.from()),
        org.hotline.domain.model.shared.BusinessTime.display(window.to()));
  }

  /** Body of an exclusion. */
  public record Exclusion(String reasonCode, String reason) {}

  @Inject private RatingSupervisionService service;

  @Inject private org.hotline.application.rating.RatingAuthenticityService authenticity;

  @jakarta.ws.rs.core.Context private jakarta.ws.rs.core.HttpHeaders headers;

  /**
   * The month's authenticity flags with their evidence ({@code flag} one of {@code BURST_DEVICE},
   * {@code BURST_NETWORK}, {@code BURST_PHONE}, {@code ODD_HOURS}, {@code NO_SERVICE_NEARBY},
   * {@code SINGLE_TARGET_RATER}); or, with {@code serviceRecord} or {@code ticket} instead of a
   * month, the flags of that matter (a callback task's).
   */
  @GET
  @Path("flags")
  public jakarta.ws.rs.core.Response flags(
      @QueryParam("month") String month,
      @QueryParam("unit") String unit,
      @QueryParam("flag") String flag,
      @QueryParam("serviceRecord") Long serviceRecord,
      @QueryParam("ticket") Long ticket,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    var locale = org.hotline.interfaces.rest.ProblemMessages.locale(headers);
    if (serviceRecord != null || ticket != null) {
      return jakarta.ws.rs.core.Response.ok(
              authenticity.flagsOfMatter(serviceRecord, ticket, locale))
          .build();
    }
    return paged(authenticity.flags(month, unit, flag, page, size, locale));
  }

  /** Total of a paged list, sent beside the JSON array of the page (the body of before). */
  public static final String TOTAL_HEADER = "X-Total-Count";

  /**
   * A page as the body of before (a JSON array of the page's items) with the paging in headers:
   * {@value #TOTAL_HEADER} (all items in scope), {@code X-Page} (from 0), {@code X-Page-Size}.
   */
  static jakarta.ws.rs.core.Response paged(org.hotline.application.ticket.PageView<?> page) {
    return jakarta.ws.rs.core.Response.ok(page.items())
        .header(TOTAL_HEADER, page.total())
        .header("X-Page", page.page())
        .header("X-Page-Size", page.size())
        .build();
  }

  /** The month's figures per unit (ratings, satisfied %, verified %, flagged, handled). */
  @GET
  @Path("statistics/units")
  public List<RatingStatisticsRow> units(
      @QueryParam("month") String month, @QueryParam("unit") String unit) {
    return authenticity.unitFigures(month, unit);
  }

  /** The month's satisfaction answers per channel (QR, SMS, CALLBACK): raw and verified rates. */
  @GET
  @Path("statistics/channels")
  public List<org.hotline.application.satisfaction.ChannelStatisticsRow> channels(
      @QueryParam("month") String month, @QueryParam("unit") String unit) {
    return authenticity.channels(month, unit);
  }

  /**
   * A page of the month's ratings, newest first ({@code page} from 0, {@code size} 1–500, default
   * 100): the JSON array of before, with {@value #TOTAL_HEADER}, {@code X-Page} and {@code
   * X-Page-Size} headers.
   */
  @GET
  public jakarta.ws.rs.core.Response list(
      @QueryParam("month") String month,
      @QueryParam("unit") String unit,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return paged(service.list(month, unit, page, size));
  }

  @GET
  @Path("statistics")
  public List<RatingStatisticsRow> statistics(
      @QueryParam("month") String month, @QueryParam("unit") String unit) {
    return service.statistics(month, unit);
  }

  /** One rating (a chief: of their own unit) with its history and flag codes. */
  @GET
  @Path("{id:[0-9]+}")
  public RatingView get(@PathParam("id") long id) {
    return service.get(id);
  }

  @POST
  @Path("{id}/exclude")
  @Consumes(MediaType.APPLICATION_JSON)
  public RatingView exclude(@PathParam("id") long id, Exclusion body) {
    return service.exclude(
        id, body == null ? null : body.reasonCode(), body == null ? null : body.reason());
  }
}
