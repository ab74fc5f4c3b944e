package org.hotline.application.slip;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hotline.application.deadline.TicketDeadlines;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.application.notification.Notices;
import org.hotline.application.notification.Notifier;
import org.hotline.application.notification.Recipients;
import org.hotline.application.ticket.TicketLoader;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.slip.SlipEvent;
import org.hotline.domain.model.slip.SlipProcess;
import org.hotline.domain.model.slip.SlipProcess.Step;
import org.hotline.domain.model.slip.SlipRepository;
import org.hotline.domain.model.slip.SlipStatus;
import org.hotline.domain.model.slip.SupervisionSlip;
import org.hotline.domain.model.ticket.EventDetail;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketAction;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitRepository;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;
import org.hotline.domain.model.user.UserRepository;

/**
 * 局长督办单: the director issues; the head of the responsible unit acknowledges, handles in person,
 * calls the citizen back and reports; the director accepts or sends back. Each step is checked,
 * recorded in the slip's history (and on the tickets concerned when issued and resolved), and moves
 * {@code supervision-slip.bpmn}.
 */
@Stateless
public class SupervisionSlipService {

  /** The reminder comes this many working days before the slip's deadline. */
  static final int REMIND_BEFORE_DAYS = 1;

  @Inject private CurrentUser currentUser;

  @Inject private SlipRepository slips;

  @Inject private TicketRepository tickets;

  @Inject private TicketLoader ticketLoader;

  @Inject private UnitRepository units;

  @Inject private UserRepository users;

  @Inject private SlipProcess process;

  @Inject private TicketDeadlines deadlines;

  @Inject private Notifier notifier;

  @Inject private Recipients recipients;

  @Inject private org.hotline.application.ticket.TicketAudience audience;

  @RolesAllowed(Role.DIRECTOR_ROLE)
  public SlipView issue(IssueSlipCommand c) {
    AppUser director = currentUser.get();
    Violations v = new Violations();
    String title = v.text("title", c.title(), true, 200);
    String requirements = v.text("requirements", c.requirements(), true, 2000);
    Instant now = BusinessTime.now();
    Instant deadline = null;
    java.time.LocalDate deadlineDay = v.date("deadline", c.deadline(), true);
    if (deadlineDay != null) {
      deadline = BusinessTime.endOf(deadlineDay);
      if (!deadline.isAfter(now)) {
        v.add("deadline", FieldViolation.INVALID);
      }
    }
    Unit unit = v.reference("unitCode", c.unitCode(), units::findByCode);
    AppUser head = v.reference("headUsername", c.headUsername(), users::findByUsername);
    if (head != null && unit != null && !head.unit().code().equals(unit.code())) {
      v.add("headUsername", FieldViolation.OTHER_UNIT);
    } else if (head != null && !head.has(Role.CHIEF) && !head.has(Role.AGENCY)) {
      // the head handles the slip in person: the unit's chief, or an agency's handler
      v.add("headUsername", FieldViolation.INVALID);
    }
    AppUser supervisor =
        v.reference("supervisorUsername", c.supervisorUsername(), users::findByUsername);
    if (supervisor != null && !supervisor.has(Role.LEADER) && !supervisor.has(Role.DIRECTOR)) {
      v.add("supervisorUsername", FieldViolation.INVALID);
    }
    List<Ticket> concerned = new ArrayList<>();
    if (c.ticketIds() == null || c.ticketIds().isEmpty()) {
      v.add("ticketIds", FieldViolation.REQUIRED);
    } else if (c.ticketIds().size() > 20) {
      v.add("ticketIds", FieldViolation.INVALID);
    } else {
      concerned = ticketsOfUnit(v, c.ticketIds(), unit);
    }
    v.throwIfAny();
    refuseSecondOpenSlip(concerned);
    int year = BusinessTime.localDate(now).getYear();
    SupervisionSlip slip =
        new SupervisionSlip(
            year,
            slips.nextSeq(year),
            new SupervisionSlip.Issue(
                title,
                requirements,
                deadline,
                supervisor.username(),
                unit,
                head.username(),
                concerned),
            director.username(),
            now);
    slips.add(slip);
    slips.append(slip.issued(currentUser.actor()));
    for (Ticket t : concerned) {
      tickets.append(
          t.note(
              TicketAction.SLIP_ISSUED,
              title,
              EventDetail.of("slip", slip.number()),
              currentUser.actor(),
              now));
    }
    Instant remindAt = deadlines.planner().remindAt(now, deadline, REMIND_BEFORE_DAYS);
    slip.attachProcess(process.start(slip, remindAt));
    notifier.send(
        Notices.aboutSlip(slip.id(), "slipIssued", slip.number(), title, c.deadline()),
        List.of(head),
        List.of(supervisor));
    return view(slip, director);
  }

  /**
   * One open slip per ticket (每张工单只能有一份未办结的督办单): the tickets are locked (SELECT … FOR UPDATE in
   * {@link #ticketsOfUnit}), so a director issuing at the same time waits for this transaction and
   * then sees its slip.
   *
   * @throws HotlineException SLIP_ALREADY_OPEN (409) naming the open slip and the ticket
   */
  private void refuseSecondOpenSlip(List<Ticket> concerned) {
    for (Ticket t : concerned) {
      for (SupervisionSlip open : slips.ofTicket(t.id())) {
        if (open.status() != SlipStatus.RESOLVED) {
          throw new HotlineException(ErrorCode.SLIP_ALREADY_OPEN, open.number(), t.id());
        }
      }
    }
  }

  /**
   * The tickets a slip concerns: each id present once, existing, and owned by the slip's unit (a
   * slip must not show a ticket to another unit). Records REQUIRED (a null id), DUPLICATE,
   * UNKNOWN_CODE or OTHER_UNIT on {@code ticketIds}.
   */
  private List<Ticket> ticketsOfUnit(Violations v, List<Long> ids, Unit unit) {
    List<Ticket> found = new ArrayList<>();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      Long id = ids.get(i);
      String field = "ticketIds";
      if (id == null) {
        v.add(field, FieldViolation.REQUIRED);
      } else if (!seen.add(id)) {
        v.add(field, FieldViolation.DUPLICATE);
      } else {
        // locked now, before the slip's process writes the engine's rows (one lock order)
        Ticket t = tickets.findForUpdate(id).orElse(null);
        if (t == null) {
          v.add(field, FieldViolation.UNKNOWN_CODE);
        } else if (unit != null
            && (t.ownerUnit() == null || !t.ownerUnit().code().equals(unit.code()))) {
          v.add(field, FieldViolation.OTHER_UNIT);
        } else {
          found.add(t);
        }
      }
    }
    return found;
  }

  @RolesAllowed({Role.CHIEF_ROLE, Role.AGENCY_ROLE, Role.OFFICER_ROLE})
  public SlipView acknowledge(Long id) {
    return headStep(id, Step.ACKNOWLEDGE, null, "note");
  }

  @RolesAllowed({Role.CHIEF_ROLE, Role.AGENCY_ROLE, Role.OFFICER_ROLE})
  public SlipView handle(Long id, String note) {
    return headStep(id, Step.HANDLE, note, "note");
  }

  @RolesAllowed({Role.CHIEF_ROLE, Role.AGENCY_ROLE, Role.OFFICER_ROLE})
  public SlipView callBack(Long id, String note) {
    return headStep(id, Step.CALL_BACK, note, "note");
  }

  @RolesAllowed({Role.CHIEF_ROLE, Role.AGENCY_ROLE, Role.OFFICER_ROLE})
  public SlipView report(Long id, String report) {
    return headStep(id, Step.REPORT, report, "report");
  }

  /** The steps only the named head may take, in person. */
  private SlipView headStep(Long id, Step step, String text, String field) {
    AppUser user = currentUser.get();
    SupervisionSlip slip = findForChange(id);
    if (!slip.headUsername().equals(user.username())) {
      throw new HotlineException(ErrorCode.FORBIDDEN);
    }
    Violations v = new Violations();
    String clean = v.text(field, text, step != Step.ACKNOWLEDGE, 2000);
    v.throwIfAny();
    Instant now = BusinessTime.now();
    var actor = currentUser.actor();
    SlipEvent event =
        switch (step) {
          case ACKNOWLEDGE -> slip.acknowledge(actor, now);
          case HANDLE -> slip.handle(clean, actor, now);
          case CALL_BACK -> slip.callBack(clean, actor, now);
          default -> slip.report(clean, actor, now);
        };
    slips.append(event);
    process.complete(slip, step, Map.of());
    if (step == Step.REPORT) {
      notifier.send(
          Notices.aboutSlip(slip.id(), "slipReported", slip.number(), slip.unit().name()),
          users.findByUsername(slip.leadUsername()).map(List::of).orElse(List.of()));
    }
    return view(slip, user);
  }

  /** The director accepts the report (办结) or sends it back to be handled again. */
  @RolesAllowed(Role.DIRECTOR_ROLE)
  public SlipView review(Long id, Boolean accepted, String note) {
    AppUser user = currentUser.get();
    SupervisionSlip slip = findForChange(id);
    Violations v = new Violations();
    String clean = v.decision("accepted", accepted, "note", note, 1000);
    v.throwIfAny();
    Instant now = BusinessTime.now();
    slips.append(slip.review(accepted, clean, currentUser.actor(), now));
    // the tickets noted below are locked before the engine writes its rows (one lock order)
    List<Ticket> concerned =
        accepted
            ? slip.tickets().stream()
                .map(Ticket::id)
                .sorted()
                .map(ticketId -> tickets.findForUpdate(ticketId).orElseThrow())
                .toList()
            : List.of();
    process.complete(slip, Step.REVIEW, Map.of("accepted", accepted));
    if (accepted) {
      for (Ticket t : concerned) {
        tickets.append(
            t.note(
                TicketAction.SLIP_RESOLVED,
                clean,
                EventDetail.of("slip", slip.number()),
                currentUser.actor(),
                now));
      }
    }
    notifier.send(
        Notices.aboutSlip(
            slip.id(), accepted ? "slipResolved" : "slipSentBack", slip.number(), clean),
        users.findByUsername(slip.headUsername()).map(List::of).orElse(List.of()));
    return view(slip, user);
  }

  @PermitAll
  public SlipView get(Long id) {
    return view(visibleSlip(id), currentUser.get());
  }

  /** The open slips of the user's unit, nearest deadline first (the chief's desk; no history). */
  @PermitAll
  public List<SlipView> openOfMyUnit() {
    AppUser user = currentUser.get();
    java.util.function.Function<String, String> person = person();
    return slips.openOfUnit(user.unit().code()).stream()
        .map(s -> SlipView.of(s, actions(s, user), null, person))
        .toList();
  }

  /**
   * 督办台账 of a year: the city centre's roles see every unit; a callback sub-centre's agent (分中心)
   * only its sub-centre's units ({@link org.hotline.application.ticket.TicketAudience#unitFilter},
   * the one rule: another unit asked for is {@code unit} OTHER_UNIT); a unit sees its own slips (a
   * unit asked for is ignored, as before).
   *
   * @throws org.hotline.application.error.ValidationException status INVALID, year INVALID, unit
   *     INVALID/UNKNOWN_CODE/OTHER_UNIT
   */
  @PermitAll
  public SlipRegister register(int year, String unitCode, String status) {
    AppUser user = currentUser.get();
    Violations v = new Violations();
    SlipStatus wanted = v.optionalChoice("status", status, SlipStatus.class);
    if (org.hotline.domain.model.shared.CalendarText.saneYear(year)) {
      v.withinLife("year", java.time.YearMonth.of(year, 1), java.time.YearMonth.of(year, 12));
    } else {
      v.year("year", year);
    }
    String asked = v.filterCode("unit", unitCode, 40, c -> units.findByCode(c).isPresent());
    List<String> unit =
        user.centreWide() ? audience.unitFilter(user, asked, v) : List.of(user.unit().code());
    v.throwIfAny();
    // the year's counts cover every status; the status filter applies to the list only
    List<SupervisionSlip> all = slips.register(year, unit);
    long resolved = all.stream().filter(s -> s.status() == SlipStatus.RESOLVED).count();
    java.util.function.Function<String, String> person = person();
    List<SlipView> items =
        all.stream()
            .filter(s -> wanted == null || s.status() == wanted)
            .map(s -> SlipView.of(s, actions(s, user), null, person))
            .toList();
    return new SlipRegister(year, all.size(), resolved, items);
  }

  /** The slips concerning one ticket (shown on the ticket page). */
  @PermitAll
  public List<SlipView> ofTicket(Long ticketId) {
    AppUser user = currentUser.get();
    ticketLoader.visible(ticketId, user);
    java.util.function.Function<String, String> person = person();
    return slips.ofTicket(ticketId).stream()
        .map(s -> SlipView.of(s, actions(s, user), null, person))
        .toList();
  }

  /** The slip and its number, for the PDF. */
  @PermitAll
  public SupervisionSlip visibleSlip(Long id) {
    SupervisionSlip slip = find(id);
    if (!visible(slip, currentUser.get())) {
      throw new HotlineException(ErrorCode.NOT_FOUND, id);
    }
    return slip;
  }

  /**
   * The slip with its row locked until the transaction ends: two steps at once run one after the
   * other.
   */
  private SupervisionSlip findForChange(Long id) {
    return slips.findForUpdate(id).orElseThrow(() -> new HotlineException(ErrorCode.NOT_FOUND, id));
  }

  private SupervisionSlip find(Long id) {
    return slips.find(id).orElseThrow(() -> new HotlineException(ErrorCode.NOT_FOUND, id));
  }

  /**
   * Whether the user may see the slip: the unit rule of every single item ({@link
   * org.hotline.application.ticket.TicketAudience#canSeeUnit}): a unit its own slips, a sub-centre
   * agent (分中心) its units' slips only, the other centre roles every slip.
   */
  private boolean visible(SupervisionSlip slip, AppUser user) {
    return audience.canSeeUnit(user, slip.unit().code());
  }

  /** What this user may do with the slip now (drives the buttons). */
  static List<String> actions(SupervisionSlip s, AppUser user) {
    List<String> actions = new ArrayList<>();
    if (s.headUsername().equals(user.username())) {
      switch (s.status()) {
        case ISSUED -> actions.add("acknowledge");
        case ACKNOWLEDGED -> actions.add("handle");
        case HANDLED -> actions.add("callback");
        case CALLED_BACK -> actions.add("report");
        default -> {}
      }
    }
    if (user.has(Role.DIRECTOR) && s.status() == SlipStatus.REPORTED) {
      actions.add("review");
    }
    return actions;
  }

  private SlipView view(SupervisionSlip slip, AppUser user) {
    return SlipView.of(slip, actions(slip, user), slips.history(slip.id()), person());
  }

  /** A username's display name, each looked up once per call; the username when unknown. */
  private java.util.function.Function<String, String> person() {
    java.util.Map<String, String> found = new java.util.HashMap<>();
    return u ->
        found.computeIfAbsent(u, x -> users.findByUsername(x).map(AppUser::displayName).orElse(x));
  }
}
