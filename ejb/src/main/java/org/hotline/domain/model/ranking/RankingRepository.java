package org.hotline.domain.model.ranking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads the rankings' facts and keeps rules, publications and self-examinations. */
public interface RankingRepository {

  /**
   * The tallies of every unit with data between {@code from} (inclusive) and {@code to}
   * (exclusive), UTC, counting each ticket for the unit {@code attribution} names; units without
   * data are absent. A recount over the tickets' outcomes (a publication counts afresh).
   */
  List<UnitTally> tallies(Instant from, Instant to, Attribution attribution);

  /**
   * The tallies of every unit with data in {@code month} (Asia/Shanghai) from the monthly summary
   * ({@link MonthlyTallies}): the same counts as {@link #tallies} over the month, read from one row
   * per unit; units without data are absent.
   */
  List<UnitTally> monthTallies(java.time.YearMonth month, Attribution attribution);

  /**
   * The tickets behind one figure of one unit, with their numbers: {@code measure}'s denominator,
   * or its numerator when {@code numerator}; at most {@code limit}, by ticket id.
   */
  List<NumberedOutcome> outcomes(
      String unitCode,
      Instant from,
      Instant to,
      Attribution attribution,
      Measure measure,
      boolean numerator,
      int limit);

  /**
   * One page of the tickets behind a unit's month: due in [from, to) or reached by a callback in it
   * (not merged), in ticket id order after {@code afterTicketId}, at most {@code size}; an export
   * pages through them so its memory does not grow with the month. With the tickets' numbers.
   */
  List<NumberedOutcome> unitMonthPage(
      String unitCode,
      Instant from,
      Instant to,
      Attribution attribution,
      long afterTicketId,
      int size);

  RankingRules latestRules();

  Optional<RankingRules> rules(int version);

  void add(RankingRules rules);

  List<RankingPublication> publications(String month);

  /** The latest version of each of {@code months} that was published. */
  List<RankingPublication> latestPublications(List<String> months);

  /**
   * The id of the latest published version of each of {@code months} that was published, by month
   * (yyyy-MM); the content is not read.
   */
  java.util.Map<String, Long> latestPublicationIds(List<String> months);

  /** One publication by its id (content included). */
  Optional<RankingPublication> publication(long id);

  /**
   * Every published month, newest first: {@code [month, latest version, latest published instant]}.
   */
  List<Object[]> publishedMonths();

  void add(RankingPublication publication);

  List<SelfExamination> selfExaminations(String month);

  void add(SelfExamination examination);

  /**
   * Keeps a ticket's outcome in step with one appended event (see {@link TicketOutcome#follow}).
   */
  void follow(
      org.hotline.domain.model.ticket.Ticket ticket,
      org.hotline.domain.model.ticket.TicketEvent event);

  /**
   * Takes a ticket out of the rankings (its rating was excluded, 剔除): its outcome stops counting
   * and the monthly summary follows by difference. Idempotent.
   */
  void exclude(org.hotline.domain.model.ticket.Ticket ticket);
}
