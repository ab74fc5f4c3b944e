package org.hotline.domain.model.analysis;

import java.time.Instant;
import java.util.List;

/** Counts of tickets logged in a period, for trends and hotspots (merged calls excluded). */
public interface AnalysisRepository {

  /**
   * Tickets logged between {@code from} (inclusive) and {@code to} (exclusive), UTC, grouped by
   * {@code by}; only those owned by {@code ownerUnitCode} when it is not null.
   */
  List<GroupCount> countBy(Dimension by, Instant from, Instant to, String ownerUnitCode);

  /**
   * Tickets logged in the period per area × category cell, largest first, at most {@code limit}.
   */
  List<GroupCount> hotspots(Instant from, Instant to, String ownerUnitCode, int limit);

  /**
   * Dissatisfied first callbacks between {@code from} and {@code to} (UTC) by the reasons citizens
   * gave (a callback with two reasons counts for each), merged calls excluded; only those of {@code
   * unitCode} when it is not null.
   */
  List<GroupCount> dissatisfactionByReason(Instant from, Instant to, String unitCode);

  /** Dissatisfied first callbacks between {@code from} and {@code to}, with or without a reason. */
  long dissatisfied(Instant from, Instant to, String unitCode);
}
