package org.hotline.application.ticket;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hotline.application.calendar.WorkingCalendars;
import org.hotline.application.deadline.TicketDeadlines;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.catalogue.CatalogueItem;
import org.hotline.domain.model.catalogue.CatalogueItemVersion;
import org.hotline.domain.model.catalogue.CatalogueRepository;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.RoutingState;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketEvent;
import org.hotline.domain.model.ticket.TicketProcess;
import org.hotline.domain.model.ticket.TicketProcess.Step;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.ticket.TicketRuleException;
import org.hotline.domain.model.ticket.TransferRecord;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitRepository;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;

/**
 * Where a ticket goes: assign (派单, with assisting units 协办), arbitrate (裁定), re-route (改派), return
 * (退单), merge and unmerge repeat calls (重复件). Each checks role, unit and status, records history
 * events (and the 12345 transfer record of a diversion) and moves the workflow, all in one
 * transaction.
 */
@Stateless
public class TicketRoutingService {

  @Inject private CurrentUser currentUser;

  @Inject private TicketAudience audience;

  @Inject private TicketLoader loader;

  @Inject private TicketRepository tickets;

  @Inject private UnitRepository units;

  @Inject private TicketProcess process;

  @Inject private CatalogueRepository catalogue;

  @Inject private WorkingCalendars calendars;

  @Inject private TicketDeadlines deadlines;

  /** 派单 (from the triage or the returned queue), optionally citing the catalogue item relied on. */
  @RolesAllowed(Role.DISPATCHER_ROLE)
  public TicketView assign(
      Long id,
      String unitCode,
      String note,
      String catalogueItemCode,
      List<String> assistingUnitCodes) {
    Routing r =
        checkRouting(id, unitCode, "note", note, false, catalogueItemCode, assistingUnitCodes);
    boolean restart = r.ticket().routingSteps().routedBefore();
    return routed(
        r,
        restart,
        r.ticket()
            .routingSteps()
            .assignTo(
                r.unit(),
                r.text(),
                r.reliedOn(),
                returnDeadline(r.now()),
                currentUser.actor(),
                r.now()));
  }

  /** 裁定: binding routing with its reason; the unit can no longer return the ticket. */
  @RolesAllowed(Role.DISPATCHER_ROLE)
  public TicketView arbitrate(Long id, String unitCode, String reason, String catalogueItemCode) {
    Routing r = checkRouting(id, unitCode, "reason", reason, true, catalogueItemCode, null);
    boolean restart = r.ticket().routingSteps().routedBefore();
    return routed(
        r,
        restart,
        r.ticket()
            .routingSteps()
            .arbitrate(r.unit(), r.text(), r.reliedOn(), currentUser.actor(), r.now()));
  }

  /** 改派: the dispatcher moves a ticket being handled to another unit, with the reason. */
  @RolesAllowed(Role.DISPATCHER_ROLE)
  public TicketView reroute(Long id, String unitCode, String reason, String catalogueItemCode) {
    Routing r = checkRouting(id, unitCode, "reason", reason, true, catalogueItemCode, null);
    TicketEvent event =
        r.ticket()
            .routingSteps()
            .reroute(
                r.unit(),
                r.text(),
                r.reliedOn(),
                returnDeadline(r.now()),
                currentUser.actor(),
                r.now());
    // the first unit's handling ends; the workflow goes through triage again to the new unit
    process.returned(r.ticket());
    return routed(r, true, event);
  }

  /** What a routing action (assign, arbitrate, reroute) needs, checked. */
  private record Routing(
      AppUser user,
      Ticket ticket,
      Unit unit,
      String text,
      CatalogueItemVersion reliedOn,
      List<Unit> assisting,
      Instant now) {}

  private Routing checkRouting(
      Long id,
      String unitCode,
      String textField,
      String text,
      boolean textRequired,
      String catalogueItemCode,
      List<String> assistingUnitCodes) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.visibleForChange(id, user);
    Violations v = new Violations();
    Unit unit = handlingUnit(v, unitCode);
    String cleanText = v.text(textField, text, textRequired, 1000);
    CatalogueItemVersion reliedOn = catalogueItem(v, catalogueItemCode, false);
    if (reliedOn != null && unit != null && !reliedOn.item().unit().code().equals(unit.code())) {
      // the duty relied on to route a ticket to a unit must be that unit's duty
      v.add("catalogueItemCode", FieldViolation.OTHER_UNIT);
    }
    List<Unit> assisting = assistingUnits(v, assistingUnitCodes, unit);
    v.throwIfAny();
    return new Routing(user, ticket, unit, cleanText, reliedOn, assisting, BusinessTime.now());
  }

  /**
   * After the domain routed the ticket: its history, assisting units, the 12345 record, the new
   * unit's deadlines ({@code restartDeadline}: counted afresh from now) and the workflow's timers.
   */
  private TicketView routed(Routing r, boolean restartDeadline, TicketEvent event) {
    tickets.append(event);
    if (!r.assisting().isEmpty()) {
      tickets.append(
          r.ticket()
              .handlingSteps()
              .addAssistingUnits(r.assisting(), currentUser.actor(), r.now()));
    }
    recordDiversion(r.ticket(), r.unit(), r.user(), r.now());
    Map<String, Object> variables =
        TicketDeadlines.variables(deadlines.scheduleHandling(r.ticket(), restartDeadline, r.now()));
    variables.put("unitCode", r.unit().code());
    process.complete(r.ticket(), Step.TRIAGE, variables);
    return audience.view(r.ticket(), r.user());
  }

  /** Until when the new owner may return the ticket. */
  private Instant returnDeadline(Instant now) {
    return calendars.deadline(now, RoutingState.RETURN_WINDOW_WORKING_DAYS);
  }

  /** 退单: the owner unit returns a ticket that is not its duty, citing the catalogue item. */
  @RolesAllowed({Role.OFFICER_ROLE, Role.CHIEF_ROLE, Role.AGENCY_ROLE})
  public TicketView returnTicket(Long id, String reason, String catalogueItemCode) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.handledForChange(id, user);
    Violations v = new Violations();
    String cleanReason = v.text("reason", reason, true, 1000);
    CatalogueItemVersion reliedOn = catalogueItem(v, catalogueItemCode, true);
    v.throwIfAny();
    tickets.append(
        ticket
            .routingSteps()
            .returnToCentre(cleanReason, reliedOn, currentUser.actor(), BusinessTime.now()));
    process.returned(ticket);
    // the unit no longer sees the ticket: answer with what the centre now sees of it
    return audience.view(ticket, user);
  }

  /**
   * 重复件合并: this ticket (a repeat call) joins the main ticket; its own workflow ends. The calls
   * merged into this ticket before follow it to the main ticket (each re-pointed and recorded in
   * its history and the main ticket's), so no call is left hanging off a merged ticket. Both
   * tickets and those calls are locked (in id order, so that two merges cannot deadlock): of two
   * merges at the same moment that would make a chain or a cycle (A→B and B→A, B→C and C→A), the
   * second finds the first done and is refused with 409 {@code NOT_MERGEABLE} or {@code
   * ILLEGAL_TRANSITION}.
   */
  @RolesAllowed(Role.DISPATCHER_ROLE)
  public TicketView merge(Long id, Long mainTicketId, String reason) {
    AppUser user = currentUser.get();
    Violations v = new Violations();
    if (mainTicketId == null) {
      v.add("mainTicketId", FieldViolation.REQUIRED);
    } else if (tickets.find(mainTicketId).filter(t -> audience.canSee(t, user)).isEmpty()) {
      // a main ticket that does not exist or that the dispatcher may not see is a bad reference
      v.add("mainTicketId", FieldViolation.UNKNOWN_CODE);
    }
    String cleanReason = v.text("reason", reason, false, 1000);
    if (mainTicketId == null || mainTicketId.equals(id) || !v.isEmpty()) {
      loader.visible(id, user);
      v.throwIfAny();
      throw new TicketRuleException(TicketRuleException.NOT_MERGEABLE);
    }
    Ticket ticket;
    Ticket main;
    if (id < mainTicketId) {
      ticket = loader.visibleForChange(id, user);
      main = loader.visibleForChange(mainTicketId, user);
    } else {
      main = loader.visibleForChange(mainTicketId, user);
      ticket = loader.visibleForChange(id, user);
    }
    List<Ticket> followers = tickets.mergedIntoForUpdate(ticket.id());
    ticket
        .mergeSteps()
        .mergeInto(main, followers, cleanReason, currentUser.actor(), BusinessTime.now())
        .forEach(tickets::append);
    process.merged(ticket, cleanReason == null ? "repeat of " + main.number() : cleanReason);
    return audience.view(ticket, user);
  }

  /**
   * 取消合并: the call is a ticket of its own again, waiting for triage with a new workflow. Calls that
   * had followed it to its main ticket stay with the main ticket (they are repeats of that matter;
   * each can be unmerged on its own).
   */
  @RolesAllowed(Role.DISPATCHER_ROLE)
  public TicketView unmerge(Long id, String reason) {
    AppUser user = currentUser.get();
    // lock the main ticket before the call, the order merges use (main tickets, then their calls),
    // so that an unmerge and a merge of the main ticket cannot deadlock
    Ticket seen = loader.visible(id, user);
    Violations v = new Violations();
    String cleanReason = v.text("reason", reason, true, 1000);
    v.throwIfAny();
    if (seen.mergedInto() != null) {
      tickets.findForUpdate(seen.mergedInto().id());
    }
    // locked with a version check: changed since it was read → 409 CONCURRENT_UPDATE
    Ticket ticket = loader.visibleForChange(id, user);
    ticket
        .mergeSteps()
        .unmerge(cleanReason, currentUser.actor(), BusinessTime.now())
        .forEach(tickets::append);
    ticket.attachProcess(process.start(ticket.number(), false));
    return audience.view(ticket, user);
  }

  /** A non-police matter goes to its agency through the 12345 citizen hotline: keep the record. */
  private void recordDiversion(Ticket ticket, Unit unit, AppUser user, Instant now) {
    if (!unit.police()) {
      tickets.addTransfer(
          new TransferRecord(
              ticket.id(),
              TransferRecord.Direction.TO_12345,
              unit.code(),
              null,
              user.username(),
              now));
    }
  }

  /**
   * At most this many assisting units per assignment: their codes are listed in the history event
   * ({@code ticket_event.detail}, 1,000 characters; codes have up to 40).
   */
  static final int MAX_ASSISTING_UNITS = 20;

  private List<Unit> assistingUnits(Violations v, List<String> codes, Unit main) {
    List<Unit> found = new java.util.ArrayList<>();
    if (codes != null && codes.size() > MAX_ASSISTING_UNITS) {
      v.add("assistingUnitCodes", FieldViolation.TOO_LONG);
      return found;
    }
    List<String> given = codes == null ? List.of() : codes;
    for (int i = 0; i < given.size(); i++) {
      String field = "assistingUnitCodes";
      Unit unit = handlingUnit(v, field, given.get(i));
      if (unit != null && main != null && unit.code().equals(main.code())) {
        v.add(field, FieldViolation.INVALID);
      } else if (unit != null && found.stream().anyMatch(u -> u.code().equals(unit.code()))) {
        v.add(field, FieldViolation.DUPLICATE);
      } else if (unit != null) {
        found.add(unit);
      }
    }
    return found;
  }

  private Unit handlingUnit(Violations v, String unitCode) {
    return handlingUnit(v, "unitCode", unitCode);
  }

  private Unit handlingUnit(Violations v, String field, String unitCode) {
    Unit unit = v.reference(field, unitCode, units::findByCode);
    if (unit != null && !unit.handlesTickets()) {
      v.add(field, FieldViolation.NOT_HANDLING_UNIT);
    }
    return unit;
  }

  private CatalogueItemVersion catalogueItem(Violations v, String code, boolean required) {
    if (!required && org.hotline.domain.model.shared.VisibleText.isBlank(code)) {
      return null;
    }
    CatalogueItem item = v.reference("catalogueItemCode", code, catalogue::findByCode);
    if (item != null && item.retired()) {
      v.add("catalogueItemCode", FieldViolation.RETIRED);
      return null;
    }
    return item == null ? null : item.current();
  }
}
