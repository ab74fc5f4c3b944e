package org.hotline.domain.model.rating;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Ratings (评价) and their history. */
public interface RatingRepository {

  void save(Rating rating);

  void save(RatingEvent event);

  Optional<Rating> find(Long id);

  /**
   * The ratings of a unit's targets (all units when {@code unitCode} is null) in [from, to), newest
   * first, at most {@code max}.
   */
  List<Rating> ofUnit(String unitCode, Instant from, Instant to, int max);

  /** A rating's history, oldest first. */
  List<RatingEvent> history(Long ratingId);

  /**
   * Counts per target in [from, to): {@code [targetId, ratings, satisfied, excluded,
   * satisfiedExcluded, dissatisfied]}, for the targets of one unit or all.
   */
  List<long[]> countsPerTarget(String unitCode, Instant from, Instant to);
}
