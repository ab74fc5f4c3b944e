package org.hotline.application.ranking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.application.user.CurrentUser;
import org.hotline.application.user.UserNames;
import org.hotline.domain.model.ranking.RankingPeriod;
import org.hotline.domain.model.ranking.RankingPublication;
import org.hotline.domain.model.ranking.RankingRepository;
import org.hotline.domain.model.ranking.RankingRow;
import org.hotline.domain.model.ranking.RankingRules;
import org.hotline.domain.model.ranking.SelfExamination;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;

/**
 * 排名发布: leadership publishes a month's ranking as an immutable, hashed snapshot; publishing the
 * month again is a correction (a new version with a required reason); every version stays readable.
 * Units flagged for a self-examination (自查) submit it here.
 */
@Stateless
@RolesAllowed({
  Role.LEADER_ROLE,
  Role.DIRECTOR_ROLE,
  Role.ADMIN_ROLE,
  Role.CHIEF_ROLE,
  Role.OFFICER_ROLE,
  Role.AGENCY_ROLE
})
public class RankingPublicationService {

  @Inject private RankingRepository rankings;

  @Inject private RankingService ranking;

  @Inject private CurrentUser currentUser;

  @Inject private UserNames names;

  /**
   * A stored version: its summary, its canonical content and the ranking it holds (scoped to the
   * caller).
   */
  public record Published(
      PublicationSummary summary, String canonicalContent, RankingView ranking) {}

  /**
   * Publishes {@code month} (yyyy-MM, a month that has ended, Asia/Shanghai) under the rules in
   * force.
   *
   * @param correctionReason required (and only allowed) when the month was published before
   * @param corrects the version a correction corrects (更正的版本): required for a correction and it
   *     must be the latest, so two corrections of one version at once cannot both succeed; null for
   *     a first publication
   * @throws org.hotline.application.error.ValidationException month malformed or in the future
   *     (NOT_ENDED) or before the first month ({@link #firstMonth}, BEFORE_START), note or reason
   *     too long, reason or {@code corrects} missing for a correction
   * @throws HotlineException CONCURRENT_UPDATE (409) when the month was published meanwhile (a
   *     first publication of a published month, a correction naming a version that is not the
   *     latest) or the same version is stored at the same moment
   */
  @RolesAllowed(Role.LEADER_ROLE)
  public PublicationSummary publish(
      String month, String note, String correctionReason, Integer corrects) {
    Violations v = new Violations();
    RankingPeriod period = monthPeriod(v, month);
    String cleanNote = v.text("note", note, false, 1000);
    String reason = v.text("reason", correctionReason, false, 1000);
    // only a month that has ended: its closures and callbacks are final (the live view shows the
    // rest)
    if (period != null && period.to().isAfter(BusinessTime.now())) {
      v.add("month", FieldViolation.NOT_ENDED);
    } else if (period != null && period.months().get(0).isBefore(firstMonth())) {
      // a month before the system ran has no tickets to rank: publishing it would print zeros
      v.add("month", FieldViolation.BEFORE_START);
    }
    List<RankingPublication> earlier =
        period == null ? List.of() : rankings.publications(period.label());
    int latest = earlier.isEmpty() ? 0 : earlier.get(earlier.size() - 1).version();
    if (latest == 0 ? corrects != null : corrects == null && reason == null) {
      // a first publication that found the month published (or a correction of nothing): it lost
      // a race, or its page was stale — not a correction without its reason
      v.throwIfAny();
      throw new HotlineException(ErrorCode.CONCURRENT_UPDATE);
    }
    if (latest > 0 && corrects == null) {
      v.add("corrects", FieldViolation.REQUIRED);
    }
    if (latest > 0 && reason == null) {
      v.add("reason", FieldViolation.REQUIRED);
    }
    v.throwIfAny();
    if (latest > 0 && corrects != latest) {
      throw new HotlineException(ErrorCode.CONCURRENT_UPDATE);
    }
    RankingRules rules = rankings.latestRules();
    int version = earlier.isEmpty() ? 1 : earlier.get(earlier.size() - 1).version() + 1;
    AppUser user = currentUser.get();
    var now = BusinessTime.now();
    RankingView view =
        new RankingView(
            period.label(),
            false,
            version,
            BusinessTime.display(now).toString(),
            user.username(),
            cleanNote,
            earlier.isEmpty() ? null : reason,
            RulesView.of(rules, names.displayName(rules.createdBy())),
            ranking.compute(period, rules.values()));
    String content = CanonicalJson.write(view);
    RankingPublication p =
        new RankingPublication(
            period.label(),
            version,
            rules.version(),
            now,
            user.username(),
            cleanNote,
            view.correctionReason(),
            content,
            CanonicalJson.sha256(content));
    try {
      rankings.add(p);
    } catch (jakarta.persistence.PersistenceException sameVersionPublishedMeanwhile) {
      throw new HotlineException(ErrorCode.CONCURRENT_UPDATE);
    }
    return PublicationSummary.of(p, names);
  }

  /** Every version of {@code month}, oldest first (empty when never published). */
  public List<PublicationSummary> versions(String month) {
    Violations v = new Violations();
    RankingPeriod period = lifeMonthPeriod(v, month);
    v.throwIfAny();
    return rankings.publications(period.label()).stream()
        .map(p -> PublicationSummary.of(p, names))
        .toList();
  }

  /** Every published month, newest first, with its latest version. */
  public List<PublicationSummary> latestOfEveryMonth() {
    List<String> months = rankings.publishedMonths().stream().map(r -> (String) r[0]).toList();
    return rankings.latestPublications(months).stream()
        .map(p -> PublicationSummary.of(p, names))
        .sorted((a, b) -> b.month().compareTo(a.month()))
        .toList();
  }

  /**
   * One version ({@code version} null: the latest) of {@code month}.
   *
   * @throws HotlineException NOT_FOUND when that version does not exist
   */
  public Published version(String month, Integer version) {
    Violations v = new Violations();
    RankingPeriod period = lifeMonthPeriod(v, month);
    v.throwIfAny();
    List<RankingPublication> all = rankings.publications(period.label());
    RankingPublication p =
        all.stream()
            .filter(x -> version == null || x.version() == version)
            .reduce((a, b) -> b)
            .orElseThrow(
                () ->
                    new HotlineException(
                        ErrorCode.NOT_FOUND, month + (version == null ? "" : " v" + version)));
    RankingView view = CanonicalJson.read(p.content(), RankingView.class);
    return new Published(PublicationSummary.of(p, names), p.content(), ranking.scoped(view, null));
  }

  /** A self-examination as listed. */
  public record SelfExaminationView(
      Long id,
      String month,
      String unitCode,
      String text,
      String submittedBy,
      String submittedByName,
      String submittedAt) {

    static SelfExaminationView of(SelfExamination s, UserNames names) {
      return new SelfExaminationView(
          s.id(),
          s.month(),
          s.unitCode(),
          s.text(),
          s.submittedBy(),
          names.displayName(s.submittedBy()),
          BusinessTime.display(s.submittedAt()).toString());
    }
  }

  /**
   * 自查报告 by the chief of a unit that the latest publication of {@code month} flags
   * SELF_EXAMINATION_REQUIRED.
   *
   * @throws HotlineException FORBIDDEN for another unit's chief; SELF_EXAMINATION_NOT_REQUIRED when
   *     the unit is not flagged (or the month is not published)
   */
  @RolesAllowed(Role.CHIEF_ROLE)
  public SelfExaminationView selfExamine(String month, String unitCode, String text) {
    Violations v = new Violations();
    RankingPeriod period = lifeMonthPeriod(v, month);
    String unit = v.identifier("unitCode", unitCode, true, 40);
    String clean = v.text("text", text, true, 4000);
    v.throwIfAny();
    AppUser user = currentUser.get();
    if (!user.unit().code().equals(unit)) {
      throw new HotlineException(ErrorCode.FORBIDDEN);
    }
    List<RankingPublication> all = rankings.publications(period.label());
    boolean flagged =
        !all.isEmpty()
            && CanonicalJson.read(all.get(all.size() - 1).content(), RankingView.class)
                .rows()
                .stream()
                .anyMatch(
                    r ->
                        r.unitCode().equals(unit)
                            && r.flags().contains(RankingRow.Flag.SELF_EXAMINATION_REQUIRED));
    if (!flagged) {
      throw new HotlineException(ErrorCode.SELF_EXAMINATION_NOT_REQUIRED, unit, period.label());
    }
    SelfExamination s =
        new SelfExamination(period.label(), unit, clean, user.username(), BusinessTime.now());
    rankings.add(s);
    return SelfExaminationView.of(s, names);
  }

  /** The self-examinations of {@code month}: all for leadership, the caller's unit's for units. */
  public List<SelfExaminationView> selfExaminations(String month) {
    Violations v = new Violations();
    RankingPeriod period = lifeMonthPeriod(v, month);
    v.throwIfAny();
    AppUser user = currentUser.get();
    boolean all = RankingService.seesEveryUnit(user);
    return rankings.selfExaminations(period.label()).stream()
        .filter(s -> all || s.unitCode().equals(user.unit().code()))
        .map(s -> SelfExaminationView.of(s, names))
        .toList();
  }

  /**
   * The earliest month a ranking may be published for: {@code -Dhotline.rankings.first-month}
   * (yyyy-MM, default {@value org.hotline.domain.model.shared.SystemLife#DEFAULT_FIRST_MONTH}; set
   * it to the month the hotline went live).
   */
  static java.time.YearMonth firstMonth() {
    return org.hotline.domain.model.shared.SystemLife.firstMonth();
  }

  /** {@link #monthPeriod} within the system's life (BEFORE_START, AFTER_NOW). */
  private static RankingPeriod lifeMonthPeriod(Violations v, String month) {
    RankingPeriod p = monthPeriod(v, month);
    return p != null && v.withinLife("month", p.months().get(0)) ? p : null;
  }

  private static RankingPeriod monthPeriod(Violations v, String month) {
    RankingPeriod p = month == null ? null : RankingPeriod.month(month).orElse(null);
    if (p == null) {
      v.add(
          "month",
          month == null || month.isBlank() ? FieldViolation.REQUIRED : FieldViolation.INVALID);
    }
    return p;
  }
}
