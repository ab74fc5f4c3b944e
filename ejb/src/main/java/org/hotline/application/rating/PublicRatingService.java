package org.hotline.application.rating;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.domain.model.callback.ProblemTag;
import org.hotline.domain.model.callback.ProblemTagRepository;
import org.hotline.domain.model.rating.Rating;
import org.hotline.domain.model.rating.RatingCode;
import org.hotline.domain.model.rating.RatingLevel;
import org.hotline.domain.model.rating.RatingRepository;
import org.hotline.domain.model.rating.RatingTargetRepository;
import org.hotline.domain.model.rating.RatingToken;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.shared.VisibleText;
import org.hotline.domain.model.ticket.CallerPhones;

/**
 * The public side of a rating code (no login; 扫码评警): what a scanned token stands for, and the
 * rating itself. A token of the wrong shape is not looked up. Input limits: four answers required,
 * at most {@link Rating#MAX_REASONS} reasons (choosable problem tag codes; at least one when
 * dissatisfied), a comment of at most {@link Rating#MAX_COMMENT_LENGTH} characters, an optional
 * phone number that must be a valid mainland number. Rate limits per device and network ({@link
 * RatingRateLimiter}); a refused request stores nothing and is not counted. A dissatisfied rating
 * opens a rectification for the head of the rated unit ({@link RatingRectificationService}). Each
 * rating is checked on arrival ({@link RatingAuthenticity}: flags, and a plain scan tied to a
 * service record shortly before it); a satisfied one tied to a service record — by an invitation
 * or, for a plain scan, by that nearby record — is drawn for a spot check ({@link
 * RatingSpotCheck}); its provenance is recorded like every satisfaction answer's.
 */
@Stateless
@PermitAll
public class PublicRatingService {

  @Inject private RatingTargetRepository targets;

  @Inject private RatingRepository ratings;

  @Inject private ProblemTagRepository tags;

  @Inject private RatingRateLimiter limiter;

  @Inject private RatingRectificationService rectifications;

  @Inject private RatingSpotCheck spotCheck;

  @Inject private RatingAuthenticity authenticity;

  @Inject private org.hotline.application.satisfaction.SatisfactionProvenance provenance;

  @Inject
  private jakarta.enterprise.event.Event<org.hotline.application.callback.CallbackTaskRequested>
      callbackRequests;

  /** What a token stands for: a code, or an invitation (with the code it goes through). */
  record Source(RatingCode code, org.hotline.domain.model.rating.RatingInvitation invitation) {}

  /**
   * The target of a code in force and the reasons a rater may choose.
   *
   * @throws HotlineException 404 RATING_CODE_UNKNOWN (no such code), 404 RATING_CODE_REVOKED (the
   *     code was withdrawn or replaced)
   */
  public PublicRatingCode lookup(String token) {
    return lookup(token, java.util.Locale.CHINESE);
  }

  /**
   * {@link #lookup(String)} with the reasons' names in the reader's language (English for {@code
   * en}, else Chinese).
   */
  public PublicRatingCode lookup(String token, java.util.Locale locale) {
    boolean english = locale != null && "en".equals(locale.getLanguage());
    Source source = source(token);
    var t = source.code().target();
    List<PublicRatingCode.ReasonGroup> groups = new ArrayList<>();
    List<ProblemTag> all = tags.all();
    for (ProblemTag g : all) {
      if (g.parentCode() == null && g.active()) {
        List<PublicRatingCode.Reason> rs =
            all.stream()
                .filter(x -> g.code().equals(x.parentCode()) && x.choosableByCitizens())
                .map(x -> new PublicRatingCode.Reason(x.code(), english ? x.nameEn() : x.nameZh()))
                .toList();
        if (!rs.isEmpty()) {
          groups.add(
              new PublicRatingCode.ReasonGroup(g.code(), english ? g.nameEn() : g.nameZh(), rs));
        }
      }
    }
    return new PublicRatingCode(
        t.kind().name(), t.name(), t.unit().name(), groups, source.invitation() != null);
  }

  /**
   * Stores a rating of the code's target.
   *
   * @throws HotlineException 404 RATING_CODE_UNKNOWN / RATING_CODE_REVOKED; 429 RATING_RATE_LIMITED
   *     ({@link RatingRateLimitedException}, with the seconds to wait)
   * @throws org.hotline.application.error.ValidationException attitude/efficiency/conduct/result
   *     REQUIRED/INVALID; reasons REQUIRED (dissatisfied without a reason)/TOO_LONG/UNKNOWN_CODE/
   *     DUPLICATE; comment TOO_LONG; phone INVALID/TOO_LONG
   */
  public RatingReceipt rate(String token, RatingSubmission in, RatingFingerprints fp) {
    Source source = source(token, true);
    RatingCode code = source.code();
    Violations v = new Violations();
    RatingLevel[] answers = {
      level(v, "attitude", in.attitude()), level(v, "efficiency", in.efficiency()),
      level(v, "conduct", in.conduct()), level(v, "result", in.result())
    };
    boolean dissatisfied =
        java.util.Arrays.stream(answers).anyMatch(a -> a == RatingLevel.DISSATISFIED);
    List<String> reasons = reasons(v, in.reasons(), dissatisfied);
    String comment = v.text("comment", in.comment(), false, Rating.MAX_COMMENT_LENGTH);
    String phone = v.text("phone", in.phone(), false, 40);
    String e164 = null;
    if (phone != null) {
      e164 = CallerPhones.e164(phone).orElse(null);
      if (e164 == null) {
        v.add("phone", FieldViolation.INVALID);
      }
    }
    v.throwIfAny();
    long wait = limiter.acquire(fp.device(), fp.network(), System.currentTimeMillis());
    if (wait > 0) {
      throw new RatingRateLimitedException(wait);
    }
    var at = BusinessTime.now();
    Rating rating =
        new Rating(code, answers, reasons, comment, phone, e164, fp.device(), fp.network(), at);
    if (source.invitation() != null) {
      rating.givenThrough(source.invitation());
    }
    ratings.save(rating);
    authenticity.check(rating);
    rectifications.open(rating);
    if (!dissatisfied && rating.serviceRecordId() != null && spotCheck.pick()) {
      rating.sampledForSpotCheck();
      callbackRequests.fire(
          new org.hotline.application.callback.CallbackTaskRequested(
              null, rating.serviceRecordId(), null, RatingSpotCheck.REASON, null));
    }
    provenance.rated(rating);
    ratings.keepTally(rating); // the monthly summary per target (rating_month)
    return new RatingReceipt(BusinessTime.display(at), dissatisfied, dissatisfied && e164 != null);
  }

  private static RatingLevel level(Violations v, String field, String value) {
    RatingLevel l = v.optionalChoice(field, value, RatingLevel.class);
    if (VisibleText.isBlank(value)) {
      v.add(field, FieldViolation.REQUIRED);
    }
    return l;
  }

  private List<String> reasons(Violations v, List<String> given, boolean dissatisfied) {
    List<String> out = new ArrayList<>();
    if (given != null && given.size() > Rating.MAX_REASONS) {
      v.add("reasons", FieldViolation.TOO_LONG);
      return out;
    }
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    for (String r : given == null ? List.<String>of() : given) {
      if (r == null || r.isEmpty() || VisibleText.isBlank(r)) {
        continue;
      }
      String c = v.identifier("reasons", r, true, ProblemTag.MAX_CODE_LENGTH + 1);
      if (c == null) {
        continue;
      }
      if (!seen.add(c)) {
        v.add("reasons", FieldViolation.DUPLICATE);
        continue;
      }
      if (c.length() > ProblemTag.MAX_CODE_LENGTH
          || tags.find(c).filter(ProblemTag::choosableByCitizens).isEmpty()) {
        v.add("reasons", FieldViolation.UNKNOWN_CODE);
        continue;
      }
      out.add(c);
    }
    if (dissatisfied && out.isEmpty() && v.isEmpty()) {
      v.add("reasons", FieldViolation.REQUIRED);
    }
    return out;
  }

  /**
   * The code in force, or the valid unused invitation, with this token.
   *
   * @throws HotlineException 404 RATING_CODE_UNKNOWN / RATING_CODE_REVOKED, 409
   *     RATING_INVITATION_USED, 410 RATING_INVITATION_EXPIRED
   */
  Source source(String token) {
    return source(token, false);
  }

  /**
   * {@link #source(String)}; with {@code forRating} an invitation is locked first, so that ratings
   * sent through it at the same moment take turns: exactly one is stored, the others see it and get
   * {@code 409 RATING_INVITATION_USED} (never a generic concurrent-update error).
   */
  Source source(String token, boolean forRating) {
    if (RatingToken.wellFormed(token)) {
      var invitation = ratings.invitationByToken(token).orElse(null);
      if (invitation != null) {
        if (!invitation.validAt(BusinessTime.now())) {
          throw new HotlineException(ErrorCode.RATING_INVITATION_EXPIRED);
        }
        if (forRating) {
          ratings.lock(invitation);
        }
        if (ratings.invitationUsed(invitation.id())) {
          throw new HotlineException(ErrorCode.RATING_INVITATION_USED);
        }
        return new Source(invitation.code(), invitation);
      }
    }
    return new Source(code(token), null);
  }

  /** The code in force with this token; the same refusals as {@link #lookup}. */
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
