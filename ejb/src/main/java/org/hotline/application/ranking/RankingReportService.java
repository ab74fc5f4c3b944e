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
import org.hotline.domain.model.ranking.TicketOutcome;
import org.hotline.domain.model.ranking.UnitClass;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.user.Role;
import org.hotline.reports.ReportRenderer;

/**
 * The rankings on paper (JasperReports, templates compiled at build time and cached): the published
 * ranking as PDF and XLSX, the praise/criticism notice (通报), and the live preview marked 预览. Texts
 * are Chinese (printed documents of the bureau). Leader, director and admin only: a printed ranking
 * holds every unit.
 */
@Stateless
@RolesAllowed({Role.LEADER_ROLE, Role.DIRECTOR_ROLE, Role.ADMIN_ROLE})
public class RankingReportService {

  private static final ReportRenderer RENDERER = new ReportRenderer();
  private static final String ORG_NAME = Messages.zh("pdf.orgName");

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

  /** The canonical JSON the SHA-256 of a version was taken of. */
  public String canonicalContent(String month, Integer version) {
    return publications.version(month, version).canonicalContent();
  }

  public File publishedRankingPdf(String month, Integer version) {
    var p = publications.version(month, version);
    return new File(
        "ranking-" + p.summary().month() + "-v" + p.summary().version() + ".pdf",
        out ->
            RENDERER.pdf(
                ReportRenderer.RANKING,
                parameters(
                    p.ranking(), p.summary().sha256(), names.label(p.ranking().publishedBy())),
                rows(p.ranking()),
                out));
  }

  public File publishedRankingXlsx(String month, Integer version) {
    var p = publications.version(month, version);
    return new File(
        "ranking-" + p.summary().month() + "-v" + p.summary().version() + ".xlsx",
        out ->
            RENDERER.xlsx(
                ReportRenderer.RANKING,
                parameters(
                    p.ranking(), p.summary().sha256(), names.label(p.ranking().publishedBy())),
                rows(p.ranking()),
                out));
  }

  /** The live ranking of {@code month} (one class or all), marked 预览. */
  public File previewPdf(String month, String unitClass) {
    RankingView view = ranking.live(month, unitClass);
    return new File(
        "ranking-" + view.month() + "-preview.pdf",
        out -> RENDERER.pdf(ReportRenderer.RANKING, parameters(view, null, null), rows(view), out));
  }

  /**
   * 单位月度明细: one unit's live figures of {@code month} and every ticket behind them (due in the month
   * or called back in it), each marked with what it counts for.
   */
  public File unitMonthPdf(String month, String unitCode) {
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
    p.put("TITLE", Messages.zh("pdf.ranking.unitTitle", row.unitName(), monthText(view.month())));
    p.put(
        "FIGURES",
        Messages.zh(
                "pdf.ranking.figures",
                fraction(row.reply()),
                fraction(row.closure()),
                fraction(row.satisfaction()),
                fraction(row.revisit()),
                row.unreachable(),
                row.score() == null ? "—" : String.format(Locale.ROOT, "%.2f", row.score()))
            + (row.rank() == null
                ? Messages.zh("pdf.ranking.notRanked")
                : Messages.zh("pdf.ranking.rank", row.rank())));
    p.put("PRINTED_AT", BusinessTime.minutes(BusinessTime.now()));
    Iterable<Map<String, ?>> rows =
        () -> new UnitMonthRows(rankings, unitCode, period, attribution, PAGE);
    return new File(
        "unit-" + unitCode + "-" + view.month() + ".pdf",
        out -> RENDERER.pdf(ReportRenderer.UNIT_MONTH, p, rows, out));
  }

  /**
   * The detail rows of a unit's month, read page by page (keyset on the ticket id): every ticket
   * due in the month or reached by a callback in it, marked with what it counts for — on time
   * (replied by its deadline) and closed in the month only for tickets due in the month, as the
   * tallies count.
   */
  static final class UnitMonthRows implements java.util.Iterator<Map<String, ?>> {
    private final RankingRepository rankings;
    private final String unitCode;
    private final RankingPeriod period;
    private final Attribution attribution;
    private final int size;
    private java.util.Iterator<Map<String, ?>> page = java.util.Collections.emptyIterator();
    private long after = Long.MIN_VALUE;
    private boolean last;

    UnitMonthRows(
        RankingRepository rankings,
        String unitCode,
        RankingPeriod period,
        Attribution attribution,
        int size) {
      this.rankings = rankings;
      this.unitCode = unitCode;
      this.period = period;
      this.attribution = attribution;
      this.size = size;
    }

    @Override
    public boolean hasNext() {
      while (!page.hasNext() && !last) {
        List<TicketOutcome> outcomes =
            rankings.unitMonthPage(unitCode, period.from(), period.to(), attribution, after, size);
        last = outcomes.size() < size;
        if (!outcomes.isEmpty()) {
          after = outcomes.get(outcomes.size() - 1).ticketId();
        }
        Map<Long, String> numbers =
            rankings.ticketNumbers(outcomes.stream().map(TicketOutcome::ticketId).toList());
        List<Map<String, ?>> rows = new ArrayList<>(outcomes.size());
        for (TicketOutcome o : outcomes) {
          rows.add(row(o, numbers.get(o.ticketId())));
        }
        page = rows.iterator();
      }
      return page.hasNext();
    }

    @Override
    public Map<String, ?> next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      return page.next();
    }

    private Map<String, ?> row(TicketOutcome o, String number) {
      boolean dueInMonth =
          o.dueAt() != null
              && !o.dueAt().isBefore(period.from())
              && o.dueAt().isBefore(period.to());
      boolean onTime = dueInMonth && o.repliedAt() != null && !o.repliedAt().isAfter(o.dueAt());
      boolean closed = dueInMonth && o.closedAt() != null && o.closedAt().isBefore(period.to());
      Map<String, Object> m = new HashMap<>();
      m.put("number", number);
      m.put("due", minutes(BusinessTime.display(o.dueAt())));
      m.put("replied", minutes(BusinessTime.display(o.repliedAt())));
      m.put("closed", minutes(BusinessTime.display(o.closedAt())));
      m.put("callback", Messages.label(o.callbackResult(), Locale.CHINESE));
      m.put(
          "counts",
          (onTime ? Messages.zh("pdf.ranking.repliedInTime") + " " : "")
              + (closed ? Messages.zh("pdf.ranking.closedInMonth") : ""));
      return m;
    }
  }

  private static String minutes(java.time.OffsetDateTime t) {
    return t == null ? null : t.toString().substring(0, 16).replace('T', ' ');
  }

  /** 通报: praise (100 % satisfaction), criticism (last of each class), self-examinations due. */
  public File noticePdf(String month, Integer version) {
    var p = publications.version(month, version);
    RankingView view = p.ranking();
    Map<String, Object> params = new HashMap<>();
    params.put("ORG_NAME", ORG_NAME);
    params.put(
        "TITLE",
        Messages.zh("pdf.ranking.noticeTitle", monthText(view.month()))
            + (view.version() != null && view.version() > 1
                ? Messages.zh("pdf.ranking.correctedVersion", view.version())
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
        Messages.zh(
                "pdf.ranking.summary",
                monthText(view.month()),
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
                : Messages.zh("pdf.ranking.correctionReason", view.correctionReason())));
    params.put("PRAISE", names(view, RankingRow.Flag.PRAISE, Messages.zh("pdf.ranking.praise")));
    params.put(
        "CRITICISM", names(view, RankingRow.Flag.CRITICISM, Messages.zh("pdf.ranking.criticism")));
    params.put(
        "SELF_EXAMINATION",
        names(
            view,
            RankingRow.Flag.SELF_EXAMINATION_REQUIRED,
            Messages.zh(
                "pdf.ranking.selfExamination",
                view.rules().bottomMonths(),
                view.rules().bottomCount())));
    params.put(
        "DATE",
        Messages.zh("pdf.ranking.noticeDate", ORG_NAME, view.generatedAt().substring(0, 10)));
    params.put("SHA256", p.summary().sha256());
    return new File(
        "notice-" + view.month() + "-v" + view.version() + ".pdf",
        out -> RENDERER.pdf(ReportRenderer.RANKING_NOTICE, params, List.<Map<String, ?>>of(), out));
  }

  private static String names(RankingView view, RankingRow.Flag flag, String sentence) {
    String units =
        view.rows().stream()
            .filter(r -> r.flags().contains(flag))
            .map(
                r ->
                    Messages.zh(
                        "pdf.ranking.unitWithClass", r.unitName(), classText(r.unitClass())))
            .collect(Collectors.joining(Messages.zh("listSeparator")));
    return units.isEmpty()
        ? Messages.zh("pdf.ranking.none")
        : Messages.zh("pdf.ranking.units", units, sentence);
  }

  private static Map<String, Object> parameters(RankingView view, String sha256, String publisher) {
    Map<String, Object> p = new HashMap<>();
    p.put("TITLE", Messages.zh("pdf.ranking.title", ORG_NAME, monthText(view.month())));
    String at = view.generatedAt().substring(0, 16).replace('T', ' ');
    p.put(
        "STATUS",
        view.preview()
            ? Messages.zh("pdf.ranking.preview", at)
            : Messages.zh("pdf.ranking.published", view.version(), publisher, at)
                + (view.correctionReason() == null
                    ? ""
                    : Messages.zh("pdf.ranking.correction", view.correctionReason())));
    RulesView r = view.rules();
    p.put(
        "RULES",
        Messages.zh(
            "pdf.ranking.rules",
            r.version(),
            String.valueOf(r.weights().reply()),
            String.valueOf(r.weights().closure()),
            String.valueOf(r.weights().satisfaction()),
            Messages.label(r.basis(), Locale.CHINESE),
            r.minSample()));
    p.put("SHA256", sha256);
    p.put("PRINTED_AT", BusinessTime.minutes(BusinessTime.now()));
    return p;
  }

  private static List<Map<String, ?>> rows(RankingView view) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (RankingRow r : view.rows()) {
      Map<String, Object> m = new HashMap<>();
      m.put("unitClass", classText(r.unitClass()));
      m.put("rank", r.rank() == null ? "—" : String.valueOf(r.rank()));
      m.put("unitName", r.unitName());
      m.put("due", String.valueOf(r.reply().denominator()));
      m.put("reply", fraction(r.reply()));
      m.put("closure", fraction(r.closure()));
      m.put("satisfaction", fraction(r.satisfaction()));
      m.put("revisit", fraction(r.revisit()));
      m.put("score", r.score() == null ? null : String.format(Locale.ROOT, "%.2f", r.score()));
      m.put(
          "flags",
          r.sampleTooSmall()
              ? Messages.zh("sampleTooSmall")
              : r.flags().stream()
                  .map(f -> Messages.label(f, Locale.CHINESE))
                  .collect(Collectors.joining(" ")));
      rows.add(m);
    }
    return rows;
  }

  static String fraction(Rate rate) {
    return rate.denominator() == 0
        ? "—"
        : percent(rate) + "（" + rate.numerator() + "/" + rate.denominator() + "）";
  }

  static String percent(Rate rate) {
    return rate.rate() == null ? "—" : String.format(Locale.ROOT, "%.1f%%", rate.rate() * 100);
  }

  private static String monthText(String month) {
    return Messages.zh("pdf.month", month.substring(0, 4), Integer.parseInt(month.substring(5, 7)));
  }

  private static String classText(UnitClass c) {
    return Messages.zh("pdf.unitClass." + c.name());
  }
}
