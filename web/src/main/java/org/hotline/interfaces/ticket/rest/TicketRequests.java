package org.hotline.interfaces.ticket.rest;

import java.util.List;

/** Request bodies of the ticket actions. */
public final class TicketRequests {

  private TicketRequests() {}

  /** POST /api/tickets */
  public record Intake(
      String channel,
      String callerName,
      String callerPhone,
      Boolean confidential,
      String address,
      String areaCode,
      String categoryCode,
      String urgency,
      String content,
      String directAnswer,
      String transferReference) {}

  /** POST /api/tickets/{id}/assign */
  public record Assign(
      String unitCode, String note, String catalogueItemCode, List<String> assistingUnitCodes) {}

  /** POST /api/tickets/{id}/return */
  public record Return(String reason, String catalogueItemCode) {}

  /** POST /api/tickets/{id}/transfers/{transferId}/feedback */
  public record TransferFeedback(String externalReference, String externalStatus, String note) {}

  /** POST /api/tickets/{id}/merge */
  public record Merge(Long mainTicketId, String reason) {}

  /** POST /api/tickets/{id}/unmerge */
  public record Unmerge(String reason) {}

  /** POST /api/tickets/{id}/arbitrate */
  public record Arbitrate(String unitCode, String reason, String catalogueItemCode) {}

  /** POST /api/tickets/{id}/reply */
  public record Reply(String text) {}

  /** POST /api/tickets/{id}/review */
  public record Review(Boolean approved, String comment) {}

  /** POST /api/tickets/{id}/callback */
  public record Callback(String result, List<String> reasons, String note, List<String> tags) {}
}
