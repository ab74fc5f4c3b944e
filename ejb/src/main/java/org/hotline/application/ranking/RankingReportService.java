package org.hotline.application.ranking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hotline.application.text.Messages;
import org.hotline.domain.model.ranking.Attribution;
import org.hotline.domain.model.ranking.RankingPeriod;
import org.hotline.domain.model.ranking.RankingRepository;
import org.hotline.domain.model.ranking.RankingRow;
import org.hotline.domain.model.ranking.Rate;
import org.hotline.domain.model.ranking.UnitClass;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.user.Role;
import org.hotline.reports.ReportRenderer;

/**
 * The rankings on paper (JasperReports, templates compiled at build time and cached): the published
 * ranking as PDF and XLSX, the praise/criticism notice (通报), and the live preview marked 预览. Every
 * text comes from the message bundle in the reader's language (Chinese by default, English on
 * request: {@code Accept-Language}); unit names and notes are printed as stored. Leader, director
 * and admin only: a printed ranking holds every unit.
 */
@Stateless
@RolesAllowed({Role.LEADER_ROLE, Role.DIRECTOR_ROLE, Role.ADMIN_ROLE})
public class RankingReportService {

  private static final ReportRenderer RENDERER = new ReportRenderer(Messages::bundle);

  /** Rows the unit's month in detail reads from the database per page. */
  static final int PAGE = 500;

  /**
   * A file to download: its name and how to write it. The report is filled and exported while it is
   * written (filled pages virtualized, detail rows paged from the database), so a caller streams it
   * to the client instead of holding it.
   */
  public record File(String name, Content content) {

    /** Writes the file to {@code out}; throws IllegalStateException if the report fails. */
    @FunctionalInterface
    public interface Content {
      void writeTo(java.io.OutputStream out);
    }

    /** The whole file in memory (tests and small files only). */
    public byte[] bytes() {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      content.writeTo(out);
      return out.toByteArray();
    }
  }

  @Inject private RankingRepository rankings;

  @Inject private RankingPublicationService publications;

  @Inject private RankingService ranking;

  @Inject private org.hotline.application.user.UserNames names;

  @Inject private RenderedRankings rendered;

  /** The canonical JSON the SHA-256 of a version was taken of. */
  public String canonicalContent(String month, Integer version) {
    return publications.version(month, version).canonicalContent();
  }

  /** The published ranking {@code version} of {@code month} as PDF, in {@code locale}. */
  public File publishedRankingPdf(String month, Integer version, Locale locale) {
    return published(month, version, locale, "pdf", RENDERER::pdf);
  }

  /** The published ranking {@code version} of {@code month} as XLSX, in {@code locale}. */
  public File publishedRankingXlsx(String month, Integer version, Locale locale) {
    return published(month, version, locale, "xlsx", RENDERER::xlsx);
  }

  /** One of the renderer's streaming formats (PDF, XLSX). */
  @FunctionalInterface
  private interface Format {
    void write(
        String template,
        Locale locale,
        Map<String, ?> parameters,
        Iterable<? extends Map<String, ?>> rows,
        java.io.OutputStream out);
  }

  private File published(String month, Integer version, Locale locale, String ext, Format format) {
    var p = publications.version(month, version);
    return new File(
        "ranking-" + p.summary().month() + "-v" + p.summary().version() + "." + ext,
        out ->
            format.write(
                ReportRenderer.RANKING,
                locale,
                parameters(
                    p.ranking(),
                    p.summary().sha256(),
                    names.label(p.ranking().publishedBy(), locale),
                    locale),
                rows(p.ranking(), locale),
                out));
  }

  /**
   * The live ranking of {@code month} (one class or all), marked 预览; the ranking is the live one
   * (the monthly summary, no count of tickets), and a file printed a moment ago with exactly the
   * same figures (same language, month, rules, rows) is served again ({@link RenderedRankings}).
   */
  public File previewPdf(String month, String unitClass, Locale locale) {
    RankingView view = ranking.live(month, unitClass);
    return new File(
        "ranking-" + view.month() + "-preview.pdf",
        rendered.content(
            new PrintedPreview(Messages.language(locale), view.month(), view.rules(), view.rows()),
            out ->
                RENDERER.pdf(
                    ReportRenderer.RANKING,
                    locale,
                    parameters(view, null, null, locale),
                    rows(view, locale),
                    out)));
  }

  /** What a preview file prints, compared field by field (records all the way down). */
  private record PrintedPreview(
      String language, String month, RulesView rules, List<RankingRow> rows) {}

  /**
   * 单位月度明细: one unit's live figures of {@code month} and every ticket behind them (due in the month
   * or called back in it), each marked with what it counts for.
   */
  public File unitMonthPdf(String month, String unitCode, Locale locale) {
    RankingView view = ranking.live(month, null);
    RankingRow row =
        view.rows().stream()
            .filter(r -> r.unitCode().equals(unitCode))
            .findFirst()
            .orElseThrow(
                () ->
                    new org.hotline.application.error.HotlineException(
                        org.hotline.application.error.ErrorCode.NOT_FOUND, unitCode));
    RankingPeriod period = RankingPeriod.month(view.month()).orElseThrow();
    Attribution attribution = rankings.latestRules().values().attribution();
    Map<String, Object> p = new HashMap<>();
    p.put(
        "TITLE",
        Messages.text(
            "pdf.ranking.unitTitle", locale, row.unitName(), monthText(view.month(), locale)));
    p.put(
        "FIGURES",
        Messages.text(
                "pdf.ranking.figures",
                locale,
                fraction(row.reply(), locale),
                fraction(row.closure(), locale),
                fraction(row.satisfaction(), locale),
                fraction(row.revisit(), locale),
                row.unreachable(),
                row.score() == null ? "—" : String.format(Locale.ROOT, "%.2f", row.score()))
            + (row.rank() == null
                ? Messages.text("pdf.ranking.notRanked", locale)
                : Messages.text("pdf.ranking.rank", locale, row.rank())));
    p.put("PRINTED_AT", BusinessTime.minutes(BusinessTime.now()));
    Iterable<Map<String, ?>> rows =
        () -> new UnitMonthRows(rankings, unitCode, period, attribution, PAGE, locale);
    return new File(
        "unit-" + unitCode + "-" + view.month() + ".pdf",
        out -> RENDERER.pdf(ReportRenderer.UNIT_MONTH, locale, p, rows, out));
  }

  /** 通报: praise (100 % satisfaction), criticism (last of each class), self-examinations due. */
  public File noticePdf(String month, Integer version, Locale locale) {
    var p = publications.version(month, version);
    RankingView view = p.ranking();
    Map<String, Object> params = new HashMap<>();
    String orgName = Messages.text("pdf.orgName", locale);
    params.put("ORG_NAME", orgName);
    params.put(
        "TITLE",
        Messages.text("pdf.ranking.noticeTitle", locale, monthText(view.month(), locale))
            + (view.version() != null && view.version() > 1
                ? Messages.text("pdf.ranking.correctedVersion", locale, view.version())
                : ""));
    long ranked =
        view.rows().stream()
            .filter(r -> r.rank() != null && r.unitClass() != UnitClass.CENTRE)
            .count();
    long due = view.rows().stream().mapToLong(r -> r.reply().denominator()).sum();
    long reached = view.rows().stream().mapToLong(r -> r.satisfaction().denominator()).sum();
    long satisfied = view.rows().stream().mapToLong(r -> r.satisfaction().numerator()).sum();
    params.put(
        "SUMMARY",
        Messages.text(
                "pdf.ranking.summary",
                locale,
                monthText(view.month(), locale),
                ranked,
                due,
                reached,
                satisfied,
                percent(Rate.of(satisfied, reached)),
                view.rules().version(),
                String.valueOf(view.rules().weights().reply()),
                String.valueOf(view.rules().weights().closure()),
                String.valueOf(view.rules().weights().satisfaction()))
            + (view.correctionReason() == null
                ? ""
                : Messages.text("pdf.ranking.correctionReason", locale, view.correctionReason())));
    params.put(
        "PRAISE",
        names(view, RankingRow.Flag.PRAISE, Messages.text("pdf.ranking.praise", locale), locale));
    params.put(
        "CRITICISM",
        names(
            view,
            RankingRow.Flag.CRITICISM,
            Messages.text("pdf.ranking.criticism", locale),
            locale));
    params.put(
        "SELF_EXAMINATION",
        names(
            view,
            RankingRow.Flag.SELF_EXAMINATION_REQUIRED,
            Messages.text(
                "pdf.ranking.selfExamination",
                locale,
                view.rules().bottomMonths(),
                view.rules().bottomCount()),
            locale));
    params.put(
        "DATE",
        Messages.text(
            "pdf.ranking.noticeDate", locale, orgName, view.generatedAt().substring(0, 10)));
    params.put("SHA256", p.summary().sha256());
    return new File(
        "notice-" + view.month() + "-v" + view.version() + ".pdf",
        out ->
            RENDERER.pdf(
                ReportRenderer.RANKING_NOTICE, locale, params, List.<Map<String, ?>>of(), out));
  }

  private static String names(
      RankingView view, RankingRow.Flag flag, String sentence, Locale locale) {
    String units =
        view.rows().stream()
            .filter(r -> r.flags().contains(flag))
            .map(
                r ->
                    Messages.text(
                        "pdf.ranking.unitWithClass",
                        locale,
                        r.unitName(),
                        classText(r.unitClass(), locale)))
            .collect(Collectors.joining(Messages.text("listSeparator", locale)));
    return units.isEmpty()
        ? Messages.text("pdf.ranking.none", locale)
        : Messages.text("pdf.ranking.units", locale, units, sentence);
  }

  private static Map<String, Object> parameters(
      RankingView view, String sha256, String publisher, Locale locale) {
    Map<String, Object> p = new HashMap<>();
    p.put(
        "TITLE",
        Messages.text(
            "pdf.ranking.title",
            locale,
            Messages.text("pdf.orgName", locale),
            monthText(view.month(), locale)));
    String at = view.generatedAt().substring(0, 16).replace('T', ' ');
    p.put(
        "STATUS",
        view.preview()
            ? Messages.text("pdf.ranking.preview", locale, at)
            : Messages.text("pdf.ranking.published", locale, view.version(), publisher, at)
                + (view.correctionReason() == null
                    ? ""
                    : Messages.text("pdf.ranking.correction", locale, view.correctionReason())));
    RulesView r = view.rules();
    p.put(
        "RULES",
        Messages.text(
            "pdf.ranking.rules",
            locale,
            r.version(),
            String.valueOf(r.weights().reply()),
            String.valueOf(r.weights().closure()),
            String.valueOf(r.weights().satisfaction()),
            Messages.label(r.basis(), locale),
            r.minSample()));
    p.put("SHA256", sha256);
    p.put("PRINTED_AT", BusinessTime.minutes(BusinessTime.now()));
    return p;
  }

  private static List<Map<String, ?>> rows(RankingView view, Locale locale) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (RankingRow r : view.rows()) {
      Map<String, Object> m = new HashMap<>();
      m.put("unitClass", classText(r.unitClass(), locale));
      m.put("rank", r.rank() == null ? "—" : String.valueOf(r.rank()));
      m.put("unitName", r.unitName());
      m.put("due", String.valueOf(r.reply().denominator()));
      m.put("reply", fraction(r.reply(), locale));
      m.put("closure", fraction(r.closure(), locale));
      m.put("satisfaction", fraction(r.satisfaction(), locale));
      m.put("revisit", fraction(r.revisit(), locale));
      m.put("score", r.score() == null ? null : String.format(Locale.ROOT, "%.2f", r.score()));
      m.put(
          "flags",
          r.sampleTooSmall()
              ? Messages.text("sampleTooSmall", locale)
              : r.flags().stream()
                  .map(f -> Messages.label(f, locale))
                  .collect(Collectors.joining(" ")));
      rows.add(m);
    }
    return rows;
  }

  /** A rate with its count, e.g. 71.4%（5/7） in Chinese and 71.4% (5/7) in English. */
  static String fraction(Rate rate, Locale locale) {
    return rate.denominator() == 0
        ? "—"
        : Messages.text(
            "pdf.ranking.fraction",
            locale,
            percent(rate),
            String.valueOf(rate.numerator()),
            String.valueOf(rate.denominator()));
  }

  static String percent(Rate rate) {
    return rate.rate() == null ? "—" : String.format(Locale.ROOT, "%.1f%%", rate.rate() * 100);
  }

  private static String monthText(String month, Locale locale) {
    return Messages.text(
        "pdf.month", locale, month.substring(0, 4), Integer.parseInt(month.substring(5, 7)));
  }

  private static String classText(UnitClass c, Locale locale) {
    return Messages.text("pdf.unitClass." + c.name(), locale);
  }
}
