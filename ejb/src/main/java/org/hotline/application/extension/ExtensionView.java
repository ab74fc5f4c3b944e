package org.hotline.application.extension;

import java.time.OffsetDateTime;
import org.hotline.application.user.UserNames;
import org.hotline.domain.model.deadline.ExtensionRequest;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * 延期申请 as the API shows it: who asked and decided by username and, beside each, the person's
 * display name for the pages ({@code requestedByName} …; null when the user is unknown).
 */
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
    String decisionNote,
    String requestedByName,
    String chiefDecidedByName,
    String centreDecidedByName) {

  /**
   * The view of {@code r} on ticket {@code ticketNumber}; {@code names} gives the display names.
   */
  public static ExtensionView of(ExtensionRequest r, String ticketNumber, UserNames names) {
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
        r.decisionNote(),
        nameOf(names, r.requestedBy()),
        nameOf(names, r.chiefDecidedBy()),
        nameOf(names, r.centreDecidedBy()));
  }

  private static String nameOf(UserNames names, String username) {
    return username == null ? null : names.displayName(username);
  }
}
