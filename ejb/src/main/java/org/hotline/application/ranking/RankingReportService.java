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
import org.hotline.domain.model.ranking.Attribution;
import org.hotline.domain.model.ranking.RankingPeriod;
import org.hotline.domain.model.ranking.RankingRepository;
import org.hotline.domain.model.ranking.Rate;
import org.hotline.domain.model.ranking.TicketOutcome;
import org.hotline.domain.model.ranking.RankingRow;
import org.hotline.domain.model.ranking.UnitClass;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.user.Role;
import org.hotline.reports.ReportRenderer;

/**
 * The rankings on paper (JasperReports, templates compiled at build time and cached): the published
 * ranking as PDF and XLSX, the praise/criticism notice (通报), and the live preview marked 预览.
 * Texts are Chinese (printed documents of the bureau). Leader, director and admin only: a printed
 * ranking holds every unit.
 */
@Stateless
@RolesAllowed({Role.LEADER_ROLE, Role.DIRECTOR_ROLE, Role.ADMIN_ROLE})
public class RankingReportService {

  private static final ReportRenderer RENDERER = new ReportRenderer();
  private static final String ORG_NAME = "示范县公安局";

  /** Rows the unit's month in detail reads from the database per page. */
  static final int PAGE = 500;

  /**
   * A file to download: its name and how to write it. The report is filled and exported while it is
   * written (filled pages virtualized, detail rows paged from the database), so a caller streams it to
   * the client instead of holding it.
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

  @Inject
  private RankingRepository rankings;

  @Inject
  private RankingPublicationService publications;

  @Inject
  private RankingService ranking;

  @Inject
  private org.hotline.application.user.UserNames names;

  /** The canonical JSON the SHA-256 of a version was taken of. */
  public String canonicalContent(String month, Integer version) {
    return publications.version(month, version).canonicalContent();
  }

  public File publishedRankingPdf(String month, Integer version) {
    var p = publications.version(month, version);
    return new File("ranking-" + p.summary().month() + "-v" + p.summary().version() + ".pdf",
        out -> RENDERER.pdf(ReportRenderer.RANKING, parameters(p.ranking(), p.summary().sha256(),
            names.label(p.ranking().publishedBy())), rows(p.ranking()), out));
  }

  public File publishedRankingXlsx(String month, Integer version) {
    var p = publications.version(month, version);
    return new File("ranking-" + p.summary().month() + "-v" + p.summary().version() + ".xlsx",
        out -> RENDERER.xlsx(ReportRenderer.RANKING, parameters(p.ranking(), p.summary().sha256(),
            names.label(p.ranking().publishedBy())), rows(p.ranking()), out));
  }

  /** The live ranking of {@code month} (one class or all), marked 预览. */
  public File previewPdf(String month, String unitClass) {
    RankingView view = ranking.live(month, unitClass);
    return new File("ranking-" + view.month() + "-preview.pdf",
        out -> RENDERER.pdf(ReportRenderer.RANKING, parameters(view, null, null), rows(view), out));
  }

  /**
   * 单位月度明细: one unit's live figures of {@code month} and every ticket behind them (due in the
   * month or called back in it), each marked with what it counts for.
   */
  public File unitMonthPdf(String month, String unitCode) {
    RankingView view = ranking.live(month, null);
    RankingRow row = view.rows().stream().filter(r -> r.unitCode().equals(unitCode)).findFirst()
        .orElseThrow(() -> new org.hotline.application.error.HotlineException(
            org.hotline.application.error.ErrorCode.NOT_FOUND, unitCode));
    RankingPeriod period = RankingPeriod.month(view.month()).orElseThrow();
    Attribution attribution = rankings.latestRules().values().attribution();
    Map<String, Object> p = new HashMap<>();
    p.put("TITLE", row.unitName() + " " + monthText(view.month()) + "工单办理明细");
    p.put("FIGURES", "回复率 " + fraction(row.reply()) + "　办结率 " + fraction(row.closure()) + "　满意率 "
        + fraction(row.satisfaction()) + "　整改后满意率 " + fraction(row.revisit()) + "　未接通 " + row.unreachable()
        + " 件　得分 " + (row.score() == null ? "—" : String.format(Locale.ROOT, "%.2f", row.score()))
        + (row.rank() == null ? "（样本不足，不参加排名）" : "　名次 " + row.rank()));
    p.put("PRINTED_AT", BusinessTime.minutes(BusinessTime.now()));
    Iterable<Map<String, ?>> rows = () -> new UnitMonthRows(rankings, unitCode, period, attribution, PAGE);
    return new File("unit-" + unitCode + "-" + view.month() + ".pdf",
        out -> RENDERER.pdf(ReportRenderer.UNIT_MONTH, p, rows, out));
  }

  /**
   * The detail rows of a unit's month, read page by page (keyset on the ticket id): every ticket due in
   * the month or reached by a callback in it, marked with what it counts for — on time (replied by
   * its deadline) and closed in the month only for tickets due in the month, as the tallies count.
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

    UnitMonthRows(RankingRepository rankings, String unitCode, RankingPeriod period, Attribution attribution,
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
        List<TicketOutcome> outcomes = rankings.unitMonthPage(unitCode, period.from(), period.to(), attribution,
            after, size);
        last = outcomes.size() < size;
        if (!outcomes.isEmpty()) {
          after = outcomes.get(outcomes.size() - 1).ticketId();
        }
        Map<Long, String> numbers = rankings.ticketNumbers(outcomes.stream().map(TicketOutcome::ticketId).toList());
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
      boolean dueInMonth = o.dueAt() != null && !o.dueAt().isBefore(period.from()) && o.dueAt().isBefore(period.to());
      boolean onTime = dueInMonth && o.repliedAt() != null && !o.repliedAt().isAfter(o.dueAt());
      boolean closed = dueInMonth && o.closedAt() != null && o.closedAt().isBefore(period.to());
      Map<String, Object> m = new HashMap<>();
      m.put("number", number);
      m.put("due", minutes(BusinessTime.display(o.dueAt())));
      m.put("replied", minutes(BusinessTime.display(o.repliedAt())));
      m.put("closed", minutes(BusinessTime.display(o.closedAt())));
      m.put("callback", o.callbackResult() == null ? null : callbackText(o.callbackResult()));
      m.put("counts", (onTime ? "按时回复 " : "") + (closed ? "月内办结" : ""));
      return m;
    }
  }

  private static String minutes(java.time.OffsetDateTime t) {
    return t == null ? null : t.toString().substring(0, 16).replace('T', ' ');
  }

  private static String callbackText(org.hotline.domain.model.ticket.CallbackResult r) {
    return switch (r) {
      case SATISFIED -> "满意";
      case BASICALLY_SATISFIED -> "基本满意";
      case DISSATISFIED -> "不满意";
      case UNREACHABLE -> "未接通";
    };
  }

  /** 通报: praise (100 % satisfaction), criticism (last of each class), self-examinations due. */
  public File noticePdf(String month, Integer version) {
    var p = publications.version(month, version);
    RankingView view = p.ranking();
    Map<String, Object> params = new HashMap<>();
    params.put("ORG_NAME", ORG_NAME);
    params.put("TITLE", "关于" + monthText(view.month()) + "警务热线工单办理情况的通报"
        + (view.version() != null && view.version() > 1 ? "（第 " + view.version() + " 版，更正）" : ""));
    long ranked = view.rows().stream().filter(r -> r.rank() != null && r.unitClass() != UnitClass.CENTRE).count();
    long due = view.rows().stream().mapToLong(r -> r.reply().denominator()).sum();
    long reached = view.rows().stream().mapToLong(r -> r.satisfaction().denominator()).sum();
    long satisfied = view.rows().stream().mapToLong(r -> r.satisfaction().numerator()).sum();
    params.put("SUMMARY", "　　" + monthText(view.month()) + "，全县 " + ranked + " 个承办单位参加排名，到期工单 " + due
        + " 件，回访 " + reached + " 件，满意及基本满意 " + satisfied + " 件，总体满意率 "
        + percent(Rate.of(satisfied, reached)) + "。按照考核规则第 " + view.rules().version() + " 版（回复率、办结率、满意率权重 "
        + view.rules().weights().reply() + "/" + view.rules().weights().closure() + "/" + view.rules().weights().satisfaction()
        + "），现将排名情况通报如下。" + (view.correctionReason() == null ? "" : "更正原因：" + view.correctionReason() + "。"));
    params.put("PRAISE", names(view, RankingRow.Flag.PRAISE, "满意率达到 100%，予以通报表扬。"));
    params.put("CRITICISM", names(view, RankingRow.Flag.CRITICISM, "排名末位，予以通报批评，限期整改。"));
    params.put("SELF_EXAMINATION", names(view, RankingRow.Flag.SELF_EXAMINATION_REQUIRED,
        "连续 " + view.rules().bottomMonths() + " 个月排名后 " + view.rules().bottomCount() + " 位，须在局党委会上作自查报告。"));
    params.put("DATE", ORG_NAME + "警务热线服务中心　" + view.generatedAt().substring(0, 10));
    params.put("SHA256", p.summary().sha256());
    return new File("notice-" + view.month() + "-v" + view.version() + ".pdf",
        out -> RENDERER.pdf(ReportRenderer.RANKING_NOTICE, params, List.<Map<String, ?>>of(), out));
  }

  private static String names(RankingView view, RankingRow.Flag flag, String sentence) {
    String units = view.rows().stream().filter(r -> r.flags().contains(flag))
        .map(r -> r.unitName() + "（" + classText(r.unitClass()) + "）")
        .collect(Collectors.joining("、"));
    return units.isEmpty() ? "　　本月无。" : "　　" + units + "，" + sentence;
  }

  private static Map<String, Object> parameters(RankingView view, String sha256, String publisher) {
    Map<String, Object> p = new HashMap<>();
    p.put("TITLE", ORG_NAME + " " + monthText(view.month()) + "警务热线工单办理三率排名");
    p.put("STATUS", view.preview()
        ? "预览（未发布，截至 " + view.generatedAt().substring(0, 16).replace('T', ' ') + "）"
        : "第 " + view.version() + " 版　发布人 " + publisher + "　发布时间 "
            + view.generatedAt().substring(0, 16).replace('T', ' ')
            + (view.correctionReason() == null ? "" : "　更正原因：" + view.correctionReason()));
    RulesView r = view.rules();
    p.put("RULES", "考核规则第 " + r.version() + " 版：得分 = 回复率×" + r.weights().reply() + " + 办结率×"
        + r.weights().closure() + " + 满意率×" + r.weights().satisfaction() + "（权重和归一），依据"
        + (r.basis() == org.hotline.domain.model.ranking.RateBasis.RATE ? "比率" : "威尔逊 95% 下限")
        + "；到期件少于 " + r.minSample() + " 件的单位列为样本不足、不参加排名。括号内为分子/分母。");
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
      m.put("flags", r.sampleTooSmall() ? "样本不足"
          : r.flags().stream().map(RankingReportService::flagText).collect(Collectors.joining(" ")));
      rows.add(m);
    }
    return rows;
  }

  static String fraction(Rate rate) {
    return rate.denominator() == 0 ? "—" : percent(rate) + "（" + rate.numerator() + "/" + rate.denominator() + "）";
  }

  static String percent(Rate rate) {
    return rate.rate() == null ? "—" : String.format(Locale.ROOT, "%.1f%%", rate.rate() * 100);
  }

  private static String monthText(String month) {
    return month.substring(0, 4) + "年" + Integer.parseInt(month.substring(5, 7)) + "月";
  }

  private static String classText(UnitClass c) {
    return switch (c) {
      case STATION -> "派出所";
      case BRIGADE -> "大队";
      case AGENCY -> "非警务承办单位";
      case CENTRE -> "热线中心（直接答复）";
    };
  }

  private static String flagText(RankingRow.Flag f) {
    return switch (f) {
      case PRAISE -> "表扬";
      case CRITICISM -> "批评";
      case BOTTOM -> "后三位";
      case SELF_EXAMINATION_REQUIRED -> "须自查";
    };
  }
}
