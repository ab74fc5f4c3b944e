package org.hotline.application.rating;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.domain.model.rating.Rating;
import org.hotline.domain.model.rating.RatingRepository;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.user.Role;

/**
 * Re-checks the recent ratings with the thresholds in force (重新核查, e.g. after a supervisor had the
 * thresholds lowered): the flag rules of {@link RatingAuthenticity} run again over the ratings of
 * the last {@code days} days, in batches of {@link #BATCH} ratings, each batch in a transaction of
 * its own (one call of {@link #batch}), so a month at Zhangjiakou's volume does not hold one long
 * transaction. Flags are only added, never taken away; verification is not decided again. Director
 * and admin.
 */
@Stateless
@RolesAllowed({Role.DIRECTOR_ROLE, Role.ADMIN_ROLE})
public class RatingFlagRecheck {

  /** Ratings re-checked per transaction. */
  public static final int BATCH = 500;

  /** The longest window re-checked at once, in days. */
  public static final int MAX_DAYS = 31;

  /**
   * The window [from, to) of the last {@code days} days.
   *
   * @param from first instant
   * @param to the end (now)
   */
  public record Window(Instant from, Instant to) {}

  /**
   * One batch's result.
   *
   * @param lastId the id of the last rating re-checked, or -1 when there was none
   * @param checked ratings re-checked
   */
  public record Batch(long lastId, int checked) {}

  @Inject private RatingRepository ratings;

  @Inject private RatingAuthenticity authenticity;

  /**
   * The window to re-check.
   *
   * @throws org.hotline.application.error.ValidationException days REQUIRED or OUT_OF_RANGE (1 to
   *     {@link #MAX_DAYS})
   */
  public Window window(Integer days) {
    Violations v = new Violations();
    if (days == null) {
      v.add("days", FieldViolation.REQUIRED);
    } else if (days < 1 || days > MAX_DAYS) {
      v.add("days", FieldViolation.OUT_OF_RANGE);
    }
    v.throwIfAny();
    Instant now = BusinessTime.now();
    return new Window(now.minus(Duration.ofDays(days)), now.plusSeconds(1));
  }

  /** Re-checks the next batch of the window after the rating {@code afterId}. */
  public Batch batch(Window w, long afterId) {
    List<Rating> next = ratings.batch(w.from(), w.to(), afterId, BATCH);
    next.forEach(authenticity::recheck);
    return new Batch(next.isEmpty() ? -1 : next.get(next.size() - 1).id(), next.size());
  }
}
