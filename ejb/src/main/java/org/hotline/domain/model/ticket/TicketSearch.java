package org.hotline.domain.model.ticket;

/**
 * Criteria of a ticket listing. {@code visibleUnitCode} restricts to one owner unit (unit roles);
 * null means every unit (centre roles).
 */
public record TicketSearch(
    TicketStatus status,
    String unitCode,
    String visibleUnitCode,
    String callerPhone,
    String text,
    Boolean callbackDue,
    TicketOrder order,
    int page,
    int size) {

  public enum TicketOrder {
    /** newest first */
    NEWEST,
    /** nearest reply deadline first */
    DEADLINE
  }
}
