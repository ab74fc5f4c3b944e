package org.hotline.interfaces.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.hotline.application.error.ErrorCode;
import org.hotline.interfaces.rest.ProblemMessages;
import org.hotline.interfaces.rest.ProblemResponses;
import org.hotline.interfaces.rest.TransientFailures;

/**
 * Writes an error that happened outside the JAX-RS runtime (in the server's authentication, a
 * filter, a servlet): under {@code /api} as application/problem+json with a stable code, elsewhere
 * as a small neutral page; never a stack trace or a version (11.5). Chinese by default, English by
 * Accept-Language. Used by {@link ErrorPageServlet} and {@link ApiLoginChallengeFilter}.
 */
final class ErrorPages {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  private ErrorPages() {}

  /** Whether {@code uri} (with the context path) is under the API. */
  static boolean api(HttpServletRequest req, String uri) {
    String api = req.getContextPath() + "/api";
    return uri != null && (uri.equals(api) || uri.startsWith(api + "/"));
  }

  /**
   * The code for a failure: a transient one is 503; malformed Basic credentials are 401 (the
   * server's mechanism throws on them); otherwise the code of {@code status}.
   */
  static ErrorCode codeOf(HttpServletRequest req, int status, Throwable failure) {
    if (failure != null && TransientFailures.isTransient(failure)) {
      return ErrorCode.SERVICE_UNAVAILABLE;
    }
    if (failure != null && malformedBasic(req.getHeader("Authorization"))) {
      return ErrorCode.UNAUTHENTICATED;
    }
    return switch (status) {
      case 400 -> ErrorCode.MALFORMED_REQUEST;
      case 401 -> ErrorCode.UNAUTHENTICATED;
      case 403 -> ErrorCode.FORBIDDEN;
      case 404 -> ErrorCode.NOT_FOUND;
      case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
      case 406 -> ErrorCode.NOT_ACCEPTABLE;
      case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
      case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
      case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
      default ->
          status >= 400 && status < 500 ? ErrorCode.MALFORMED_REQUEST : ErrorCode.INTERNAL_ERROR;
    };
  }

  /** {@code Basic} credentials that are not base64 of {@code user:password}. */
  static boolean malformedBasic(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
      return decoded.indexOf(':') < 0;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  /** Writes {@code code} for {@code uri}: problem+json under /api, a neutral page elsewhere. */
  static void write(HttpServletRequest req, HttpServletResponse resp, String uri, ErrorCode code)
      throws IOException {
    // without an Accept-Language header the container reports its own default locale: Chinese then
    String header = req.getHeader("Accept-Language");
    Locale locale =
        ProblemMessages.locale(
            header == null || header.isBlank() ? List.of() : Collections.list(req.getLocales()));
    if (resp.isCommitted()) {
      return;
    }
    resp.resetBuffer();
    resp.setStatus(code.httpStatus());
    resp.setHeader("Content-Language", locale.getLanguage());
    resp.setHeader("Cache-Control", "no-store");
    if (code == ErrorCode.SERVICE_UNAVAILABLE) {
      resp.setHeader("Retry-After", String.valueOf(TransientFailures.RETRY_AFTER_SECONDS));
    }
    var problem = ProblemResponses.problem(locale, code, List.of());
    resp.setCharacterEncoding("UTF-8");
    if (api(req, uri)) {
      if (code == ErrorCode.UNAUTHENTICATED) {
        resp.setHeader("WWW-Authenticate", "Basic realm=\"hotline\", charset=\"UTF-8\"");
      }
      resp.setContentType(ProblemResponses.MEDIA_TYPE);
      resp.getWriter().write(JSONB.toJson(problem));
    } else {
      resp.setContentType("text/html");
      resp.getWriter()
          .write(
              "<!DOCTYPE html><html lang=\""
                  + locale.getLanguage()
                  + "\"><head><meta charset=\"utf-8\">"
                  + "<title>"
                  + escape(problem.title())
                  + "</title></head><body><h1>"
                  + escape(problem.title())
                  + "</h1><p>"
                  + escape(problem.detail())
                  + "</p><p><a href=\""
                  + escape(req.getContextPath())
                  + "/index.html\">"
                  + (locale.getLanguage().equals("en") ? "Home" : "返回首页")
                  + "</a></p></body></html>");
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
