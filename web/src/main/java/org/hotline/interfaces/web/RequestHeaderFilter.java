package org.hotline.interfaces.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.hotline.application.error.ErrorCode;
import org.hotline.interfaces.rest.Problem;
import org.hotline.interfaces.rest.ProblemMessages;
import org.hotline.interfaces.rest.ProblemResponses;

/**
 * Reads the request headers the API negotiates on (请求头检查) once, before JAX-RS sees them, so that a
 * header the framework cannot parse never becomes a 500 with a stack trace or a misleading "not
 * valid JSON":
 *
 * <ul>
 *   <li>{@code Accept-Language} that cannot be read ({@code en;q=2}, {@code en;q=abc}, {@code
 *       zh-CN;q=0.8,en;q=}) is ignored: the request is served, in Chinese (the default);
 *   <li>{@code Accept} that is not a list of media types with {@code q} from 0 to 1 → 400 {@code
 *       MALFORMED_HEADER} (field {@code Accept});
 *   <li>{@code Content-Type} that is not one media type → 400 {@code MALFORMED_HEADER} (field
 *       {@code Content-Type}); a wildcard ({@code *}{@code /*}, {@code *}{@code /json}) → 415
 *       {@code UNSUPPORTED_MEDIA_TYPE}.
 * </ul>
 *
 * A refused request reaches no resource, so nothing is stored; it is logged as one FINE line. The
 * syntax rules live in {@link HeaderSyntax}. Mapped first in {@code web.xml} under {@code /api/*}.
 */
public class RequestHeaderFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(RequestHeaderFilter.class.getName());

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    String language = req.getHeader("Accept-Language");
    Optional<List<Locale>> languages = HeaderSyntax.languages(language);
    Locale locale = ProblemMessages.locale(languages.orElse(List.of()));
    if (HeaderSyntax.acceptMalformed(req.getHeaders("Accept"))) {
      refuse(req, resp, locale, ErrorCode.MALFORMED_HEADER, "Accept");
      return;
    }
    String contentType = req.getHeader("Content-Type");
    if (contentType != null) {
      if (!HeaderSyntax.mediaType(contentType)) {
        refuse(req, resp, locale, ErrorCode.MALFORMED_HEADER, "Content-Type");
        return;
      }
      if (HeaderSyntax.wildcard(contentType)) {
        refuse(req, resp, locale, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Type");
        return;
      }
    }
    for (String conditional : List.of("If-Match", "If-None-Match")) {
      if (!HeaderSyntax.entityTags(req.getHeader(conditional))) {
        refuse(req, resp, locale, ErrorCode.MALFORMED_HEADER, conditional);
        return;
      }
    }
    chain.doFilter(language != null && languages.isEmpty() ? new WithoutLanguage(req) : req, resp);
  }

  private static void refuse(
      HttpServletRequest req,
      HttpServletResponse resp,
      Locale locale,
      ErrorCode code,
      String header)
      throws IOException {
    LOG.fine(() -> "refused " + code + " (" + header + "): " + req.getRequestURI());
    Problem.FieldError error =
        new Problem.FieldError(
            header, code.name(), ProblemMessages.text(locale, "field.MALFORMED_HEADER", header));
    Problem problem = ProblemResponses.problem(locale, code, List.of(error), header);
    resp.setStatus(code.httpStatus());
    resp.setHeader("Content-Language", locale.getLanguage());
    resp.setHeader("Cache-Control", "no-store");
    resp.setCharacterEncoding("UTF-8");
    resp.setContentType(ProblemResponses.MEDIA_TYPE);
    resp.getWriter().write(JSONB.toJson(problem));
  }

  /** The request as if it had no {@code Accept-Language} header (it could not be read). */
  private static final class WithoutLanguage extends HttpServletRequestWrapper {

    WithoutLanguage(HttpServletRequest request) {
      super(request);
    }

    private static boolean language(String name) {
      return "Accept-Language".equalsIgnoreCase(name);
    }

    @Override
    public String getHeader(String name) {
      return language(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return language(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      return Collections.enumeration(
          Collections.list(super.getHeaderNames()).stream().filter(n -> !language(n)).toList());
    }

    @Override
    public Locale getLocale() {
      return Locale.CHINESE;
    }

    @Override
    public Enumeration<Locale> getLocales() {
      return Collections.enumeration(List.of(Locale.CHINESE));
    }
  }
}
