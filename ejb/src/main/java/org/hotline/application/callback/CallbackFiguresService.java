package org.hotline.application.callback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.domain.model.callback.CallbackFigures;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.shared.VisibleText;
import org.hotline.domain.model.user.Role;

/**
 * 回访统计 for the rankings: per month, the callbacks done per unit, sub-centre or officer with the
 * satisfied rate (满意 + 基本满意 over the reached: done minus unreachable), dissatisfied and how many of
 * those were handled (rectification reported), unreachable, praise; and the praise (表扬) of the
 * month.
 */
@Stateless
@RolesAllowed({
  Role.CALLBACK_ROLE,
  Role.DISPATCHER_ROLE,
  Role.DIRECTOR_ROLE,
  Role.LEADER_ROLE,
  Role.ADMIN_ROLE
})
public class CallbackFiguresService {

  /**
   * One group's figures; {@code satisfiedRate} in percent with one decimal, null when nobody was
   * reached.
   */
  public record FigureView(
      String month,
      String by,
      String key,
      String name,
      long done,
      long satisfied,
      long basicallySatisfied,
      long dissatisfied,
      long dissatisfiedHandled,
      long unreachable,
      long praised,
      Double satisfiedRate) {}

  /** A praise of the month. */
  public record PraiseView(
      Long taskId,
      java.time.OffsetDateTime at,
      String badgeNumber,
      String officerName,
      String unitCode,
      String unitName,
      String ticketNumber,
      String note) {}

  @Inject private CallbackFigures figures;

  @Inject private org.hotline.application.ticket.TicketAudience audience;

  @Inject private org.hotline.application.user.CurrentUser currentUser;

  /**
   * The serving units the current user's figures cover: a sub-centre agent's units only (分中心), all
   * (null) for the city centre and the other centre roles — {@link
   * org.hotline.application.ticket.TicketAudience#subCentreUnits}'s rule.
   */
  private List<String> scope(String unit, Violations v) {
    return audience.unitFilter(currentUser.get(), unit, v);
  }

  /**
   * @param month {@code yyyy-MM} (Asia/Shanghai)
   * @param by {@code unit} (default), {@code subCentre} or {@code officer}
   * @throws org.hotline.application.error.ValidationException month REQUIRED/INVALID, by INVALID
   */
  public List<FigureView> figures(String month, String by) {
    return figures(month, by, null);
  }

  /**
   * As {@link #figures(String, String)}, of one unit's tasks when {@code unit} is given.
   *
   * @throws org.hotline.application.error.ValidationException also unit UNKNOWN_CODE/OTHER_UNIT
   *     (another sub-centre's unit: {@link
   *     org.hotline.application.ticket.TicketAudience#unitFilter})
   */
  public List<FigureView> figures(String month, String by, String unit) {
    Violations v = new Violations();
    YearMonth m = month(v, month);
    List<String> units = scope(unit, v);
    String group = VisibleText.isBlank(by) ? "unit" : by;
    if (!List.of("unit", "subCentre", "officer").contains(group)) {
      v.add("by", FieldViolation.INVALID);
    }
    v.throwIfAny();
    Instant from = m.atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    Instant to = m.plusMonths(1).atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    List<CallbackFigures.Row> rows =
        switch (group) {
          case "subCentre" -> figures.bySubCentre(from, to, units);
          case "officer" -> figures.byOfficer(from, to, units);
          default -> figures.byUnit(from, to, units);
        };
    return rows.stream()
        .map(
            r -> {
              long reached = r.done() - r.unreachable();
              Double rate =
                  reached == 0
                      ? null
                      : Math.round(1000.0 * (r.satisfied() + r.basicallySatisfied()) / reached)
                          / 10.0;
              return new FigureView(
                  m.toString(),
                  group,
                  r.key(),
                  r.name(),
                  r.done(),
                  r.satisfied(),
                  r.basicallySatisfied(),
                  r.dissatisfied(),
                  r.dissatisfiedHandled(),
                  r.unreachable(),
                  r.praised(),
                  rate);
            })
        .toList();
  }

  /** The praise (表扬) recorded on callbacks finished in {@code month}, oldest first. */
  public List<PraiseView> praise(String month) {
    return praise(month, null);
  }

  /**
   * As {@link #praise(String)}, of one unit when {@code unit} is given.
   *
   * @throws org.hotline.application.error.ValidationException month REQUIRED/INVALID, unit
   *     UNKNOWN_CODE/OTHER_UNIT
   */
  public List<PraiseView> praise(String month, String unit) {
    Violations v = new Violations();
    YearMonth m = month(v, month);
    List<String> units = scope(unit, v);
    v.throwIfAny();
    Instant from = m.atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    Instant to = m.plusMonths(1).atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    return figures.praise(from, to, units).stream()
        .map(
            p ->
                new PraiseView(
                    p.taskId(),
                    BusinessTime.display(p.at()),
                    p.badgeNumber(),
                    p.officerName(),
                    p.unitCode(),
                    p.unitName(),
                    p.ticketNumber(),
                    p.note()))
        .toList();
  }

  private static YearMonth month(Violations v, String month) {
    if (VisibleText.isBlank(month)) {
      v.add("month", FieldViolation.REQUIRED);
      return null;
    }
    YearMonth m = org.hotline.domain.model.shared.CalendarText.month(month).orElse(null);
    if (m == null) {
      v.add("month", FieldViolation.INVALID);
    } else {
      v.withinLife("month", m);
    }
    return m;
  }
}
