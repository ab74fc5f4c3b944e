package org.hotline.application.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.application.ticket.TicketAudience;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.shared.VisibleText;
import org.hotline.domain.model.user.AppUser;

/**
 * The month and unit a supervisor asks about (评价查询范围): the month as [from, to) in Asia/Shanghai and
 * the unit to filter by — a unit role's own unit, the centre's roles any unit or all.
 */
@ApplicationScoped
public class RatingScope {

  /**
   * A checked scope.
   *
   * @param units the unit codes to filter by, null for all: the unit asked for, a unit role's own
   *     unit, a sub-centre agent's units (分中心, {@link TicketAudience#unitFilter}, the one rule)
   * @param from first instant of the month
   * @param to first instant after it
   */
  public record Range(List<String> units, Instant from, Instant to) {}

  @Inject private CurrentUser currentUser;

  @Inject private TicketAudience audience;

  /**
   * Checks month and unit for the current user.
   *
   * @param month {@code yyyy-MM}
   * @param unitCode a unit code or blank
   * @param v the violations to add to (thrown by the caller)
   * @return the range, or null when month or unit are invalid (then {@code v} holds why)
   */
  Range check(String month, String unitCode, Violations v) {
    AppUser user = currentUser.get();
    YearMonth m = null;
    if (VisibleText.isBlank(month)) {
      v.add("month", FieldViolation.REQUIRED);
    } else {
      m = org.hotline.domain.model.shared.CalendarText.month(month).orElse(null);
      if (m == null) {
        v.add("month", FieldViolation.INVALID);
      } else if (!v.withinLife("month", m)) {
        m = null;
      }
    }
    // the unit filter of every month-wide list: TicketAudience's one rule
    List<String> scope = audience.unitFilter(user, unitCode, v);
    if (m == null) {
      return null;
    }
    return new Range(
        scope,
        m.atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant(),
        m.plusMonths(1).atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant());
  }

  /** {@link #check} that throws the violations at once. */
  Range of(String month, String unitCode) {
    Violations v = new Violations();
    Range r = check(month, unitCode, v);
    v.throwIfAny();
    return r;
  }
}
