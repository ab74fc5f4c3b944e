package org.hotline.domain.model.sms;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where surveys and their events are kept. */
public interface SmsSurveyRepository {

  /** Stores a new survey; false (and nothing stored) when the matter already has one. */
  boolean addIfAbsent(SmsSurvey survey);

  Optional<SmsSurvey> find(Long id);

  /** Whether the matter already has a survey. */
  boolean exists(MatterType type, Long matterId);

  /** Up to {@code limit} ids of QUEUED surveys due by {@code now}, oldest first. */
  List<Long> dueIds(Instant now, int limit);

  /** The survey, its row locked until the transaction ends. */
  Optional<SmsSurvey> lock(Long id);

  /** Surveys left SENDING (by a sender that crashed between claim and outcome). */
  List<SmsSurvey> sending();

  /** The survey the SMSC knows under {@code messageId}. */
  Optional<SmsSurvey> byMessageId(String messageId);

  /** The most recent survey sent to {@code phoneE164} (accepted by the SMSC), its row locked. */
  Optional<SmsSurvey> latestSentTo(String phoneE164);

  /** The surveys of one matter (zero or one) and of a ticket's merged calls, by ticket ids. */
  List<SmsSurvey> ofTickets(List<Long> ticketIds);

  List<SmsSurvey> ofServiceRecord(Long serviceRecordId);

  /** Appends an event; false (nothing stored) when its dedupe key was recorded before. */
  boolean addEvent(SurveyEvent event);

  List<SurveyEvent> events(Long surveyId);

  /**
   * Figures per unit of surveys queued in [{@code from}, {@code to}), one business month, read from
   * the monthly summary {@code sms_survey_month}.
   */
  List<SurveyTally> tally(Instant from, Instant to);

  /**
   * Brings the monthly summary up to date with {@code survey}: adds what it counts for now minus
   * {@code before} (what it counted for before the change; {@link SurveyCounts#NONE} for a new
   * survey). Same transaction as the change.
   */
  void counted(SmsSurvey survey, SurveyCounts before);

  /**
   * Whether a survey (not a skipped one) was queued for {@code phoneE164} (normalized, E.164) at or
   * after {@code since}.
   */
  boolean surveyedSince(String phoneE164, java.time.Instant since);

  /**
   * Locks the number's row in {@code sms_survey_number} until the transaction ends (created first
   * when the number is new), so that the check "surveyed within the interval" and the survey that
   * follows it are one step for that number: a second closure or service record of the same number
   * waits here until the first commits, then sees its survey. Other numbers are not held up.
   *
   * @param phoneE164 the normalized number (E.164)
   */
  void lockNumber(String phoneE164);
}
