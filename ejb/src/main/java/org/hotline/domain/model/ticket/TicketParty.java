package org.hotline.domain.model.ticket;

import java.util.function.BiPredicate;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;

/**
 * Who may take an action of the {@link TicketLifecycle} (办理主体): a role, and for unit roles the
 * ownership rule (own unit, chief of the owner unit, an assisting unit …). One place for the role
 * and unit rules that the pages' buttons and the services' checks share.
 */
public enum TicketParty {

  /** 话务员 at intake. */
  OPERATOR("operator", (t, u) -> u.has(Role.OPERATOR)),

  /** 派单员 of the centre. */
  DISPATCHER("dispatcher (centre)", (t, u) -> u.has(Role.DISPATCHER)),

  /** 承办单位: an officer, chief or agency handler of the owner unit. */
  OWNER_UNIT("officer, chief or agency handler of the owner unit", TicketParty::handles),

  /** 所长: the chief of the owner unit. */
  CHIEF_OF_OWNER_UNIT("chief of the owner unit", (t, u) -> handles(t, u) && u.has(Role.CHIEF)),

  /** 单位一把手: the head of the owner unit — its chief, or the handler of an agency (no chief). */
  HEAD_OF_OWNER_UNIT(
      "head of the owner unit (chief, or the agency's handler)", TicketParty::headOfOwner),

  /** 协办单位: an officer, chief or agency handler of a unit with a part still to reply. */
  ASSISTING_UNIT(
      "officer, chief or agency handler of an assisting unit with a pending part",
      TicketParty::assistsWithPendingPart),

  /** 回访员 of the centre. */
  CALLBACK_AGENT("callback agent (centre)", (t, u) -> u.has(Role.CALLBACK)),

  /** 办公室主任 (supervision slips). */
  DIRECTOR("director", (t, u) -> u.has(Role.DIRECTOR)),

  /** 延期审批: the chief of the owner unit, and the centre when the time-limit rule requires it. */
  EXTENSION_APPROVER(
      "extension approver (chief; the centre when the rule requires)", (t, u) -> false),

  /**
   * The system: timers of the workflow and consequences of other actions; never offered to a user.
   */
  SYSTEM("system (timers, consequences)", (t, u) -> false);

  private final String description;
  private final BiPredicate<Ticket, AppUser> rule;

  TicketParty(String description, BiPredicate<Ticket, AppUser> rule) {
    this.description = description;
    this.rule = rule;
  }

  /** Whether {@code user} is this party for {@code ticket}. */
  public boolean includes(Ticket ticket, AppUser user) {
    return rule.test(ticket, user);
  }

  /** The rule in English, for the generated documentation. */
  public String description() {
    return description;
  }

  /** Whether the user's unit owns the ticket. */
  public static boolean ownedByUsersUnit(Ticket t, AppUser user) {
    return t.ownerUnit() != null
        && user.unit() != null
        && t.ownerUnit().code().equals(user.unit().code());
  }

  /** Officers, chiefs and agency handlers act for their own unit. */
  public static boolean handles(Ticket t, AppUser user) {
    return ownedByUsersUnit(t, user) && unitRole(user);
  }

  /** The head of the owner unit: its chief, or the handler of an agency (which has no chief). */
  public static boolean headOfOwner(Ticket t, AppUser user) {
    return ownedByUsersUnit(t, user) && (user.has(Role.CHIEF) || user.has(Role.AGENCY));
  }

  private static boolean assistsWithPendingPart(Ticket t, AppUser user) {
    return unitRole(user)
        && user.unit() != null
        && t.assisting().active().stream()
            .anyMatch(p -> p.pending() && p.unit().code().equals(user.unit().code()));
  }

  private static boolean unitRole(AppUser user) {
    return user.has(Role.OFFICER) || user.has(Role.CHIEF) || user.has(Role.AGENCY);
  }
}
