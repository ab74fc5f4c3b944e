package org.hotline.application.rating;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.domain.model.rating.RatingCode;
import org.hotline.domain.model.rating.RatingTargetRepository;
import org.hotline.domain.model.rating.RatingToken;

/**
 * The public side of a rating code (no login): what a scanned token stands for. A token of the wrong
 * shape is not looked up.
 */
@Stateless
@PermitAll
public class PublicRatingService {

  @Inject
  private RatingTargetRepository targets;

  /**
   * The target of a code in force.
   *
   * @throws HotlineException 404 RATING_CODE_UNKNOWN (no such code), 404 RATING_CODE_REVOKED (the code
   *     was withdrawn or replaced)
   */
  public PublicRatingCode lookup(String token) {
    var t = code(token).target();
    return new PublicRatingCode(t.kind().name(), t.name(), t.unit().name());
  }

  /** The code in force with this token (for rating); the same refusals as {@link #lookup}. */
  RatingCode code(String token) {
    RatingCode c = RatingToken.wellFormed(token) ? targets.codeByToken(token).orElse(null) : null;
    if (c == null) {
      throw new HotlineException(ErrorCode.RATING_CODE_UNKNOWN);
    }
    if (!c.inForce()) {
      throw new HotlineException(ErrorCode.RATING_CODE_REVOKED);
    }
    return c;
  }
}
