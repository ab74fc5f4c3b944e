package org.hotline.application.rating;

import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;

/**
 * 429 RATING_RATE_LIMITED: too many ratings from this device or network; retry after {@link
 * #retryAfterSeconds()}.
 */
public class RatingRateLimitedException extends HotlineException {

  private final long retryAfterSeconds;

  public RatingRateLimitedException(long retryAfterSeconds) {
    super(ErrorCode.RATING_RATE_LIMITED, retryAfterSeconds);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
