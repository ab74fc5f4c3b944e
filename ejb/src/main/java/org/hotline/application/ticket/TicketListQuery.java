package org.hotline.application.ticket;

/**
 * GET /api/tickets parameters, unchecked; {@code from}/{@code to} are dates (yyyy-MM-dd, Shanghai);
 * {@code urgency} a {@link org.hotline.domain.model.ticket.Urgency} name; {@code repeatCalls} keeps
 * the tickets of callers with another ticket in the duplicate window; {@code minAgeHours} / {@code
 * maxAgeHours} keep the tickets logged at least / at most that many hours ago (waiting age); {@code
 * merged} false leaves out merged calls (并案, as the analysis counts tickets), true keeps only them.
 */
public record TicketListQuery(
    String status,
    String unit,
    String q,
    String phone,
    Boolean callbackDue,
    String order,
    Integer page,
    Integer size,
    String category,
    String area,
    String channel,
    String from,
    String to,
    Boolean assisting,
    Boolean overdue,
    Boolean slipProposed,
    String urgency,
    Boolean repeatCalls,
    Integer minAgeHours,
    Integer maxAgeHours,
    Boolean merged) {

  /** The parameters without the dispatcher's filters (urgency, repeat calls, age). */
  public TicketListQuery(
      String status,
      String unit,
      String q,
      String phone,
      Boolean callbackDue,
      String order,
      Integer page,
      Integer size,
      String category,
      String area,
      String channel,
      String from,
      String to,
      Boolean assisting,
      Boolean overdue,
      Boolean slipProposed) {
    this(
        status,
        unit,
        q,
        phone,
        callbackDue,
        order,
        page,
        size,
        category,
        area,
        channel,
        from,
        to,
        assisting,
        overdue,
        slipProposed,
        null,
        null,
        null,
        null,
        null);
  }
}
