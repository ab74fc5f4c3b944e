package org.hotline.application.desk;

import java.time.OffsetDateTime;
import java.util.List;
import org.hotline.application.extension.ExtensionView;
import org.hotline.application.slip.SlipView;

/**
 * 所长工作台: everything the head of a unit must act on, by section, most urgent first; each section's
 * size is its count.
 */
public record ChiefDesk(
    String unitCode,
    String unitName,
    OffsetDateTime asOf,
    List<DeskTicket> overdue,
    List<DeskTicket> escalated,
    List<DeskTicket> signOverdue,
    List<DeskTicket> dueSoon,
    List<DeskTicket> rectifying,
    List<SlipView> slips,
    List<ExtensionView> extensions,
    List<DeskTicket> repliesToApprove,
    List<DeskTicket> repliesInReview) {

  /**
   * A ticket as the desk lists it; {@code repliedAt} when the officer replied (the reply waiting
   * for the chief), {@code dissatisfaction} why the citizen was dissatisfied (the reasons recorded
   * at the callback that opened the current rectification, 整改; empty otherwise).
   */
  public record DeskTicket(
      Long id,
      String number,
      String status,
      String categoryName,
      String urgency,
      String content,
      String replyText,
      OffsetDateTime replyDeadline,
      OffsetDateTime signDeadline,
      OffsetDateTime rectificationDue,
      boolean overdue,
      int escalationLevel,
      String escalatedToName,
      int extensionCount,
      List<String> allowedActions,
      OffsetDateTime repliedAt,
      List<String> dissatisfaction) {}
}
