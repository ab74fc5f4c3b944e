package org.hotline.application.ticket;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.CallerPhones;
import org.hotline.domain.model.ticket.Channel;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketPage;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.ticket.TicketSearch;
import org.hotline.domain.model.ticket.TicketStatus;
import org.hotline.domain.model.user.AppUser;

/** Reads tickets and their history, within what the user's role and unit allow. */
@Stateless
@PermitAll
public class TicketQueryService {

  static final int MAX_PAGE_SIZE = 200;

  @Inject private CurrentUser currentUser;

  @Inject private TicketAudience audience;

  @Inject private TicketLoader loader;

  @Inject private TicketRepository tickets;

  @Inject private HistoryNames historyNames;

  @Inject private org.hotline.domain.model.unit.UnitRepository units;

  @Inject private org.hotline.domain.model.category.CategoryRepository categories;

  @Inject private org.hotline.domain.model.area.AreaRepository areas;

  /**
   * Start of the given Shanghai date plus {@code plusDays}, or null; INVALID when not yyyy-MM-dd.
   */
  private static Instant day(Violations v, String field, String value, int plusDays) {
    if (org.hotline.domain.model.shared.VisibleText.isBlank(value)) {
      return null;
    }
    // read as sent: a '+' of an unencoded query (+2026-01-01 arrives as " 2026-01-01"), a blank or
    // an invisible character around the date is refused, not trimmed
    LocalDate d = org.hotline.domain.model.shared.CalendarText.date(value).orElse(null);
    if (d == null) {
      v.add(field, FieldViolation.INVALID);
      return null;
    }
    return d.plusDays(plusDays).atStartOfDay(BusinessTime.ZONE).toInstant();
  }

  /**
   * The E.164 prefix that {@code ?phone=} matches (a complete number in any way of writing it, or
   * its first {@value CallerPhones#MIN_PARTIAL_DIGITS} digits on); null when absent; INVALID when
   * it is not (part of) a phone number or too short to look up.
   */
  private static String phonePrefix(Violations v, String raw) {
    String typed = v.text("phone", raw, false, 30);
    if (typed == null) {
      return null;
    }
    return CallerPhones.lookupPrefix(typed)
        .orElseGet(
            () -> {
              v.add("phone", FieldViolation.INVALID);
              return null;
            });
  }

  /**
   * The instant {@code hours} before {@code now} (the bound of a waiting-age filter), or null when
   * absent; INVALID when negative or beyond ten years.
   */
  private static Instant ageBound(Violations v, String field, Integer hours, Instant now) {
    if (hours == null) {
      return null;
    }
    if (hours < 0 || hours > 24 * 3660) {
      v.add(field, FieldViolation.INVALID, FieldViolation.subjects("0", String.valueOf(24 * 3660)));
      return null;
    }
    return now.minus(java.time.Duration.ofHours(hours));
  }

  private static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  public TicketView get(Long id) {
    AppUser user = currentUser.get();
    return audience.view(loader.visible(id, user), user);
  }

  public List<TicketEventView> history(Long id) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.visible(id, user);
    // codes read as names (units, the catalogue item relied on, people); each looked up once
    HistoryNames.Lookup names = historyNames.lookup();
    return tickets.history(ticket.id()).stream()
        .map(e -> TicketEventView.of(e, names, names::person, c -> names.unit(c).orElse(c)))
        .toList();
  }

  /** The calls merged into this ticket (重复件), each still a ticket of its own. */
  public List<TicketView> mergedCalls(Long id) {
    AppUser user = currentUser.get();
    Ticket main = loader.visible(id, user);
    return tickets.mergedInto(main.id()).stream().map(t -> audience.view(t, user)).toList();
  }

  /** Internal: the ticket entity for a user who may see it (e.g. to print it). */
  public Ticket visibleTicket(Long id) {
    return loader.visible(id, currentUser.get());
  }

  public PageView<TicketView> list(TicketListQuery q) {
    AppUser user = currentUser.get();
    Violations v = new Violations();
    TicketStatus status = v.optionalChoice("status", q.status(), TicketStatus.class);
    String text = v.text("q", q.q(), false, 100);
    TicketSearch.TicketOrder order =
        v.choice(
            "order",
            q.order(),
            TicketSearch.TicketOrder.class,
            text == null ? TicketSearch.TicketOrder.NEWEST : TicketSearch.TicketOrder.RELEVANCE);
    Channel channel = v.optionalChoice("channel", q.channel(), Channel.class);
    Instant from = day(v, "from", q.from(), 0);
    Instant before = day(v, "to", q.to(), 1);
    if (from != null && before != null && !from.isBefore(before)) {
      // to lies before from: refused as the analysis refuses reversed months, not an empty page
      v.add("to", FieldViolation.REVERSED_RANGE);
    }
    int page = q.page() == null ? 0 : q.page();
    int size = q.size() == null ? 20 : q.size();
    if (page < 0) {
      v.add("page", FieldViolation.INVALID);
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      v.add("size", FieldViolation.INVALID);
    }
    // codes of the filters must name something: a mistyped code is a 400, not an empty page
    String unit = v.filterCode("unit", q.unit(), 40, c -> units.findByCode(c).isPresent());
    String phone = phonePrefix(v, q.phone());
    String category =
        v.filterCode("category", q.category(), 40, c -> categories.findByCode(c).isPresent());
    String area = v.filterCode("area", q.area(), 40, c -> areas.findByCode(c).isPresent());
    org.hotline.domain.model.ticket.Urgency urgency =
        v.optionalChoice("urgency", q.urgency(), org.hotline.domain.model.ticket.Urgency.class);
    Instant now = BusinessTime.now();
    Instant loggedBy = ageBound(v, "minAgeHours", q.minAgeHours(), now);
    Instant loggedSince = ageBound(v, "maxAgeHours", q.maxAgeHours(), now);
    v.throwIfAny();
    from = later(from, loggedSince);
    before = loggedBy == null || before != null && before.isBefore(loggedBy) ? before : loggedBy;
    Instant repeatSince =
        Boolean.TRUE.equals(q.repeatCalls())
            ? org.hotline.domain.model.ticket.DuplicateWindow.start()
            : null;
    TicketSearch search =
        new TicketSearch(
            status,
            unit,
            user.centreWide() ? null : user.unit().code(),
            phone,
            text,
            q.callbackDue(),
            order,
            page,
            size,
            category,
            area,
            channel,
            from,
            before,
            // a callback agent sees callers masked: the text must not confirm a caller's name
            user.centreWide() && !TicketAudience.callbackAgentOnly(user),
            Boolean.TRUE.equals(q.assisting()) ? user.unit().code() : null,
            q.overdue(),
            q.slipProposed(),
            urgency,
            repeatSince,
            q.merged(),
            audience.subCentreUnits(user),
            // a callback agent's number search matches only numbers shown to them whole
            phone == null ? null : audience.callerNumberShown(user));
    TicketPage result = tickets.search(search);
    return new PageView<>(
        result.items().stream().map(t -> audience.view(t, user)).toList(),
        result.total(),
        result.page(),
        result.size());
  }
}
