package org.hotline.interfaces.rating.web;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.text.StringEscapeUtils;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.application.rating.PublicRatingService;
import org.hotline.application.text.Messages;
import org.hotline.interfaces.rest.ProblemMessages;

/**
 * The public rating page {@code /r/{token}} (扫码评警, no login): a small mobile-first page
 * (assets/rate.css, assets/rate.js; no library) that loads the target from {@code GET
 * /api/public/rating-codes/{token}} and posts the rating with {@code fetch} and JSON. An unknown or
 * revoked code is a 404 page that says which.
 *
 * <p>Text: the {@code rating*} keys of the message bundle, Chinese unless the browser prefers
 * English ({@code Accept-Language}). The page carries the texts its script needs in the attribute
 * {@code data-texts} (JSON), so a phone loads no second text file. Every text is HTML-escaped; the
 * page holds nothing from the database (the script fills the target in with DOM text nodes) and the
 * token has been checked to be base64url before it is written.
 */
@WebServlet(urlPatterns = "/r/*")
public class RatingPageServlet extends HttpServlet {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject private PublicRatingService service;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo();
    String token = path == null ? "" : path.substring(1);
    // without Accept-Language the servlet container reports its own default locale: Chinese then
    Locale locale =
        req.getHeader("Accept-Language") == null
            ? Locale.CHINESE
            : ProblemMessages.locale(Collections.list(req.getLocales()));
    resp.setContentType("text/html;charset=UTF-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.setHeader("Referrer-Policy", "no-referrer");
    resp.setHeader("Content-Language", Messages.language(locale));
    String ctx = req.getContextPath();
    try {
      service.lookup(token);
    } catch (HotlineException e) {
      String which =
          switch (e.code()) {
            case RATING_CODE_REVOKED -> "ratingRevoked";
            case RATING_INVITATION_USED -> "ratingUsed";
            case RATING_INVITATION_EXPIRED -> "ratingExpired";
            default -> "ratingUnknown";
          };
      resp.setStatus(
          e.code() == ErrorCode.RATING_INVITATION_USED
                  || e.code() == ErrorCode.RATING_INVITATION_EXPIRED
              ? e.code().httpStatus()
              : HttpServletResponse.SC_NOT_FOUND);
      resp.getWriter()
          .write(
              page(
                  ctx,
                  locale,
                  which + "Title",
                  "<main class=\"card\"><h1>"
                      + text(which + "Heading", locale)
                      + "</h1><p>"
                      + text(which + "Text", locale)
                      + "</p><p>"
                      + text("ratingHotline", locale)
                      + "</p></main>",
                  false));
      return;
    }
    resp.getWriter()
        .write(
            page(
                ctx,
                locale,
                "ratingPageTitle",
                "<main class=\"card\" id=\"rate\" data-token=\""
                    + StringEscapeUtils.escapeHtml4(token)
                    + "\" data-texts=\""
                    + StringEscapeUtils.escapeHtml4(JSON.toJson(scriptTexts(locale)))
                    + "\"><h1>"
                    + text("ratingHeading", locale)
                    + "</h1><p id=\"target\" class=\"target\" aria-live=\"polite\">"
                    + text("ratingLoading", locale)
                    + "</p><noscript><p>"
                    + text("ratingNoScript", locale)
                    + "</p></noscript></main>",
                true));
  }

  /**
   * Whether a bundle key is one of the public page's: {@code rating*}, but not the supervisors'
   * ({@code ratings*}), flags' ({@code ratingFlag*}) or exclusion reasons' texts (they would only
   * weigh on a phone).
   */
  static boolean publicText(String key) {
    return key.startsWith("rating")
        && !key.startsWith("ratings")
        && !key.startsWith("ratingFlag")
        && !key.startsWith("ratingExclusion");
  }

  /** The {@code rating*} page texts of the bundle in the reader's language (the script's texts). */
  static Map<String, String> scriptTexts(Locale locale) {
    Map<String, String> texts = new TreeMap<>();
    Messages.pageTexts(Messages.language(locale))
        .forEach(
            (k, v) -> {
              if (publicText(k)) {
                texts.put(k, v);
              }
            });
    return texts;
  }

  private static String text(String key, Locale locale) {
    return StringEscapeUtils.escapeHtml4(Messages.text(key, locale));
  }

  private static String page(
      String ctx, Locale locale, String titleKey, String body, boolean script) {
    return "<!DOCTYPE html><html lang=\""
        + ("en".equals(Messages.language(locale)) ? "en" : "zh-CN")
        + "\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"robots\" content=\"noindex\"><title>"
        + text(titleKey, locale)
        + "</title>"
        + "<link rel=\"stylesheet\" href=\""
        + ctx
        + "/assets/rate.css\">"
        + (script ? "<script src=\"" + ctx + "/assets/rate.js\" defer></script>" : "")
        + "</head><body>"
        + body
        + "</body></html>";
  }
}
