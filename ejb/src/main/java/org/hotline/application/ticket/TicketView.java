package org.hotline.application.ticket;

import java.time.OffsetDateTime;
import java.util.List;
import org.hotline.application.text.CallbackReasons;
import org.hotline.application.text.ClientLanguage;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.shared.PhoneMask;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketStatus;
import org.hotline.domain.model.user.AppUser;

/**
 * A ticket as one user may see it: times in Asia/Shanghai, the caller hidden from handling units
 * when the ticket is confidential (保密), and the actions this user may take now. {@code
 * callerHidden}: no name nor number (a confidential caller); {@code callerMasked}: no name and the
 * number masked ({@code 139****5678}) for a callback agent who does not work the ticket's task
 * (已隐藏, not 匿名).
 */
public record TicketView(
    Long id,
    String number,
    String status,
    String channel,
    String callerName,
    String callerPhone,
    boolean callerHidden,
    boolean callerMasked,
    boolean confidential,
    String address,
    String areaCode,
    String areaName,
    String categoryCode,
    String categoryName,
    String urgency,
    String content,
    String directAnswer,
    String ownerUnitCode,
    String ownerUnitName,
    OffsetDateTime replyDeadline,
    boolean overdue,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime assignedAt,
    OffsetDateTime signedAt,
    OffsetDateTime repliedAt,
    OffsetDateTime closedAt,
    String replyText,
    boolean callbackDue,
    String callbackResult,
    List<String> callbackReasons,
    int callbackAttempts,
    OffsetDateTime calledBackAt,
    int returnCount,
    boolean arbitrated,
    OffsetDateTime returnDeadline,
    String lastReturnReason,
    String routingCatalogueItemCode,
    Long mergedIntoId,
    String mergedIntoNumber,
    List<AssistingPartView> assistingParts,
    OffsetDateTime signDeadline,
    OffsetDateTime remindedAt,
    boolean signOverdue,
    OffsetDateTime overdueAt,
    int escalationLevel,
    String escalatedToUnitName,
    int extensionCount,
    boolean slipProposed,
    RectificationView rectification,
    List<String> allowedActions) {

  /** 协办 part as the API shows it. */
  public record AssistingPartView(
      String unitCode,
      String unitName,
      String status,
      String replyText,
      String repliedBy,
      OffsetDateTime repliedAt) {}

  /**
   * 整改 and 复访 of the ticket (the latest round): {@code dissatisfactionReasons} are the stored
   * codes, {@code dissatisfaction} their labels in the reader's language, joined.
   */
  public record RectificationView(
      String unitCode,
      OffsetDateTime openedAt,
      OffsetDateTime dueAt,
      String dissatisfaction,
      List<String> dissatisfactionReasons,
      boolean overdue,
      String report,
      String reportedBy,
      OffsetDateTime reportedAt,
      String revisitResult,
      String revisitNote,
      OffsetDateTime revisitedAt) {

    static RectificationView of(org.hotline.domain.model.ticket.Rectification r) {
      return r == null
          ? null
          : new RectificationView(
              r.unit().code(),
              BusinessTime.display(r.openedAt()),
              BusinessTime.display(r.dueAt()),
              CallbackReasons.labels(r.dissatisfaction(), ClientLanguage.current()),
              r.dissatisfaction(),
              r.overdue(),
              r.report(),
              r.reportedBy(),
              BusinessTime.display(r.reportedAt()),
              r.revisitResult() == null ? null : r.revisitResult().name(),
              r.revisitNote(),
              BusinessTime.display(r.revisitedAt()));
    }
  }

  /**
   * The ticket for {@code viewer}; built by {@link TicketAudience#view}, which decides {@code
   * callerMasked}.
   *
   * @param callerMasked the caller's number masked ({@code 139****5678}) and no name, as the
   *     callback queue shows them to everyone but the agent who works the task
   */
  static TicketView of(Ticket t, AppUser viewer, boolean callerMasked) {
    boolean hidden = t.caller().confidential() && !viewer.centreWide();
    boolean open = t.status() != TicketStatus.CLOSED;
    return new TicketView(
        t.id(),
        t.number(),
        t.status().name(),
        t.channel().name(),
        hidden || callerMasked ? null : t.caller().name(),
        hidden ? null : callerMasked ? PhoneMask.mask(t.caller().phone()) : t.caller().phone(),
        hidden,
        !hidden && callerMasked,
        t.caller().confidential(),
        t.address(),
        t.area().code(),
        t.area().path(),
        t.category().code(),
        t.category().path(),
        t.urgency().name(),
        t.content(),
        t.handling().directAnswer(),
        t.ownerUnit() == null ? null : t.ownerUnit().code(),
        t.ownerUnit() == null ? null : t.ownerUnit().name(),
        BusinessTime.display(t.deadlines().replyDeadline()),
        open
            && t.deadlines().replyDeadline() != null
            && t.deadlines().replyDeadline().isBefore(BusinessTime.now()),
        BusinessTime.display(t.createdAt()),
        t.createdBy(),
        BusinessTime.display(t.routing().assignedAt()),
        BusinessTime.display(t.handling().signedAt()),
        BusinessTime.display(t.handling().repliedAt()),
        BusinessTime.display(t.closedAt()),
        t.handling().replyText(),
        t.callbackDue(),
        t.callback().result() == null ? null : t.callback().result().name(),
        t.callback().reasons(),
        t.callback().attempts(),
        BusinessTime.display(t.callback().calledBackAt()),
        t.routing().returnCount(),
        t.routing().isArbitrated(),
        BusinessTime.display(t.routing().returnDeadline()),
        t.routing().lastReturnReason(),
        t.routing().reliedOn() == null ? null : t.routing().reliedOn().item().code(),
        t.mergedInto() == null ? null : t.mergedInto().id(),
        t.mergedInto() == null ? null : t.mergedInto().number(),
        t.assisting().active().stream()
            .map(
                p ->
                    new AssistingPartView(
                        p.unit().code(),
                        p.unit().name(),
                        p.status().name(),
                        p.replyText(),
                        p.repliedBy(),
                        BusinessTime.display(p.repliedAt())))
            .toList(),
        BusinessTime.display(t.deadlines().signDeadline()),
        BusinessTime.display(t.deadlines().remindedAt()),
        t.deadlines().signOverdue(),
        BusinessTime.display(t.deadlines().overdueAt()),
        t.deadlines().escalationLevel(),
        t.deadlines().escalatedTo() == null ? null : t.deadlines().escalatedTo().name(),
        t.deadlines().extensionCount(),
        t.slipProposed(),
        RectificationView.of(t.rectificationSteps().current()),
        TicketPermissions.allowedActions(t, viewer));
  }
}
