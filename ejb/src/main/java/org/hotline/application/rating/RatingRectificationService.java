package org.hotline.application.rating;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.hotline.application.deadline.TicketDeadlines;
import org.hotline.application.text.Messages;
import org.hotline.application.ticket.RectificationService;
import org.hotline.domain.model.area.Area;
import org.hotline.domain.model.area.AreaRepository;
import org.hotline.domain.model.callback.ProblemTag;
import org.hotline.domain.model.callback.ProblemTagRepository;
import org.hotline.domain.model.category.Category;
import org.hotline.domain.model.category.CategoryRepository;
import org.hotline.domain.model.rating.Rating;
import org.hotline.domain.model.rating.RatingLevel;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.Actor;
import org.hotline.domain.model.ticket.CallbackReason;
import org.hotline.domain.model.ticket.CallbackResult;
import org.hotline.domain.model.ticket.Channel;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketDetails;
import org.hotline.domain.model.ticket.TicketProcess;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.ticket.Urgency;
import org.hotline.domain.model.unit.Unit;

/**
 * A dissatisfied rating becomes a rectification (不满意评价转整改, 扫码评警): a ticket of channel {@code
 * QR_RATING} owned by the rated unit, logged by the system and closed at once with the rating as
 * its answer; the rating is its callback (result {@code DISSATISFIED}, the dissatisfied dimensions
 * as reasons: attitude → {@code ATTITUDE}, efficiency → {@code SLOW}, conduct → {@code
 * IMPROPER_ENFORCEMENT}, result → {@code RESULT}). From there the existing flow runs: the head of
 * the unit verifies, rectifies and reports within 3 working days ({@link RectificationService}),
 * the callback centre re-visits. A rater who left a number is called once: the re-visit, as a
 * callback task ({@link RatingRevisitCall}, reason {@code RATING_DISSATISFIED}, due by the close of
 * the next working day) opened when the rectification is reported.
 *
 * <p>The ticket's category is {@code -Dhotline.rating.category} (default {@code JF-ATTITUDE},
 * 民警服务态度), its area the first area of the unit's jurisdiction (any area when it has none). Runs in
 * the rating's transaction: the rating, the ticket and its workflow are stored together or not at
 * all.
 */
@Stateless
@PermitAll
public class RatingRectificationService {

  /** The system property naming the category of rating tickets. */
  public static final String CATEGORY = "hotline.rating.category";

  /** The reason code of the callback task of a dissatisfied rater. */
  public static final String CALLBACK_REASON =
      org.hotline.domain.model.callback.CallbackReason.RATING_DISSATISFIED.name();

  private static final Logger LOG = Logger.getLogger(RatingRectificationService.class.getName());

  private static final String[] DIMENSION_KEYS = {
    "ratingDimAttitude", "ratingDimEfficiency", "ratingDimConduct", "ratingDimResult"
  };

  private static final CallbackReason[] DIMENSION_REASONS = {
    CallbackReason.ATTITUDE,
    CallbackReason.SLOW,
    CallbackReason.IMPROPER_ENFORCEMENT,
    CallbackReason.RESULT
  };

  @Inject private TicketRepository tickets;

  @Inject private TicketDeadlines deadlines;

  @Inject private TicketProcess process;

  @Inject private RectificationService rectifications;

  @Inject private CategoryRepository categories;

  @Inject private AreaRepository areas;

  @Inject private ProblemTagRepository tags;

  /**
   * Opens the rectification of a stored dissatisfied rating and links the rating to its ticket.
   *
   * @return the ticket, or empty when the rating is not dissatisfied or the configured category
   *     does not exist (logged)
   */
  public Optional<Ticket> open(Rating rating) {
    if (!rating.dissatisfied()) {
      return Optional.empty();
    }
    String categoryCode = System.getProperty(CATEGORY, "JF-ATTITUDE");
    Category category = categories.findByCode(categoryCode).orElse(null);
    if (category == null) {
      LOG.warning("no category " + categoryCode + ": dissatisfied rating " + rating.id() + " kept");
      return Optional.empty();
    }
    Unit unit = rating.target().unit();
    Instant now = BusinessTime.now();
    Actor system = Actor.system();
    String day = BusinessTime.localDate(now).format(DateTimeFormatter.BASIC_ISO_DATE);
    String number = "%s-%06d".formatted(day, tickets.nextDailySequence(day));
    String content = content(rating);
    TicketDetails details =
        new TicketDetails(
            Channel.QR_RATING,
            null,
            rating.phoneE164(),
            // 保密: the rater's number reaches the callback centre, never the rated unit (the officer
            // rated must not learn who rated him)
            true,
            null,
            areaOf(unit),
            category,
            Urgency.NORMAL,
            content);
    Ticket ticket =
        new Ticket(
            number,
            details,
            deadlines.replyDeadline(category, Urgency.NORMAL, Channel.QR_RATING, now),
            Actor.SYSTEM,
            now);
    ticket.attachProcess(process.start(number, true));
    tickets.add(ticket);
    tickets.append(ticket.logged(system));
    tickets.append(ticket.answeredByRating(unit, content, system, now));
    tickets.append(
        ticket.recordCallback(
            CallbackResult.DISSATISFIED, reasons(rating), rating.comment(), system, now));
    Map<String, Object> variables = rectifications.openAfterRating(ticket, now);
    variables.put("unitCode", unit.code());
    process.complete(ticket, TicketProcess.Step.CALLBACK, variables);
    rating.openedTicket(ticket.id());
    return Optional.of(ticket);
  }

  /** The callback reasons of the dissatisfied dimensions (codes, in the dimensions' order). */
  static List<String> reasons(Rating rating) {
    List<String> out = new ArrayList<>();
    List<RatingLevel> answers = rating.answers();
    for (int i = 0; i < answers.size(); i++) {
      if (answers.get(i) == RatingLevel.DISSATISFIED) {
        out.add(DIMENSION_REASONS[i].name());
      }
    }
    return out;
  }

  private String content(Rating rating) {
    List<String> dims = new ArrayList<>();
    List<RatingLevel> answers = rating.answers();
    for (int i = 0; i < answers.size(); i++) {
      if (answers.get(i) == RatingLevel.DISSATISFIED) {
        dims.add(Messages.zh(DIMENSION_KEYS[i]));
      }
    }
    List<String> why =
        rating.reasons().stream()
            .map(code -> tags.find(code).map(ProblemTag::nameZh).orElse(code))
            .toList();
    String separator = Messages.zh("ratingListSeparator");
    return Messages.zh(
        "rating.ticketContent",
        rating.target().name(),
        String.join(separator, dims),
        String.join(separator, why),
        rating.comment() == null ? "—" : rating.comment());
  }

  private Area areaOf(Unit unit) {
    List<Area> all = areas.all();
    return all.stream()
        .filter(a -> a.leaf() && a.station() != null && a.station().id().equals(unit.id()))
        .findFirst()
        .orElseGet(() -> all.stream().filter(Area::leaf).findFirst().orElse(all.get(0)));
  }
}
