package org.hotline.domain.model.callback;

import java.time.Instant;
import java.util.List;

/**
 * 回访统计: counts over the callback tasks finished in a period, grouped by serving unit, sub-centre
 * (分中心) or officer (the officer of a service record; praise 表扬 names an officer too), and the
 * praise itself. The counts come from a monthly summary kept up to date by {@link #record} in the
 * transaction that finishes a task; {@code from}/{@code to} of the readers bound one business
 * month.
 */
public interface CallbackFigures {

  /**
   * One group's counts.
   *
   * @param key the unit code, sub-centre code or badge number (null: the city centre's own)
   * @param name the unit's, sub-centre's or officer's name
   * @param done finished tasks
   * @param satisfied 满意
   * @param basicallySatisfied 基本满意
   * @param dissatisfied 不满意
   * @param dissatisfiedHandled dissatisfied tickets whose rectification was reported (复访 or closed
   *     again)
   * @param unreachable final unreachable results
   * @param praised praise received (officers: praise naming them; units: praise of their officers)
   */
  record Row(
      String key,
      String name,
      long done,
      long satisfied,
      long basicallySatisfied,
      long dissatisfied,
      long dissatisfiedHandled,
      long unreachable,
      long praised) {}

  /** A praise (表扬) recorded on a callback. */
  record Praise(
      Long taskId,
      Instant at,
      String badgeNumber,
      String officerName,
      String unitCode,
      String unitName,
      String ticketNumber,
      String note) {}

  /**
   * Brings the monthly summary from what a task counted for ({@code before}) to what it counts for
   * now ({@code after}); null for an open task. Same transaction as the change of the task.
   */
  void record(CallbackTally before, CallbackTally after);

  /**
   * The rows of tasks served by {@code units} only (a sub-centre's scope; null = every unit and the
   * city centre's own; empty = none), per serving unit.
   */
  List<Row> byUnit(Instant from, Instant to, List<String> units);

  /** As {@link #byUnit}, per sub-centre of the serving unit. */
  List<Row> bySubCentre(Instant from, Instant to, List<String> units);

  /** As {@link #byUnit}, per officer. */
  List<Row> byOfficer(Instant from, Instant to, List<String> units);

  /** The praise of tasks served by {@code units} (null = all). */
  List<Praise> praise(Instant from, Instant to, List<String> units);
}
