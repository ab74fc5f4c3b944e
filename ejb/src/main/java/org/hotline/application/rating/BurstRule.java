package org.hotline.application.rating;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The burst rule (集中评价) of the authenticity checks, in one place: when a rating of a target arrives
 * at {@code at}, the ratings of that target in [{@code at − window}, {@code at + 1 s}) with the
 * same key (device, network or phone) as the arriving one make a burst when they are at least
 * {@code threshold} — then every one of them is flagged. The end is a second past the rating
 * because MySQL stores whole seconds. Used by the server on arrival ({@link RatingAuthenticity},
 * which reads the window from the database) and by the benchmark's generator, which replays its
 * ratings in time order through the same rule. Plain Java, no container.
 *
 * @param window how far back a burst reaches (default 60 minutes)
 * @param threshold ratings with one key that make a burst
 */
public record BurstRule(Duration window, int threshold) {

  /** The rules of the three burst flags: device, network, phone (thresholds of {@code rules}). */
  public static BurstRule device(AuthenticityRules rules) {
    return new BurstRule(rules.burstWindow(), rules.burstDevice());
  }

  /** The network burst rule of {@code rules}. */
  public static BurstRule network(AuthenticityRules rules) {
    return new BurstRule(rules.burstWindow(), rules.burstNetwork());
  }

  /** The phone burst rule of {@code rules}. */
  public static BurstRule phone(AuthenticityRules rules) {
    return new BurstRule(rules.burstWindow(), rules.burstPhone());
  }

  /** First instant of the window of a rating arriving at {@code at} (inclusive). */
  public Instant from(Instant at) {
    return at.minus(window);
  }

  /** End of the window of a rating arriving at {@code at} (exclusive). */
  public Instant to(Instant at) {
    return at.plusSeconds(1);
  }

  /**
   * The burst an arriving rating makes.
   *
   * @param arriving the rating just arrived
   * @param ofTarget ratings of the same target around it (those outside the window are ignored; the
   *     arriving one among them)
   * @param key the key compared (device, network, phone; null never matches an arriving null)
   * @param ratedAt when a rating was given
   * @return the ratings of the burst (all to be flagged), or an empty list when there is none
   */
  public <R> List<R> burstOf(
      R arriving, List<R> ofTarget, Function<R, ?> key, Function<R, Instant> ratedAt) {
    Object mine = key.apply(arriving);
    if (mine == null) {
      return List.of();
    }
    Instant at = ratedAt.apply(arriving);
    Instant from = from(at);
    Instant to = to(at);
    List<R> same =
        ofTarget.stream()
            .filter(
                r -> {
                  Instant t = ratedAt.apply(r);
                  return !t.isBefore(from) && t.isBefore(to) && Objects.equals(mine, key.apply(r));
                })
            .toList();
    return same.size() >= threshold ? same : List.of();
  }
}
