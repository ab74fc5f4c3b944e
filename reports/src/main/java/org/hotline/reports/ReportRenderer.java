package org.hotline.reports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * Fills the report templates of this module and exports them. Templates are compiled at build time
 * ({@link CompileReports}) to {@code reports/<name>.jasper}; each is loaded once and kept.
 * Thread-safe.
 */
public final class ReportRenderer {

  /** 工单详情单 */
  public static final String TICKET_SHEET = "ticket-sheet";

  /** 局长督办单 */
  public static final String SUPERVISION_SLIP = "supervision-slip";

  /** 月度三率排名 (PDF and XLSX) */
  public static final String RANKING = "ranking";

  /** 单位月度明细 (one unit's month with its tickets) */
  public static final String UNIT_MONTH = "unit-month";

  /** 通报 (praise and criticism notice) */
  public static final String RANKING_NOTICE = "ranking-notice";

  private final ConcurrentMap<String, JasperReport> loaded = new ConcurrentHashMap<>();

  /** Fills {@code template} with the parameters and one detail row per map, as PDF bytes. */
  public byte[] pdf(String template, Map<String, ?> parameters, Collection<Map<String, ?>> rows) {
    try {
      JasperPrint print = JasperFillManager.fillReport(report(template), new HashMap<>(parameters),
          new JRMapCollectionDataSource(rows));
      return JasperExportManager.exportReportToPdf(print);
    } catch (JRException e) {
      throw new IllegalStateException("report " + template + " failed", e);
    }
  }

  /**
   * Fills {@code template} like {@link #pdf} and exports it as an XLSX workbook (one sheet; cells keep
   * their text, so percentages and fractions read as printed).
   */
  public byte[] xlsx(String template, Map<String, ?> parameters, Collection<Map<String, ?>> rows) {
    try {
      Map<String, Object> p = new HashMap<>(parameters);
      p.put(net.sf.jasperreports.engine.JRParameter.IS_IGNORE_PAGINATION, Boolean.TRUE);
      JasperPrint print = JasperFillManager.fillReport(report(template), p, new JRMapCollectionDataSource(rows));
      var exporter = new net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter();
      var out = new java.io.ByteArrayOutputStream();
      exporter.setExporterInput(new net.sf.jasperreports.export.SimpleExporterInput(print));
      exporter.setExporterOutput(new net.sf.jasperreports.export.SimpleOutputStreamExporterOutput(out));
      var config = new net.sf.jasperreports.export.SimpleXlsxReportConfiguration();
      config.setDetectCellType(Boolean.TRUE);
      config.setRemoveEmptySpaceBetweenRows(Boolean.TRUE);
      config.setWhitePageBackground(Boolean.FALSE);
      exporter.setConfiguration(config);
      exporter.exportReport();
      return out.toByteArray();
    } catch (JRException e) {
      throw new IllegalStateException("report " + template + " failed", e);
    }
  }

  private JasperReport report(String template) {
    return loaded.computeIfAbsent(template, name -> {
      String resource = "reports/" + name + ".jasper";
      try (InputStream in = ReportRenderer.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException("no compiled report " + resource);
        }
        return (JasperReport) JRLoader.loadObject(in);
      } catch (IOException | JRException e) {
        throw new IllegalStateException("cannot load " + resource, e);
      }
    });
  }
}
