package org.hotline.application.extension;

import java.time.OffsetDateTime;
import org.hotline.domain.model.deadline.ExtensionRequest;
import org.hotline.domain.model.shared.BusinessTime;

/** 延期申请 as the API shows it. */
public record ExtensionView(
    Long id,
    Long ticketId,
    String ticketNumber,
    String status,
    String reason,
    OffsetDateTime previousDeadline,
    OffsetDateTime requestedDeadline,
    boolean centreApproval,
    String requestedBy,
    OffsetDateTime requestedAt,
    String chiefDecidedBy,
    OffsetDateTime chiefDecidedAt,
    String centreDecidedBy,
    OffsetDateTime centreDecidedAt,
    String decisionNote) {

  public static ExtensionView of(ExtensionRequest r, String ticketNumber) {
    return new ExtensionView(
        r.id(),
        r.ticketId(),
        ticketNumber,
        r.status().name(),
        r.reason(),
        BusinessTime.display(r.previousDeadline()),
        BusinessTime.display(r.requestedDeadline()),
        r.centreApproval(),
        r.requestedBy(),
        BusinessTime.display(r.requestedAt()),
        r.chiefDecidedBy(),
        BusinessTime.display(r.chiefDecidedAt()),
        r.centreDecidedBy(),
        BusinessTime.display(r.centreDecidedAt()),
        r.decisionNote());
  }
}
