package org.hotline.application.ticket;

import org.hotline.domain.model.shared.BusinessTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.calendar.WorkingCalendars;
import org.hotline.application.error.Violations;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.catalogue.CatalogueItem;
import org.hotline.domain.model.catalogue.CatalogueItemVersion;
import org.hotline.domain.model.catalogue.CatalogueRepository;
import org.hotline.domain.model.ticket.CallbackResult;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketProcess;
import org.hotline.domain.model.ticket.TicketProcess.Step;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.ticket.TicketStatus;
import org.hotline.domain.model.ticket.TransferRecord;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitRepository;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;

/**
 * The steps of a ticket after intake: assign (派单), return (退单), arbitrate (裁定), sign (签收),
 * reply (回复), review (审核), callback (回访). Each checks role, unit and status, records a history event and moves the
 * workflow, all in one transaction.
 */
@Stateless
public class TicketHandlingService {

  @Inject
  private CurrentUser currentUser;

  @Inject
  private TicketLoader loader;

  @Inject
  private TicketRepository tickets;

  @Inject
  private UnitRepository units;

  @Inject
  private TicketProcess process;

  @Inject
  private CatalogueRepository catalogue;

  @Inject
  private WorkingCalendars calendars;

  /** 派单 (from the triage or the returned queue), optionally citing the catalogue item relied on. */
  @RolesAllowed(Role.DISPATCHER_ROLE)
  public TicketView assign(Long id, String unitCode, String note, String catalogueItemCode,
      List<String> assistingUnitCodes) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.visible(id, user);
    Violations v = new Violations();
    Unit unit = handlingUnit(v, unitCode);
    String cleanNote = v.text("note", note, false, 1000);
    CatalogueItemVersion reliedOn = catalogueItem(v, catalogueItemCode, false);
    List<Unit> assisting = assistingUnits(v, assistingUnitCodes, unit);
    v.throwIfAny();
    Instant now = BusinessTime.now();
    Instant returnDeadline = calendars.deadline(now, Ticket.RETURN_WINDOW_WORKING_DAYS);
    tickets.append(ticket.assignTo(unit, cleanNote, reliedOn, returnDeadline, currentUser.actor(), now));
    if (!assisting.isEmpty()) {
      tickets.append(ticket.addAssistingUnits(assisting, currentUser.actor(), now));
    }
    recordDiversion(ticket, unit, user, now);
    process.complete(ticket, Step.TRIAGE, Map.of("unitCode", unit.code()));
    return TicketView.of(ticket, user);
  }

  /** 裁定: binding routing with its reason; the unit can no longer return the ticket. */
  @RolesAllowed(Role.DISPATCHER_ROLE)
  public TicketView arbitrate(Long id, String unitCode, String reason, String catalogueItemCode) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.visible(id, user);
    Violations v = new Violations();
    Unit unit = handlingUnit(v, unitCode);
    String cleanReason = v.text("reason", reason, true, 1000);
    CatalogueItemVersion reliedOn = catalogueItem(v, catalogueItemCode, false);
    v.throwIfAny();
    Instant now = BusinessTime.now();
    tickets.append(ticket.arbitrate(unit, cleanReason, reliedOn, currentUser.actor(), now));
    recordDiversion(ticket, unit, user, now);
    process.complete(ticket, Step.TRIAGE, Map.of("unitCode", unit.code()));
    return TicketView.of(ticket, user);
  }

  /** 改派: the dispatcher moves a ticket being handled to another unit, with the reason. */
  @RolesAllowed(Role.DISPATCHER_ROLE)
  public TicketView reroute(Long id, String unitCode, String reason, String catalogueItemCode) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.visible(id, user);
    Violations v = new Violations();
    Unit unit = handlingUnit(v, unitCode);
    String cleanReason = v.text("reason", reason, true, 1000);
    CatalogueItemVersion reliedOn = catalogueItem(v, catalogueItemCode, false);
    v.throwIfAny();
    Instant now = BusinessTime.now();
    Instant returnDeadline = calendars.deadline(now, Ticket.RETURN_WINDOW_WORKING_DAYS);
    tickets.append(ticket.reroute(unit, cleanReason, reliedOn, returnDeadline, currentUser.actor(), now));
    recordDiversion(ticket, unit, user, now);
    // the first unit's handling ends; the workflow goes through triage again to the new unit
    process.returned(ticket);
    process.complete(ticket, Step.TRIAGE, Map.of("unitCode", unit.code()));
    return TicketView.of(ticket, user);
  }

  /** 协办: an assisting unit replies on its part of the ticket. */
  @RolesAllowed({Role.OFFICER_ROLE, Role.CHIEF_ROLE, Role.AGENCY_ROLE})
  public TicketView assistReply(Long id, String text) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.visible(id, user);
    Violations v = new Violations();
    String cleanText = v.text("text", text, true, 4000);
    v.throwIfAny();
    tickets.append(ticket.replyOnPart(user.unit(), cleanText, currentUser.actor(), BusinessTime.now()));
    return TicketView.of(ticket, user);
  }

  /** 退单: the owner unit returns a ticket that is not its duty, citing the catalogue item. */
  @RolesAllowed({Role.OFFICER_ROLE, Role.CHIEF_ROLE, Role.AGENCY_ROLE})
  public TicketView returnTicket(Long id, String reason, String catalogueItemCode) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.handledBy(id, user);
    Violations v = new Violations();
    String cleanReason = v.text("reason", reason, true, 1000);
    CatalogueItemVersion reliedOn = catalogueItem(v, catalogueItemCode, true);
    v.throwIfAny();
    tickets.append(ticket.returnToCentre(cleanReason, reliedOn, currentUser.actor(), BusinessTime.now()));
    process.returned(ticket);
    // the unit no longer sees the ticket: answer with what the centre now sees of it
    return TicketView.of(ticket, user);
  }

  /** 重复件合并: this ticket (a repeat call) joins the main ticket; its own workflow ends. */
  @RolesAllowed(Role.DISPATCHER_ROLE)
  public TicketView merge(Long id, Long mainTicketId, String reason) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.visible(id, user);
    Violations v = new Violations();
    if (mainTicketId == null) {
      v.add("mainTicketId", FieldViolation.REQUIRED);
    }
    String cleanReason = v.text("reason", reason, false, 1000);
    v.throwIfAny();
    Ticket main = loader.visible(mainTicketId, user);
    ticket.mergeInto(main, cleanReason, currentUser.actor(), BusinessTime.now()).forEach(tickets::append);
    process.merged(ticket, cleanReason == null ? "repeat of " + main.number() : cleanReason);
    return TicketView.of(ticket, user);
  }

  /** 取消合并: the call is a ticket of its own again, waiting for triage with a new workflow. */
  @RolesAllowed(Role.DISPATCHER_ROLE)
  public TicketView unmerge(Long id, String reason) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.visible(id, user);
    Violations v = new Violations();
    String cleanReason = v.text("reason", reason, true, 1000);
    v.throwIfAny();
    ticket.unmerge(cleanReason, currentUser.actor(), BusinessTime.now()).forEach(tickets::append);
    ticket.attachProcess(process.start(ticket.number(), false));
    return TicketView.of(ticket, user);
  }

  /** A non-police matter goes to its agency through the 12345 citizen hotline: keep the record. */
  private void recordDiversion(Ticket ticket, Unit unit, AppUser user, Instant now) {
    if (!unit.police()) {
      tickets.addTransfer(new TransferRecord(ticket.id(), TransferRecord.Direction.TO_12345, unit.code(), null,
          user.username(), now));
    }
  }

  private List<Unit> assistingUnits(Violations v, List<String> codes, Unit main) {
    List<Unit> found = new java.util.ArrayList<>();
    for (String code : codes == null ? List.<String>of() : codes) {
      Unit unit = handlingUnit(v, "assistingUnitCodes", code);
      if (unit != null && main != null && unit.code().equals(main.code())) {
        v.add("assistingUnitCodes", FieldViolation.INVALID);
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
    if (!required && (code == null || code.isBlank())) {
      return null;
    }
    CatalogueItem item = v.reference("catalogueItemCode", code, catalogue::findByCode);
    if (item != null && item.retired()) {
      v.add("catalogueItemCode", FieldViolation.RETIRED);
      return null;
    }
    return item == null ? null : item.current();
  }

  @RolesAllowed({Role.OFFICER_ROLE, Role.CHIEF_ROLE, Role.AGENCY_ROLE})
  public TicketView sign(Long id) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.handledBy(id, user);
    tickets.append(ticket.sign(currentUser.actor(), BusinessTime.now()));
    process.complete(ticket, Step.SIGN, Map.of());
    return TicketView.of(ticket, user);
  }

  @RolesAllowed({Role.OFFICER_ROLE, Role.CHIEF_ROLE, Role.AGENCY_ROLE})
  public TicketView reply(Long id, String text) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.handledBy(id, user);
    Violations v = new Violations();
    String cleanText = v.text("text", text, true, 4000);
    v.throwIfAny();
    tickets.append(ticket.reply(cleanText, currentUser.actor(), BusinessTime.now()));
    process.complete(ticket, Step.REPLY, Map.of());
    return TicketView.of(ticket, user);
  }

  @RolesAllowed(Role.DISPATCHER_ROLE)
  public TicketView review(Long id, Boolean approved, String comment) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.visible(id, user);
    Violations v = new Violations();
    if (approved == null) {
      v.add("approved", FieldViolation.REQUIRED);
    }
    String cleanComment = v.text("comment", comment, Boolean.FALSE.equals(approved), 1000);
    v.throwIfAny();
    tickets.append(ticket.review(approved, cleanComment, currentUser.actor(), BusinessTime.now()));
    process.complete(ticket, Step.REVIEW, Map.of("approved", approved));
    return TicketView.of(ticket, user);
  }

  @RolesAllowed(Role.CALLBACK_ROLE)
  public TicketView callback(Long id, CallbackCommand command) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.visible(id, user);
    Violations v = new Violations();
    CallbackResult result = v.choice("result", command.result(), CallbackResult.class, null);
    List<String> reasons = command.reasons() == null ? List.of() : command.reasons().stream()
        .map(r -> v.text("reasons", r, true, 50))
        .toList();
    if (reasons.size() > 10) {
      v.add("reasons", FieldViolation.INVALID);
    }
    if (result == CallbackResult.DISSATISFIED && reasons.isEmpty()) {
      v.add("reasons", FieldViolation.REQUIRED);
    }
    String note = v.text("note", command.note(), false, 1000);
    v.throwIfAny();
    tickets.append(ticket.recordCallback(result, reasons, note, currentUser.actor(), BusinessTime.now()));
    if (!ticket.callbackDue() && ticket.status() != TicketStatus.MERGED) {
      // a merged call's workflow ended at the merge; its callback is recorded on the ticket only
      process.complete(ticket, Step.CALLBACK, Map.of());
    }
    return TicketView.of(ticket, user);
  }
}
