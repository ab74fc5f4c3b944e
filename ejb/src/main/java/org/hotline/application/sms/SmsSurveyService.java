package org.hotline.application.sms;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.domain.model.ranking.RankingPeriod;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.sms.SmsSurvey;
import org.hotline.domain.model.sms.SmsSurveyRepository;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.user.Role;

/**
 * What the centre reads about SMS surveys: the surveys of a ticket (and of the calls merged into
 * it) or of a service record with their events, and the monthly figures per unit for the rankings.
 * Centre roles only (callback, dispatcher, director, leader, admin).
 */
@Stateless
@RolesAllowed({
  Role.CALLBACK_ROLE,
  Role.DISPATCHER_ROLE,
  Role.DIRECTOR_ROLE,
  Role.LEADER_ROLE,
  Role.ADMIN_ROLE
})
public class SmsSurveyService {

  @Inject private SmsSurveyRepository surveys;

  @Inject private TicketRepository tickets;

  @Inject private org.hotline.application.ticket.TicketLoader loader;

  @Inject private org.hotline.application.ticket.TicketAudience audience;

  @Inject private org.hotline.application.user.CurrentUser currentUser;

  @Inject private org.hotline.domain.model.servicerecord.ServiceRecordRepository records;

  /**
   * The surveys of {@code ticketId} or {@code serviceRecordId} (exactly one is required; 400
   * VALIDATION_FAILED otherwise). A ticket or record the user may not see ({@link
   * org.hotline.application.ticket.TicketAudience}: a sub-centre agent sees its own sub-centre's
   * only) is 404, as if it did not exist.
   */
  public List<SurveyView> of(Long ticketId, Long serviceRecordId) {
    if ((ticketId == null) == (serviceRecordId == null)) {
      Violations v = new Violations();
      v.add(ticketId == null ? "ticketId" : "serviceRecordId", FieldViolation.REQUIRED);
      v.throwIfAny();
    }
    List<SmsSurvey> found;
    var user = currentUser.get();
    if (ticketId != null) {
      loader.visible(ticketId, user);
      List<Long> ids = new ArrayList<>();
      ids.add(ticketId);
      tickets.mergedInto(ticketId).stream().map(Ticket::id).forEach(ids::add);
      found = surveys.ofTickets(ids);
    } else {
      var record =
          records
              .find(serviceRecordId)
              .orElseThrow(
                  () ->
                      new org.hotline.application.error.HotlineException(
                          org.hotline.application.error.ErrorCode.NOT_FOUND, serviceRecordId));
      if (!audience.canSeeUnit(user, record.unit().code())) {
        throw new org.hotline.application.error.HotlineException(
            org.hotline.application.error.ErrorCode.NOT_FOUND, serviceRecordId);
      }
      found = surveys.ofServiceRecord(serviceRecordId);
    }
    return found.stream().map(s -> SurveyView.of(s, surveys.events(s.id()))).toList();
  }

  /**
   * Figures per unit of {@code month} (yyyy-MM; blank = this month). 400 VALIDATION_FAILED when
   * malformed.
   */
  public SurveyStatisticsView statistics(String month) {
    return statistics(month, null);
  }

  /**
   * As {@link #statistics(String)}, of one unit when {@code unit} is given; 400 VALIDATION_FAILED
   * also for unit UNKNOWN_CODE/OTHER_UNIT ({@code TicketAudience#unitFilter}).
   */
  public SurveyStatisticsView statistics(String month, String unit) {
    Violations v = new Violations();
    // a sub-centre agent (分中心) sees its own units' figures only: TicketAudience's rule
    List<String> units = audience.unitFilter(currentUser.get(), unit, v);
    RankingPeriod period;
    if (month == null || month.isBlank()) {
      period = RankingPeriod.of(RankingPeriod.monthOf(BusinessTime.now()));
    } else {
      period = RankingPeriod.month(month).orElse(null);
      if (period == null) {
        v.add("month", FieldViolation.INVALID);
      } else {
        v.withinLife("month", period.months().get(0));
      }
    }
    v.throwIfAny();
    return SurveyStatisticsView.of(
        period.label(),
        surveys.tally(period.from(), period.to()).stream()
            .filter(t -> units == null || units.contains(t.unitCode()))
            .toList());
  }
}
