package org.hotline.application.slip;

import java.time.OffsetDateTime;
import java.util.List;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.slip.SlipEvent;
import org.hotline.domain.model.slip.SupervisionSlip;

/**
 * 局长督办单 as the API shows it; {@code history} only on the detail view. {@code people}: the display
 * name (姓名) of every username the slip names (lead, supervisor, head, history actors), so that
 * pages show names, not usernames.
 */
public record SlipView(
    Long id,
    String number,
    int year,
    int seq,
    String title,
    String requirements,
    String status,
    OffsetDateTime deadline,
    boolean overdue,
    String leadUsername,
    String supervisorUsername,
    String unitCode,
    String unitName,
    String headUsername,
    List<TicketRef> tickets,
    OffsetDateTime issuedAt,
    OffsetDateTime acknowledgedAt,
    OffsetDateTime handledAt,
    String handlingNote,
    OffsetDateTime calledBackAt,
    String callbackNote,
    OffsetDateTime reportedAt,
    String report,
    OffsetDateTime resolvedAt,
    String reviewNote,
    int sendBackCount,
    List<String> allowedActions,
    List<SlipEventView> history,
    java.util.Map<String, String> people) {

  /** A ticket concerned by the slip. */
  public record TicketRef(Long id, String number, String status) {}

  /** One entry of the slip's history. */
  public record SlipEventView(
      OffsetDateTime at,
      String actor,
      String actorUnitCode,
      String action,
      String fromStatus,
      String toStatus,
      String note) {

    static SlipEventView of(SlipEvent e) {
      return new SlipEventView(
          BusinessTime.display(e.occurredAt()),
          e.actor().username(),
          e.actor().unitCode(),
          e.action().name(),
          e.fromStatus() == null ? null : e.fromStatus().name(),
          e.toStatus().name(),
          e.note());
    }
  }

  static SlipView of(
      SupervisionSlip s,
      List<String> actions,
      List<SlipEvent> history,
      java.util.function.Function<String, String> person) {
    java.util.Map<String, String> people = new java.util.TreeMap<>();
    java.util.stream.Stream.concat(
            java.util.stream.Stream.of(s.leadUsername(), s.supervisorUsername(), s.headUsername()),
            history == null
                ? java.util.stream.Stream.empty()
                : history.stream().map(e -> e.actor().username()))
        .filter(java.util.Objects::nonNull)
        .forEach(u -> people.computeIfAbsent(u, person));
    return new SlipView(
        s.id(),
        s.number(),
        s.year(),
        s.seq(),
        s.title(),
        s.requirements(),
        s.status().name(),
        BusinessTime.display(s.deadline()),
        s.overdueAt() != null,
        s.leadUsername(),
        s.supervisorUsername(),
        s.unit().code(),
        s.unit().name(),
        s.headUsername(),
        s.tickets().stream()
            .map(t -> new TicketRef(t.id(), t.number(), t.status().name()))
            .toList(),
        BusinessTime.display(s.issuedAt()),
        BusinessTime.display(s.acknowledgedAt()),
        BusinessTime.display(s.handledAt()),
        s.handlingNote(),
        BusinessTime.display(s.calledBackAt()),
        s.callbackNote(),
        BusinessTime.display(s.reportedAt()),
        s.report(),
        BusinessTime.display(s.resolvedAt()),
        s.reviewNote(),
        s.sendBackCount(),
        actions,
        history == null ? null : history.stream().map(SlipEventView::of).toList(),
        people);
  }
}
