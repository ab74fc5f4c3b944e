package org.hotline.domain.model.rating;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Ratings (评价) and their history. */
public interface RatingRepository {

  void save(Rating rating);

  void save(RatingEvent event);

  /** Persists a new invitation (邀码). */
  void save(RatingInvitation invitation);

  /** The invitation with this token (exact, case-sensitive). */
  Optional<RatingInvitation> invitationByToken(String token);

  /** Whether a rating was given through this invitation. */
  boolean invitationUsed(Long invitationId);

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
   * satisfiedExcluded, dissatisfied, verified, verifiedCounted, verifiedCountedSatisfied]}
   * (counted: not excluded), for the targets of one unit or all.
   */
  List<long[]> countsPerTarget(String unitCode, Instant from, Instant to);
}
