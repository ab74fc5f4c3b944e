package org.hotline.application.extension;

import java.time.OffsetDateTime;
import org.hotline.application.user.UserNames;
import org.hotline.domain.model.deadline.ExtensionRequest;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * 延期申请 as the API shows it: who asked and decided by username and, beside each, the person's
 * display name for the pages ({@code requestedByName} …; null when the user is unknown), and {@code
 * allowedActions}: {@code ["decide"]} when the step awaited is the viewing user's to take (the
 * owner unit's chief at 待所长审批; a dispatcher at 待中心审批, or at the first step for a unit without a
 * chief), else empty — the page shows 同意/不同意 only then.
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
    String centreDecidedByName,
    java.util.List<String> allowedActions) {

  /** The action name of a decision in {@code allowedActions}. */
  public static final String DECIDE = "decide";

  /**
   * The view of {@code r} on ticket {@code ticketNumber}; {@code names} gives the display names.
   */
  public static ExtensionView of(ExtensionRequest r, String ticketNumber, UserNames names) {
    return of(r, ticketNumber, names, false);
  }

  /**
   * As {@link #of(ExtensionRequest, String, UserNames)}, with whether the viewer may decide now.
   */
  public static ExtensionView of(
      ExtensionRequest r, String ticketNumber, UserNames names, boolean decidable) {
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
        nameOf(names, r.centreDecidedBy()),
        decidable ? java.util.List.of(DECIDE) : java.util.List.of());
  }

  private static String nameOf(UserNames names, String username) {
    return username == null ? null : names.displayName(username);
  }
}
