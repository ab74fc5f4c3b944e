package org.hotline.application.rating;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.application.text.Messages;
import org.hotline.domain.model.rating.RatingTarget;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.shared.VisibleText;
import org.hotline.reports.ReportRenderer;

/**
 * What is printed of a rating code: the QR image of one target (PNG) and the A4 sheet of a unit's
 * codes to cut out (PDF: QR, name, kind, unit, address, short instructions; Chinese fonts
 * embedded). The QR encodes the absolute address of the public page: {@code
 * -Dhotline.rating.base-url} (e.g. {@code https://pj.example.gov.cn}) when set, else the origin the
 * request came to.
 */
@Stateless
/* no roles of its own: every method reads the targets through RatingTargetService, whose roles
(and unit scoping) decide who may print what — one list of roles in one place */
@PermitAll
public class RatingCodePrints {

  /** The system property naming the public origin printed in the codes. */
  public static final String BASE_URL = "hotline.rating.base-url";

  /** Pixels of a QR image. */
  public static final int PNG_SIZE = 360;

  static final String SHEET_TEMPLATE = "rating-qr-sheet";

  private static final ReportRenderer RENDERER = new ReportRenderer(Messages::bundle);

  @Inject private RatingTargetService service;

  @Inject private QrCodeWriter qr;

  /**
   * The absolute address a target's QR code encodes.
   *
   * @param requestOrigin scheme, host and port the request came to (used when no base URL is
   *     configured)
   */
  public static String absoluteUrl(String requestOrigin, String path) {
    String base = System.getProperty(BASE_URL);
    String origin = VisibleText.isBlank(base) ? requestOrigin : base.trim();
    return origin.replaceAll("/+$", "") + path;
  }

  /**
   * The QR PNG of a target's code in force.
   *
   * @throws HotlineException 404 NOT_FOUND (no such target, another unit's, or its code revoked)
   */
  public byte[] png(Long id, String requestOrigin) {
    RatingTarget t = service.visibleTarget(id);
    if (!t.active()) {
      throw new HotlineException(ErrorCode.NOT_FOUND);
    }
    return qr.png(
        absoluteUrl(requestOrigin, RatingTargetView.ratingPath(t.currentCode().token())), PNG_SIZE);
  }

  /**
   * The printable sheet of the active codes the caller may see, of one unit or all, its captions
   * and kinds in {@code locale} (Chinese by default, English on request).
   *
   * @throws org.hotline.application.error.ValidationException unit UNKNOWN_CODE/OTHER_UNIT
   */
  public byte[] sheet(String unitCode, String requestOrigin, Locale locale) {
    List<Map<String, ?>> rows =
        service.visible(unitCode).stream()
            .filter(RatingTarget::active)
            .<Map<String, ?>>map(
                t -> {
                  String url =
                      absoluteUrl(
                          requestOrigin, RatingTargetView.ratingPath(t.currentCode().token()));
                  Map<String, Object> row = new HashMap<>();
                  row.put("qr", qr.image(url, PNG_SIZE));
                  row.put("name", t.name());
                  row.put("kind", Messages.text("pdf.ratingKind." + t.kind().name(), locale));
                  row.put("unit", t.unit().name());
                  row.put("url", url);
                  return row;
                })
            .toList();
    Map<String, Object> p = new HashMap<>();
    p.put("TITLE", Messages.text("pdf.ratingSheetTitle", locale));
    p.put("PRINTED_AT", BusinessTime.minutes(BusinessTime.now()));
    return RENDERER.pdf(SHEET_TEMPLATE, locale, p, rows);
  }
}
