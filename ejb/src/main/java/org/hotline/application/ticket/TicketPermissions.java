package org.hotline.application.ticket;

import java.util.ArrayList;
import java.util.List;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketStatus;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;

/** Who may see a ticket and act on it: one place for the unit and role rules. */
public final class TicketPermissions {

  private TicketPermissions() {}

  /** Centre roles see every ticket; unit roles only the tickets their unit owns. */
  public static boolean canSee(Ticket t, AppUser user) {
    return user.centreWide() || ownedByUsersUnit(t, user) || t.assistedBy(user.unit().code());
  }

  public static boolean ownedByUsersUnit(Ticket t, AppUser user) {
    return t.ownerUnit() != null && t.ownerUnit().code().equals(user.unit().code());
  }

  /** Officers, chiefs and agency handlers act for their own unit. */
  public static boolean handles(Ticket t, AppUser user) {
    return ownedByUsersUnit(t, user)
        && (user.has(Role.OFFICER) || user.has(Role.CHIEF) || user.has(Role.AGENCY));
  }

  /** The head of the owner unit: its chief, or the handler of an agency (which has no chief). */
  public static boolean headOfOwner(Ticket t, AppUser user) {
    return ownedByUsersUnit(t, user) && (user.has(Role.CHIEF) || user.has(Role.AGENCY));
  }

  /** An officer, chief or agency handler of a unit with a part of this ticket still to reply (协办). */
  public static boolean assists(Ticket t, AppUser user) {
    return (user.has(Role.OFFICER) || user.has(Role.CHIEF) || user.has(Role.AGENCY))
        && (t.status() == TicketStatus.ASSIGNED || t.status() == TicketStatus.SIGNED)
        && t.assistingParts().stream().anyMatch(p -> p.pending() && p.unit().code().equals(user.unit().code()));
  }

  /** The API actions this user may take on the ticket now (drives the pages' buttons). */
  public static List<String> allowedActions(Ticket t, AppUser user) {
    List<String> actions = new ArrayList<>();
    boolean inTriage = t.status() == TicketStatus.PENDING_TRIAGE || t.status() == TicketStatus.RETURNED;
    if (user.has(Role.DISPATCHER) && inTriage && t.returnCount() < Ticket.RETURNS_BEFORE_ARBITRATION) {
      actions.add("assign");
    }
    if (user.has(Role.DISPATCHER) && inTriage) {
      actions.add("arbitrate");
      actions.add("merge");
    }
    if (user.has(Role.DISPATCHER) && (t.status() == TicketStatus.ASSIGNED || t.status() == TicketStatus.SIGNED)) {
      actions.add("reroute");
    }
    if (user.has(Role.DISPATCHER) && t.status() == TicketStatus.MERGED) {
      actions.add("unmerge");
    }
    if (handles(t, user) && t.returnable(BusinessTime.now())) {
      actions.add("return");
    }
    if (handles(t, user) && t.status() == TicketStatus.ASSIGNED) {
      actions.add("sign");
    }
    if (handles(t, user) && t.status() == TicketStatus.SIGNED) {
      actions.add("reply");
    }
    if (assists(t, user)) {
      actions.add("assistReply");
    }
    if (handles(t, user) && user.has(Role.CHIEF) && t.status() == TicketStatus.CHIEF_REVIEW) {
      actions.add("chiefReview");
    }
    if (user.has(Role.DISPATCHER) && t.status() == TicketStatus.REPLIED) {
      actions.add("review");
    }
    if (user.has(Role.CALLBACK) && t.callbackDue()) {
      actions.add("callback");
    }
    if (handles(t, user) && t.awaitingUnitReply() && t.replyDeadline() != null
        && BusinessTime.now().isBefore(t.replyDeadline())) {
      actions.add("requestExtension");
    }
    if (headOfOwner(t, user) && t.status() == TicketStatus.RECTIFYING) {
      actions.add("rectificationReport");
    }
    if (user.has(Role.CALLBACK) && t.status() == TicketStatus.REVISITING) {
      actions.add("revisit");
    }
    if (user.has(Role.DIRECTOR) && t.ownerUnit() != null) {
      actions.add("issueSlip");
    }
    return actions;
  }
}
