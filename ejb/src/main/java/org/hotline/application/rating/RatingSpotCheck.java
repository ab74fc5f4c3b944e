package org.hotline.application.rating;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Spot checks of satisfied ratings (满意评价抽查, "杜绝人情分、面子分"): the share of satisfied QR ratings —
 * invited or plain scans — tied to a service record that is sampled into the callback queue, where
 * an agent calls the citizen to confirm. {@code -Dhotline.rating.spot-check-share} (0 to 1, default
 * 0.05); each rating is drawn independently. The integration tests set the share through {@link
 * RatingTestSupport}.
 */
@ApplicationScoped
public class RatingSpotCheck {

  /** The system property of the share. */
  public static final String SHARE = "hotline.rating.spot-check-share";

  /** The reason code of a spot-check callback task. */
  public static final String REASON = "SPOT_CHECK";

  private volatile Double override;

  /** The share in force, 0 to 1. */
  public double share() {
    if (override != null) {
      return override;
    }
    try {
      double s = Double.parseDouble(System.getProperty(SHARE, "0.05"));
      return Math.max(0, Math.min(1, s));
    } catch (NumberFormatException e) {
      return 0.05;
    }
  }

  /** Whether this satisfied rating is to be checked. */
  public boolean pick() {
    double s = share();
    return s > 0 && (s >= 1 || ThreadLocalRandom.current().nextDouble() < s);
  }

  /** Sets the share (null: the configured one again). */
  void override(Double share) {
    this.override = share == null ? null : Math.max(0, Math.min(1, share));
  }
}
