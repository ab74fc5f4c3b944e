package org.hotline.application.ticket;

import java.util.List;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketLifecycle;
import org.hotline.domain.model.ticket.TicketParty;
import org.hotline.domain.model.user.AppUser;

/**
 * Who may see a ticket and act on it. The role, unit and status rules of the actions are the
 * lifecycle table's ({@link TicketLifecycle}, {@link TicketParty}); this class applies them to the
 * current user and clock.
 */
public final class TicketPermissions {

  private TicketPermissions() {}

  /** Centre roles see every ticket; unit roles only the tickets their unit owns or assists on. */
  public static boolean canSee(Ticket t, AppUser user) {
    return user.centreWide()
        || ownedByUsersUnit(t, user)
        || t.assisting().assistedBy(user.unit().code());
  }

  /** Whether the user's unit owns the ticket. */
  public static boolean ownedByUsersUnit(Ticket t, AppUser user) {
    return TicketParty.ownedByUsersUnit(t, user);
  }

  /**
   * Officers, chiefs and agency handlers act for their own unit ({@link TicketParty#OWNER_UNIT}).
   */
  public static boolean handles(Ticket t, AppUser user) {
    return TicketParty.OWNER_UNIT.includes(t, user);
  }

  /** The head of the owner unit ({@link TicketParty#HEAD_OF_OWNER_UNIT}). */
  public static boolean headOfOwner(Ticket t, AppUser user) {
    return TicketParty.HEAD_OF_OWNER_UNIT.includes(t, user);
  }

  /**
   * The API actions this user may take on the ticket now (drives the pages' buttons), in table
   * order.
   */
  public static List<String> allowedActions(Ticket t, AppUser user) {
    return TicketLifecycle.allowedActions(t, user, BusinessTime.now());
  }
}
