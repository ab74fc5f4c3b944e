package org.hotline.application.ticket;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hotline.application.text.ClientLanguage;
import org.hotline.application.text.HistoryDetails;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.EventDetail;
import org.hotline.domain.model.ticket.TicketEvent;

/**
 * One history entry as the API shows it (time in Asia/Shanghai). The event's facts come three ways:
 * {@code details}, the structured facts with codes ({@code {"unit":"PS-CHENGGUAN"}}, empty when
 * none); {@code detailText}, a sentence in the reader's language ({@code Accept-Language}; unit
 * codes as names); and {@code detail}, the {@code key=value;…} text served before issue 9, kept for
 * existing clients. {@code actorName} and {@code actorUnitName} are what people read for {@code
 * actor} (a username) and {@code actorUnitCode}: the person's display name and the unit's name.
 */
public record TicketEventView(
    Long id,
    OffsetDateTime at,
    String actor,
    String actorRole,
    String actorUnitCode,
    String action,
    String fromStatus,
    String toStatus,
    String note,
    String detail,
    Map<String, Object> details,
    String detailText,
    String actorName,
    String actorUnitName) {

  /** The view with unit codes shown as codes in {@code detailText}. */
  public static TicketEventView of(TicketEvent e) {
    return of(e, code -> Optional.empty());
  }

  /** The view; {@code unitName} gives a unit's name by its code for {@code detailText}. */
  public static TicketEventView of(TicketEvent e, Function<String, Optional<String>> unitName) {
    return of(
        e,
        (fact, code) ->
            HistoryDetails.unitFact(fact) ? unitName.apply(code) : Optional.<String>empty(),
        username -> username,
        code -> unitName.apply(code).orElse(code));
  }

  /**
   * The view with every code a person reads as a name.
   *
   * @param names names of the codes in the facts (units, the catalogue item relied on)
   * @param person a username's display name
   * @param unit a unit code's name
   */
  public static TicketEventView of(
      TicketEvent e,
      HistoryDetails.FactNames names,
      Function<String, String> person,
      Function<String, String> unit) {
    EventDetail facts = e.details();
    return new TicketEventView(
        e.id(),
        BusinessTime.display(e.occurredAt()),
        e.actor().username(),
        e.actor().role(),
        e.actor().unitCode(),
        e.action().name(),
        e.fromStatus() == null ? null : e.fromStatus().name(),
        e.toStatus().name(),
        e.note(),
        facts.legacyText(),
        facts.values(),
        HistoryDetails.text(e.action(), facts, ClientLanguage.current(), names),
        person.apply(e.actor().username()),
        e.actor().unitCode() == null ? null : unit.apply(e.actor().unitCode()));
  }
}
