package org.hotline.domain.model.callback;

import java.time.Instant;
import java.util.List;

/**
 * 回访统计: counts over the callback tasks finished in a period, grouped by serving unit, sub-centre
 * (分中心) or officer (the officer of a service record; praise 表扬 names an officer too), and the
 * praise itself. Read with plain SQL GROUP BY over {@code callback_task} (index on finished_at).
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

  List<Row> byUnit(Instant from, Instant to);

  List<Row> bySubCentre(Instant from, Instant to);

  List<Row> byOfficer(Instant from, Instant to);

  List<Praise> praise(Instant from, Instant to);
}
