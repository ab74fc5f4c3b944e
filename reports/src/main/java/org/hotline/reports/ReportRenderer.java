package org.hotline.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.fill.TextMeasurer;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.PdfReportConfiguration;

/**
 * Fills the report templates of this module and exports them as PDF. Templates are compiled at
 * build time ({@link CompileReports}) to {@code reports/<name>.jasper}; each is loaded once and
 * kept. All text is set in the font set {@link #FONT_SET}. Captions come from the application's
 * message bundle ({@code pdf.caption.*}, {@code pdf.footer.*}) in the language the caller passes:
 * Chinese by default, English on request. Thread-safe.
 *
 * <p>Line breaking: the fill measures every text with the JDK's line break rules (Java AWT {@code
 * LineBreakMeasurer}), which keep closing marks (、。，；：？！）」』】》”) off the start of a line and opening
 * ones (（「『【《“) off its end, and the PDF exporter is made to lay lines out the same way. Left to
 * its defaults, JasperReports measures simple texts with its own estimator and the PDF exporter
 * breaks lines with OpenPDF's rules instead: the two disagree, a text that ends a page lost its
 * last characters and lines started with 。 or ——.
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

  /** 不满意原因分析 (dissatisfaction by reason, month by month) */
  public static final String DISSATISFACTION = "dissatisfaction";

  /** 通报 (praise and criticism notice) */
  public static final String RANKING_NOTICE = "ranking-notice";

  /**
   * The font set every template uses (fonts/fonts.xml): Noto Sans SC, then Hotline Han Ext, then
   * Hotline Symbols, chosen per character; covers GB 18030-2022 implementation levels 1 and 2 and
   * CJK Extensions B to F (docs/pdf.md).
   */
  public static final String FONT_SET = "Hotline CJK";

  private static final JasperReportsContext CONTEXT = context();

  private final ConcurrentMap<String, JasperReport> loaded = new ConcurrentHashMap<>();

  private final Function<Locale, ResourceBundle> texts;

  /**
   * A renderer whose templates read their captions ({@code $R{pdf.caption.*}}) from {@code texts}:
   * the application's message bundle in the reader's language.
   *
   * @param texts the bundle of a locale (Chinese unless English)
   */
  public ReportRenderer(Function<Locale, ResourceBundle> texts) {
    this.texts = texts;
  }

  /**
   * A renderer reading the bundle {@code i18n/messages_<lang>.properties} (UTF-8) through the
   * thread's context class loader: in the server, the application's bundle. Prefer {@link
   * #ReportRenderer(Function)} with the application's own reader.
   */
  public ReportRenderer() {
    this(ReportRenderer::classPathBundle);
  }

  private static ResourceBundle classPathBundle(Locale locale) {
    return ResourceBundle.getBundle(
        "i18n.messages",
        "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.CHINESE,
        Thread.currentThread().getContextClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** As {@link #pdf(String, Locale, Map, Collection)} in Chinese, the default language. */
  public byte[] pdf(String template, Map<String, ?> parameters, Collection<Map<String, ?>> rows) {
    return pdf(template, Locale.CHINESE, parameters, rows);
  }

  /** As {@link #pdf(String, Locale, Map, JRDataSource, OutputStream)} in Chinese. */
  public void pdf(String template, Map<String, ?> parameters, JRDataSource rows, OutputStream out) {
    pdf(template, Locale.CHINESE, parameters, rows, out);
  }

  /** As {@link #pdf(String, Locale, Map, Iterable, OutputStream)} in Chinese. */
  public void pdf(
      String template,
      Map<String, ?> parameters,
      Iterable<? extends Map<String, ?>> rows,
      OutputStream out) {
    pdf(template, Locale.CHINESE, parameters, rows, out);
  }

  /** As {@link #xlsx(String, Locale, Map, Iterable, OutputStream)} in Chinese. */
  public void xlsx(
      String template,
      Map<String, ?> parameters,
      Iterable<? extends Map<String, ?>> rows,
      OutputStream out) {
    xlsx(template, Locale.CHINESE, parameters, rows, out);
  }

  /** As {@link #xlsx(String, Locale, Map, Collection)} in Chinese. */
  public byte[] xlsx(String template, Map<String, ?> parameters, Collection<Map<String, ?>> rows) {
    return xlsx(template, Locale.CHINESE, parameters, rows);
  }

  /**
   * The parameters of one fill: the caller's, the reader's locale ({@code REPORT_LOCALE}, used by
   * {@code msg()} in the templates) and the bundle of that locale ({@code REPORT_RESOURCE_BUNDLE},
   * read by {@code $R{key}}).
   */
  private Map<String, Object> parameters(Locale locale, Map<String, ?> given) {
    Map<String, Object> p = new HashMap<>(given);
    p.put(JRParameter.REPORT_LOCALE, locale);
    p.put(JRParameter.REPORT_RESOURCE_BUNDLE, texts.apply(locale));
    return p;
  }

  private static JasperReportsContext context() {
    SimpleJasperReportsContext context =
        new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
    // measure every text exactly, with AWT's line breaking, and have the PDF exporter break lines
    // the same way
    context.setProperty(TextMeasurer.PROPERTY_MEASURE_SIMPLE_TEXTS, "false");
    context.setProperty(PdfReportConfiguration.PROPERTY_FORCE_LINEBREAK_POLICY, "true");
    return context;
  }

  /**
   * Fills {@code template} with the parameters and one detail row per map, its captions in the
   * language of {@code locale}.
   *
   * @return the PDF bytes
   * @throws IllegalArgumentException if there is no such compiled template
   * @throws IllegalStateException if filling or exporting fails
   */
  public byte[] pdf(
      String template, Locale locale, Map<String, ?> parameters, Collection<Map<String, ?>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf(template, locale, parameters, new JRMapCollectionDataSource(rows), out);
    return out.toByteArray();
  }

  /**
   * Streams a report of any length: fills {@code template} from {@code rows} (a data source that
   * may page through the database) with filled pages swapped to a temporary file beyond {@link
   * #PAGES_IN_MEMORY} (a virtualizer), and writes the PDF to {@code out} as it is exported, so the
   * heap used does not grow with the number of rows.
   *
   * @throws IllegalArgumentException if there is no such compiled template
   * @throws IllegalStateException if filling or exporting fails
   */
  public void pdf(
      String template,
      Locale locale,
      Map<String, ?> parameters,
      JRDataSource rows,
      OutputStream out) {
    fillAndExport(template, locale, parameters, rows, true, out, ReportRenderer::exportPdf);
  }

  /**
   * Streams {@code template} as a PDF with its detail rows read one by one from {@code rows} (e.g.
   * an iterable that pages through the database), see {@link #pdf(String, Locale, Map,
   * JRDataSource, OutputStream)}.
   */
  public void pdf(
      String template,
      Locale locale,
      Map<String, ?> parameters,
      Iterable<? extends Map<String, ?>> rows,
      OutputStream out) {
    pdf(template, locale, parameters, new RowsDataSource(rows.iterator()), out);
  }

  /** Streams {@code template} as XLSX with its rows read one by one from {@code rows}. */
  public void xlsx(
      String template,
      Locale locale,
      Map<String, ?> parameters,
      Iterable<? extends Map<String, ?>> rows,
      OutputStream out) {
    xlsx(template, locale, parameters, new RowsDataSource(rows.iterator()), out);
  }

  /** Filled pages kept on the heap per report; the rest wait in a swap file until exported. */
  public static final int PAGES_IN_MEMORY = 20;

  private static JRSwapFileVirtualizer virtualizer() {
    JRSwapFile swap = new JRSwapFile(System.getProperty("java.io.tmpdir"), 4096, 256);
    return new JRSwapFileVirtualizer(PAGES_IN_MEMORY, swap, true);
  }

  /**
   * Fills {@code template} like {@link #pdf} and exports it as an XLSX workbook (one sheet; cells
   * keep their text, so percentages and fractions read as printed).
   */
  public byte[] xlsx(
      String template, Locale locale, Map<String, ?> parameters, Collection<Map<String, ?>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    xlsx(template, locale, parameters, new JRMapCollectionDataSource(rows), out);
    return out.toByteArray();
  }

  /**
   * Streams {@code template} as an XLSX workbook like {@link #pdf(String, Locale, Map,
   * JRDataSource, OutputStream)}: filled pages are virtualized, and the exporter writes its sheet
   * parts through buffers that spill to temporary files, then zips them to {@code out}.
   */
  public void xlsx(
      String template,
      Locale locale,
      Map<String, ?> parameters,
      JRDataSource rows,
      OutputStream out) {
    fillAndExport(template, locale, parameters, rows, false, out, ReportRenderer::exportXlsx);
  }

  /** Writes one filled report to a stream in one format. */
  @FunctionalInterface
  private interface Export {
    void write(JasperPrint print, OutputStream out) throws JRException;
  }

  /**
   * Fills {@code template} with its pages virtualized (kept on the heap up to {@link
   * #PAGES_IN_MEMORY}, the rest in a swap file) and has {@code export} write it to {@code out};
   * {@code paginated} false fills one long page (for spreadsheets).
   *
   * @throws IllegalStateException if filling or exporting fails
   */
  private void fillAndExport(
      String template,
      Locale locale,
      Map<String, ?> parameters,
      JRDataSource rows,
      boolean paginated,
      OutputStream out,
      Export export) {
    JRSwapFileVirtualizer virtualizer = virtualizer();
    try {
      Map<String, Object> p = parameters(locale, parameters);
      if (!paginated) {
        p.put(JRParameter.IS_IGNORE_PAGINATION, Boolean.TRUE);
      }
      p.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
      JasperPrint print = JasperFillManager.getInstance(CONTEXT).fill(report(template), p, rows);
      virtualizer.setReadOnly(true);
      export.write(print, out);
    } catch (JRException e) {
      throw new IllegalStateException("report " + template + " failed", e);
    } finally {
      virtualizer.cleanup();
    }
  }

  private static void exportPdf(JasperPrint print, OutputStream out) throws JRException {
    JRPdfExporter exporter = new JRPdfExporter(CONTEXT);
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    exporter.exportReport();
  }

  /** Cells keep their text, so percentages and fractions read as printed. */
  private static void exportXlsx(JasperPrint print, OutputStream out) throws JRException {
    var exporter = new net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter(CONTEXT);
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    var config = new net.sf.jasperreports.export.SimpleXlsxReportConfiguration();
    config.setDetectCellType(Boolean.TRUE);
    config.setRemoveEmptySpaceBetweenRows(Boolean.TRUE);
    config.setWhitePageBackground(Boolean.FALSE);
    exporter.setConfiguration(config);
    exporter.exportReport();
  }

  private JasperReport report(String template) {
    return loaded.computeIfAbsent(
        template,
        name -> {
          String resource = "reports/" + name + ".jasper";
          try (InputStream in =
              ReportRenderer.class.getClassLoader().getResourceAsStream(resource)) {
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
