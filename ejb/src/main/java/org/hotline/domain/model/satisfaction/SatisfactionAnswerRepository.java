package org.hotline.domain.model.satisfaction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The provenance records of satisfaction answers (满意度答复来源). */
public interface SatisfactionAnswerRepository {

  /** Stores a record unless one exists for its channel and source (then nothing changes). */
  void saveOnce(SatisfactionAnswer answer);

  /** The record of a channel's source, if any. */
  Optional<SatisfactionAnswer> find(String channel, Long sourceId);

  /**
   * Counts per channel in [from, to), of one unit or all (null): {@code [channel, answers,
   * satisfied, verified, verifiedSatisfied]}.
   */
  List<Object[]> countsPerChannel(List<String> unitCode, Instant from, Instant to);
}
