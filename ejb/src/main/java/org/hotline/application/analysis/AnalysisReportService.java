package org.hotline.application.analysis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hotline.application.text.CallbackReasons;
import org.hotline.application.text.Messages;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.user.Role;
import org.hotline.reports.ReportRenderer;

/** 不满意原因分析 on paper (JasperReports, Chinese): the dissatisfaction analysis of a period as PDF. */
@Stateless
// the same roles as the JSON of AnalysisService (the analysis page's menu): a chief's PDF shows the
// own unit, as its JSON does
@RolesAllowed({
  Role.LEADER_ROLE,
  Role.DIRECTOR_ROLE,
  Role.ADMIN_ROLE,
  Role.DISPATCHER_ROLE,
  Role.CHIEF_ROLE
})
public class AnalysisReportService {

  private static final ReportRenderer RENDERER = new ReportRenderer(Messages::bundle);

  @Inject private AnalysisService analysis;

  /**
   * The dissatisfaction analysis between two months (yyyy-MM, inclusive) as PDF bytes.
   *
   * @throws org.hotline.application.error.ValidationException malformed or reversed months
   */
  public byte[] dissatisfactionPdf(String from, String to) {
    return dissatisfactionPdf(from, to, Locale.CHINESE);
  }

  /**
   * As {@link #dissatisfactionPdf(String, String)}, captions and labels in the language of {@code
   * locale} (Chinese unless English).
   */
  public byte[] dissatisfactionPdf(String from, String to, Locale locale) {
    AnalysisService.DissatisfactionView view = analysis.dissatisfaction(from, to);
    Map<String, Object> p = new HashMap<>();
    p.put("TITLE", Messages.text("pdf.analysis.title", locale, view.from(), view.to()));
    long total = view.dissatisfied().stream().mapToLong(Long::longValue).sum();
    p.put(
        "SUMMARY", Messages.text("pdf.analysis.summary", locale, total, join(view.dissatisfied())));
    p.put("MONTHS", String.join(" · ", view.months()));
    p.put("PRINTED_AT", BusinessTime.minutes(BusinessTime.now()));
    List<Map<String, ?>> rows = new ArrayList<>();
    for (AnalysisService.ReasonSeries r : view.reasons()) {
      Map<String, Object> row = new HashMap<>();
      row.put("reason", CallbackReasons.label(r.code(), locale));
      row.put("counts", join(r.counts()));
      row.put("total", String.valueOf(r.total()));
      rows.add(row);
    }
    return RENDERER.pdf(ReportRenderer.DISSATISFACTION, locale, p, rows);
  }

  private static String join(List<Long> counts) {
    return counts.stream().map(String::valueOf).collect(Collectors.joining(" · "));
  }
}
