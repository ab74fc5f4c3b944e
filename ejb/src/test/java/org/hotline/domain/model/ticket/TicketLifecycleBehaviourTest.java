package org.hotline.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.hotline.domain.model.area.Area;
import org.hotline.domain.model.area.AreaLevel;
import org.hotline.domain.model.category.Category;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle table ({@link TicketLifecycle}) equals what the ticket really does: every action
 * the ticket carries out itself is driven from every status (each reached through real transitions,
 * with every condition of the table met) and must be accepted exactly in the statuses the table
 * allows, ending in one of the statuses the table names (or staying put).
 */
class TicketLifecycleBehaviourTest {

  private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

  /** During handling: inside the return window and before every deadline. */
  private static final Instant SOON = T0.plus(1, ChronoUnit.HOURS);

  /** After every deadline of the fixture. */
  private static final Instant LATE = T0.plus(30, ChronoUnit.DAYS);

  private static final Actor ACTOR = new Actor("someone", "dispatcher", "RXZX");

  private final AtomicLong ids = new AtomicLong();
  private final Unit bureau = new Unit("GA", "县公安局", UnitKind.BUREAU, null, 0);
  private final Unit station = new Unit("PS-CHENGGUAN", "城关派出所", UnitKind.STATION, bureau, 0);
  private final Unit other = new Unit("PS-DONGGUAN", "东关派出所", UnitKind.STATION, bureau, 0);

  /** What each action does to a ticket, driven through the ticket's own methods. */
  private final Map<TicketLifecycle, Driver> drivers = new EnumMap<>(TicketLifecycle.class);

  interface Driver {
    /** Runs the action; false when the ticket answers that nothing applies (an empty Optional). */
    boolean run(Ticket t) throws Exception;
  }

  TicketLifecycleBehaviourTest() {
    drivers.put(
        TicketLifecycle.ASSIGN,
        t ->
            ok(
                t.routingSteps()
                    .assignTo(other, null, null, SOON.plus(2, ChronoUnit.DAYS), ACTOR, SOON)));
    drivers.put(
        TicketLifecycle.ARBITRATE,
        t -> ok(t.routingSteps().arbitrate(other, "裁定", null, ACTOR, SOON)));
    drivers.put(
        TicketLifecycle.MERGE,
        t ->
            ok(
                t.mergeSteps()
                    .mergeInto(
                        ticketIn(TicketStatus.PENDING_TRIAGE), List.of(), "重复", ACTOR, SOON)));
    drivers.put(
        TicketLifecycle.REROUTE,
        t ->
            ok(
                t.routingSteps()
                    .reroute(other, "改派", null, SOON.plus(2, ChronoUnit.DAYS), ACTOR, SOON)));
    drivers.put(TicketLifecycle.UNMERGE, t -> ok(t.mergeSteps().unmerge("误合并", ACTOR, SOON)));
    drivers.put(
        TicketLifecycle.RETURN,
        t -> ok(t.routingSteps().returnToCentre("非本单位职责", null, ACTOR, SOON)));
    drivers.put(TicketLifecycle.SIGN, t -> ok(t.handlingSteps().sign(ACTOR, SOON)));
    drivers.put(TicketLifecycle.REPLY, t -> ok(t.handlingSteps().reply("已处理", false, ACTOR, SOON)));
    drivers.put(
        TicketLifecycle.ASSIST_REPLY,
        t -> {
          if (t.ownerUnit() != null) {
            // a part exists only beside an owner (assigned with assisting units)
            t.handlingSteps().addAssistingUnits(List.of(other), ACTOR, SOON);
          }
          return ok(t.handlingSteps().replyOnPart(other, "协办意见", ACTOR, SOON));
        });
    drivers.put(
        TicketLifecycle.CHIEF_REVIEW,
        t -> ok(t.handlingSteps().chiefReview(true, null, ACTOR, SOON)));
    drivers.put(TicketLifecycle.REVIEW, t -> ok(t.handlingSteps().review(true, null, ACTOR, SOON)));
    drivers.put(
        TicketLifecycle.CALLBACK,
        t -> ok(t.recordCallback(CallbackResult.SATISFIED, List.of(), null, ACTOR, SOON)));
    drivers.put(
        TicketLifecycle.RECTIFICATION_REPORT,
        t -> ok(t.rectificationSteps().report("已整改", ACTOR, SOON)));
    drivers.put(
        TicketLifecycle.REVISIT,
        t -> ok(t.rectificationSteps().revisit(CallbackResult.SATISFIED, null, ACTOR, SOON)));
    drivers.put(TicketLifecycle.ANSWER_DIRECTLY, t -> ok(t.answerDirectly("已答复", ACTOR, SOON)));
    drivers.put(
        TicketLifecycle.EXTEND_DEADLINE,
        t -> ok(t.deadlineMarks().extend(LATE, null, ACTOR, SOON)));
    drivers.put(TicketLifecycle.REMIND, t -> t.deadlineMarks().remind(ACTOR, SOON).isPresent());
    drivers.put(
        TicketLifecycle.MARK_SIGN_OVERDUE,
        t -> t.deadlineMarks().markSignOverdue(ACTOR, LATE).isPresent());
    drivers.put(
        TicketLifecycle.MARK_OVERDUE, t -> t.deadlineMarks().markOverdue(ACTOR, LATE).isPresent());
    drivers.put(
        TicketLifecycle.ESCALATE,
        t ->
            t.deadlineMarks().markOverdue(ACTOR, LATE).isPresent()
                && t.deadlineMarks().escalate(bureau, ACTOR, LATE).isPresent());
    drivers.put(
        TicketLifecycle.OPEN_RECTIFICATION,
        t -> {
          if (t.callbackDue()) {
            t.recordCallback(CallbackResult.DISSATISFIED, List.of("态度差"), null, ACTOR, SOON);
          }
          return t.rectificationSteps()
              .open(SOON.plus(3, ChronoUnit.DAYS), ACTOR, SOON)
              .isPresent();
        });
    drivers.put(
        TicketLifecycle.MARK_RECTIFICATION_OVERDUE,
        t -> t.rectificationSteps().markOverdue(ACTOR, LATE).isPresent());
    drivers.put(
        TicketLifecycle.WITHDRAW_RECTIFICATION,
        t -> ok(t.rectificationSteps().withdraw("评价已被剔除", ACTOR, SOON)));
  }

  private static boolean ok(Object events) {
    return events != null;
  }

  @Test
  void everyActionOfTheTicketIsAcceptedExactlyInTheStatusesOfTheTable() throws Exception {
    List<String> mismatches = new ArrayList<>();
    for (Map.Entry<TicketLifecycle, Driver> e : drivers.entrySet()) {
      TicketLifecycle row = e.getKey();
      for (TicketStatus from : TicketStatus.values()) {
        Ticket t = ticketIn(from);
        assertThat(t.status()).as("fixture for %s", from).isEqualTo(from);
        boolean accepted;
        try {
          accepted = e.getValue().run(t);
        } catch (IllegalTicketTransitionException refused) {
          accepted = false;
          assertThat(t.status()).as("%s refused in %s changes nothing", row, from).isEqualTo(from);
        }
        if (accepted != row.allowedIn(from)) {
          mismatches.add(
              row
                  + " from "
                  + from
                  + ": table says "
                  + (row.allowedIn(from) ? "allowed" : "refused")
                  + ", the ticket "
                  + (accepted ? "accepted it" : "refused it"));
        } else if (accepted) {
          Set<TicketStatus> expected =
              row.results().isEmpty() ? Set.of(from) : Set.copyOf(row.results());
          if (!expected.contains(t.status())) {
            mismatches.add(
                row + " from " + from + " ended in " + t.status() + ", table says " + expected);
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void everyOfferedActionIsDrivenHereOrByItsService() {
    // requestExtension and issueSlip are carried out by their services (ExtensionService,
    // SupervisionSlipService), which ask the table; every other offered action is a ticket method
    for (TicketLifecycle row : TicketLifecycle.values()) {
      if (row != TicketLifecycle.REQUEST_EXTENSION && row != TicketLifecycle.ISSUE_SLIP) {
        assertThat(drivers).as("driver for %s", row).containsKey(row);
      }
    }
  }

  @Test
  void theNamedSetsAreThoseTheRulesUse() {
    for (TicketStatus s : TicketStatus.values()) {
      Ticket t = ticketIn(s);
      assertThat(t.awaitingUnitReply())
          .as("owed in %s", s)
          .isEqualTo(TicketStatusSet.OWED_BY_UNIT.contains(s));
      assertThat(t.callbackDue())
          .as("callback due in %s", s)
          .isEqualTo(s == TicketStatus.CLOSED || s == TicketStatus.MERGED);
      boolean owned = t.ownerUnit() != null;
      // the database's invariant: an open ticket is owned by a unit or waits in a queue of the
      // centre
      if (TicketStatusSet.IN_CENTRE_QUEUE.contains(s) || s == TicketStatus.MERGED) {
        assertThat(owned).as("no owner in %s", s).isFalse();
      }
      if (TicketStatusSet.HELD_BY_UNIT.contains(s)) {
        assertThat(owned).as("owner in %s", s).isTrue();
      }
    }
  }

  // ---- fixtures: a ticket in each status, reached through real transitions ---------------------

  private Ticket ticketIn(TicketStatus status) {
    try {
      return drive(status);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Ticket drive(TicketStatus status) throws Exception {
    Ticket t = fresh();
    Instant returnWindow = T0.plus(2, ChronoUnit.DAYS);
    switch (status) {
      case PENDING_TRIAGE -> {}
      case RETURNED -> {
        t.routingSteps().assignTo(station, null, null, returnWindow, ACTOR, T0);
        t.routingSteps().returnToCentre("非本单位职责", null, ACTOR, T0);
      }
      case MERGED -> {
        Ticket main = drive(TicketStatus.CLOSED);
        // merge while the main ticket is open, then close it: as in life
        t.mergeSteps().mergeInto(main, List.of(), "重复来电", ACTOR, T0);
      }
      default -> {
        t.routingSteps().assignTo(station, null, null, returnWindow, ACTOR, T0);
        t.deadlines().schedule(T0.plus(7, ChronoUnit.DAYS), T0.plus(30, ChronoUnit.MINUTES), null);
        if (status == TicketStatus.ASSIGNED) {
          return t;
        }
        t.handlingSteps().sign(ACTOR, T0);
        if (status == TicketStatus.SIGNED) {
          return t;
        }
        t.handlingSteps().reply("已处理", status == TicketStatus.CHIEF_REVIEW, ACTOR, T0);
        if (status == TicketStatus.CHIEF_REVIEW || status == TicketStatus.REPLIED) {
          return t;
        }
        t.handlingSteps().review(true, null, ACTOR, T0);
        if (status == TicketStatus.CLOSED) {
          return t;
        }
        t.recordCallback(CallbackResult.DISSATISFIED, List.of("态度差"), null, ACTOR, T0);
        t.rectificationSteps().open(T0.plus(3, ChronoUnit.DAYS), ACTOR, T0).orElseThrow();
        if (status == TicketStatus.RECTIFYING) {
          return t;
        }
        t.rectificationSteps().report("已整改", ACTOR, T0);
      }
    }
    return t;
  }

  private Ticket fresh() throws Exception {
    long id = ids.incrementAndGet();
    Category category = new Category("ZA-NOISE", "噪音扰民", null, false, 7, true);
    Area area = new Area("CG-CG-01", "中心社区", null, AreaLevel.COMMUNITY, null);
    Ticket t =
        new Ticket(
            String.format("20261123-%06d", id),
            new TicketDetails(
                Channel.PHONE_12345,
                null,
                null,
                false,
                null,
                area,
                category,
                Urgency.NORMAL,
                "楼下噪音"),
            T0.plus(7, ChronoUnit.DAYS),
            "operator",
            T0);
    Field f = TicketIntake.class.getDeclaredField("id");
    f.setAccessible(true);
    f.set(t, id);
    return t;
  }
}
