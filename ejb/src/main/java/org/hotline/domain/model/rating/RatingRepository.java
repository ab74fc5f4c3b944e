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
   * The rating, locked for the rest of the transaction (a second supervisor excluding it at the
   * same moment waits, then sees it excluded).
   */
  Optional<Rating> findForUpdate(Long id);

  /**
   * The invitation, locked for the rest of the transaction: ratings sent through it at the same
   * moment take turns, so the second sees the first's rating (409 RATING_INVITATION_USED).
   */
  void lock(RatingInvitation invitation);

  /** Ratings given in [from, to) with an id above {@code afterId}, by id, at most {@code max}. */
  List<Rating> batch(Instant from, Instant to, long afterId, int max);

  /** The invitations of a service record, oldest first. */
  List<RatingInvitation> invitationsOf(Long serviceRecordId);

  /**
   * A page of the ratings of the targets of units {@code unitCode} (all units when null) in [from,
   * to), newest first: {@code max} from row {@code first} (0-based).
   */
  List<Rating> ofUnit(List<String> unitCode, Instant from, Instant to, long first, int max);

  /** How many ratings {@link #ofUnit} pages through. */
  long countOfUnit(List<String> unitCode, Instant from, Instant to);

  /** A rating's history, oldest first. */
  List<RatingEvent> history(Long ratingId);

  /**
   * Counts per target in [from, to): {@code [targetId, ratings, satisfied, excluded,
   * satisfiedExcluded, dissatisfied, verified, verifiedCounted, verifiedCountedSatisfied, flagged,
   * dissatisfiedHandled]} (counted: not excluded; handled: the rectification ticket is closed again
   * after its re-visit), for the targets of one unit or all.
   */
  List<long[]> countsPerTarget(List<String> unitCode, Instant from, Instant to);

  /**
   * Brings the monthly summary per target ({@code rating_month}, {@link RatingTally}) in step with
   * {@code rating} as it stands now, in the caller's transaction: adds the difference between what
   * the summary holds for it ({@link Rating#tallied()}, nothing for a new one) and its tally now.
   * Call after every change of a counted fact (a new rating, a flag, an exclusion); idempotent.
   */
  void keepTally(Rating rating);

  /** Persists a new authenticity flag. */
  void save(RatingFlag flag);

  /** The ratings of one target in [from, to), oldest first. */
  List<Rating> ofTarget(Long targetId, Instant from, Instant to);

  /** The ratings from one device (hash) in [from, to), oldest first, at most {@code max}. */
  List<Rating> fromDevice(String deviceHash, Instant from, Instant to, int max);

  /** The ratings that left this phone number (E.164) in [from, to), oldest first, at most max. */
  List<Rating> fromPhone(String phoneE164, Instant from, Instant to, int max);

  /** The flags raised on a rating, oldest first. */
  List<RatingFlag> flagsOf(Long ratingId);

  /**
   * A page of the flags of the ratings in [from, to) of some units or all (null), of one kind or
   * all (null), newest rating first: {@code max} from row {@code first} (0-based).
   */
  List<RatingFlag> flags(
      List<String> unitCode, Instant from, Instant to, RatingFlagKind kind, long first, int max);

  /** How many flags {@link #flags} pages through. */
  long countFlags(List<String> unitCode, Instant from, Instant to, RatingFlagKind kind);

  /** Flags of the ratings tied to a service record or that opened a ticket (one of them given). */
  List<RatingFlag> flagsOfMatter(Long serviceRecordId, Long ticketId);

  /**
   * The latest service record in [from, to] of the officer (when {@code officerId} is given) or
   * else of the unit.
   */
  Optional<Long> serviceRecordNear(Long officerId, Long unitId, Instant from, Instant to);
}
