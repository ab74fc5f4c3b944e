package org.hotline.application.desk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hotline.application.deadline.TicketDeadlines;
import org.hotline.application.extension.ExtensionView;
import org.hotline.application.slip.SlipView;
import org.hotline.application.slip.SupervisionSlipService;
import org.hotline.application.ticket.TicketPermissions;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.deadline.ExtensionRequestRepository;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.Rectification;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketAction;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.ticket.TicketStatus;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;

/** Builds the station chief's page (所长工作台) for the chief's own unit. */
@Stateless
public class ChiefDeskService {

  /** "Due soon": the reply deadline falls within this many working days. */
  static final int DUE_SOON_WORKING_DAYS = 1;

  @Inject private CurrentUser currentUser;

  @Inject private org.hotline.application.user.UserNames names;

  @Inject private TicketRepository tickets;

  @Inject private ExtensionRequestRepository extensions;

  @Inject private SupervisionSlipService slipService;

  @Inject private TicketDeadlines deadlines;

  @RolesAllowed({Role.CHIEF_ROLE, Role.AGENCY_ROLE})
  public ChiefDesk desk() {
    AppUser user = currentUser.get();
    Unit unit = user.unit();
    Instant now = BusinessTime.now();
    Instant soon = deadlines.planner().replyDeadline(now, DUE_SOON_WORKING_DAYS);
    List<Ticket> open = tickets.openOfUnit(unit.code());
    Predicate<Ticket> awaiting = Ticket::awaitingUnitReply;
    Predicate<Ticket> late =
        t ->
            awaiting.test(t)
                && t.deadlines().replyDeadline() != null
                && now.isAfter(t.deadlines().replyDeadline());
    List<ExtensionView> pending =
        extensions.openForUnit(unit.code()).stream()
            .filter(r -> r.awaitsChief())
            .sorted(Comparator.comparing(r -> r.requestedAt()))
            .map(
                r ->
                    ExtensionView.of(
                        r, tickets.find(r.ticketId()).map(Ticket::number).orElse(null), names))
            .toList();
    List<SlipView> openSlips = slipService.openOfMyUnit();
    // 回复时间 of a reply still with the chief: when the officer last replied (the ticket's own
    // repliedAt is set only when a reply leaves the unit, and may be an earlier round's)
    Map<Long, Instant> replied =
        tickets.lastEventAt(
            open.stream()
                .filter(t -> t.status() == TicketStatus.CHIEF_REVIEW)
                .map(Ticket::id)
                .toList(),
            TicketAction.REPLIED);
    Function<Ticket, Instant> repliedAt =
        t -> replied.getOrDefault(t.id(), t.handling().repliedAt());
    return new ChiefDesk(
        unit.code(),
        unit.name(),
        BusinessTime.display(now),
        section(open, late, user, repliedAt),
        section(
            open, t -> awaiting.test(t) && t.deadlines().escalationLevel() > 0, user, repliedAt),
        section(
            open,
            t ->
                t.status() == TicketStatus.ASSIGNED
                    && t.deadlines().signDeadline() != null
                    && now.isAfter(t.deadlines().signDeadline()),
            user,
            repliedAt),
        section(
            open,
            t ->
                awaiting.test(t)
                    && !late.test(t)
                    && t.deadlines().replyDeadline() != null
                    && !t.deadlines().replyDeadline().isAfter(soon),
            user,
            repliedAt),
        section(open, t -> t.status() == TicketStatus.RECTIFYING, user, repliedAt),
        openSlips,
        pending,
        section(open, t -> t.status() == TicketStatus.CHIEF_REVIEW, user, repliedAt),
        section(open, t -> t.status() == TicketStatus.REPLIED, user, repliedAt));
  }

  private static List<ChiefDesk.DeskTicket> section(
      List<Ticket> open,
      Predicate<Ticket> which,
      AppUser user,
      Function<Ticket, Instant> repliedAt) {
    return open.stream()
        .filter(which)
        .sorted(
            Comparator.comparing(
                ChiefDeskService::due, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(t -> row(t, user, repliedAt.apply(t)))
        .toList();
  }

  private static Instant due(Ticket t) {
    Rectification r = t.rectificationSteps().current();
    return t.status() == TicketStatus.RECTIFYING && r != null
        ? r.dueAt()
        : t.deadlines().replyDeadline();
  }

  private static ChiefDesk.DeskTicket row(Ticket t, AppUser user, Instant repliedAt) {
    Rectification r =
        t.status() == TicketStatus.RECTIFYING ? t.rectificationSteps().current() : null;
    String content = t.content().length() > 80 ? t.content().substring(0, 80) + "…" : t.content();
    return new ChiefDesk.DeskTicket(
        t.id(),
        t.number(),
        t.status().name(),
        t.category().name(),
        t.urgency().name(),
        content,
        t.handling().replyText(),
        BusinessTime.display(t.deadlines().replyDeadline()),
        BusinessTime.display(t.deadlines().signDeadline()),
        r == null ? null : BusinessTime.display(r.dueAt()),
        t.deadlines().overdueAt() != null,
        t.deadlines().escalationLevel(),
        t.deadlines().escalatedTo() == null ? null : t.deadlines().escalatedTo().name(),
        t.deadlines().extensionCount(),
        TicketPermissions.allowedActions(t, user),
        BusinessTime.display(repliedAt),
        r == null ? List.of() : r.dissatisfaction());
  }
}
