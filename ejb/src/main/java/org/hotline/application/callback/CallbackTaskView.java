package org.hotline.application.callback;

import java.time.OffsetDateTime;
import java.util.List;
import org.hotline.application.ticket.TicketEventView;
import org.hotline.domain.model.callback.CallbackTask;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.shared.PhoneMask;
import org.hotline.domain.model.ticket.Ticket;

/**
 * A callback task as the queue and the workspace show it. The citizen's number and name are shown
 * in full only to the agent who works the task ({@code assignee}); everyone else sees the number
 * masked ({@code 139****5678}) and no name. A confidential (保密) caller carries the instruction
 * {@code CONFIDENTIAL_CALLER}: call only on the number given, never name the caller to anyone.
 *
 * @param history the ticket's history (detail view of a ticket task only; empty in lists)
 * @param subCentreCode the sub-centre (分中心) of the serving unit, null for the city centre's own
 * @param spotCheckVerdict the city centre's spot check (抽查): CONFIRMED, DISCREPANCY or null
 */
public record CallbackTaskView(
    Long id,
    String kind,
    Long ticketId,
    String ticketNumber,
    Long serviceRecordId,
    String reasonCode,
    String status,
    OffsetDateTime dueAt,
    int attempts,
    String unitCode,
    String unitName,
    String matter,
    String category,
    String citizenName,
    String citizenPhone,
    boolean phoneVisible,
    boolean confidential,
    String contactInstruction,
    String assignee,
    String result,
    List<String> reasons,
    List<String> tags,
    String note,
    String praisedOfficerBadge,
    OffsetDateTime finishedAt,
    List<TicketEventView> history,
    String subCentreCode,
    String spotCheckVerdict,
    String spotCheckNote,
    String spotCheckedBy,
    List<Release> releases) {

  /**
   * A claim taken back from an agent who lost the right to the task (see {@code CallbackClaims}).
   *
   * @param from the agent it was taken from
   * @param reason OUT_OF_SCOPE, ROLE_REMOVED, INACTIVE, UNKNOWN_USER
   * @param by who released it ({@code system} for the periodic sweep)
   */
  public record Release(String from, String reason, String by, OffsetDateTime at) {
    static Release of(org.hotline.domain.model.callback.ClaimRelease r) {
      return new Release(
          r.releasedFrom(),
          r.reason().name(),
          r.releasedBy(),
          BusinessTime.display(r.releasedAt()));
    }
  }

  /** This view with the task's released claims (detail view). */
  CallbackTaskView withReleases(List<Release> list) {
    return new CallbackTaskView(
        id,
        kind,
        ticketId,
        ticketNumber,
        serviceRecordId,
        reasonCode,
        status,
        dueAt,
        attempts,
        unitCode,
        unitName,
        matter,
        category,
        citizenName,
        citizenPhone,
        phoneVisible,
        confidential,
        contactInstruction,
        assignee,
        result,
        reasons,
        tags,
        note,
        praisedOfficerBadge,
        finishedAt,
        history,
        subCentreCode,
        spotCheckVerdict,
        spotCheckNote,
        spotCheckedBy,
        list);
  }

  public static final String CONFIDENTIAL_CALLER = "CONFIDENTIAL_CALLER";

  static CallbackTaskView of(
      CallbackTask t,
      String viewer,
      List<TicketEventView> history,
      java.util.Map<String, String> subCentreByUnit) {
    boolean mine = viewer != null && viewer.equals(t.assignee()) && t.open();
    Ticket ticket = t.ticket();
    String phone;
    String name;
    String matter;
    String category;
    boolean confidential = false;
    if (ticket != null) {
      phone = ticket.caller().phone();
      name = ticket.caller().name();
      matter = ticket.content();
      category = ticket.category() == null ? null : ticket.category().name();
      confidential = ticket.caller().confidential();
    } else {
      phone = t.serviceRecord().citizenPhone();
      name = null;
      matter = t.serviceRecord().summary();
      category = t.serviceRecord().kind().name();
    }
    return new CallbackTaskView(
        t.id(),
        ticket != null ? "TICKET" : "SERVICE_RECORD",
        ticket == null ? null : ticket.id(),
        ticket == null ? null : ticket.number(),
        t.serviceRecord() == null ? null : t.serviceRecord().id(),
        t.reasonCode(),
        t.status().name(),
        BusinessTime.display(t.dueAt()),
        t.attempts(),
        t.unit() == null ? null : t.unit().code(),
        t.unit() == null ? null : t.unit().name(),
        matter,
        category,
        mine ? name : null,
        mine ? phone : PhoneMask.mask(phone),
        mine,
        confidential,
        confidential ? CONFIDENTIAL_CALLER : null,
        t.assignee(),
        t.result() == null ? null : t.result().name(),
        t.reasons(),
        t.tags(),
        t.note(),
        t.praisedOfficer() == null ? null : t.praisedOfficer().badgeNumber(),
        t.finishedAt() == null ? null : BusinessTime.display(t.finishedAt()),
        history,
        t.unit() == null ? null : subCentreByUnit.get(t.unit().code()),
        t.spotCheckVerdict(),
        t.spotCheckNote(),
        t.spotCheckedBy(),
        List.of());
  }
}
