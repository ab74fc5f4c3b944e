package org.hotline.interfaces.web.edge;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headers on every response of the web module (安全响应头), set when the response is committed, so that
 * the server's own answers (login challenges, error pages, redirects) carry them too:
 *
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, {@code
 *       Referrer-Policy: same-origin} (no referrer ever leaves for another origin);
 *   <li>{@code Cache-Control: no-store} on everything under {@code /api} (JSON, and PDFs with
 *       callers' details), so that no browser or proxy keeps a copy — except an answer that carries
 *       an {@code ETag} (the pages' texts, {@code GET /api/messages}), which keeps its own {@code
 *       Cache-Control};
 *   <li>a {@code Location} is made relative (path and query only): the server builds absolute
 *       redirects from the request's {@code Host} header, which the client controls, so a forged
 *       Host would send the user to another site.
 * </ul>
 *
 * The Content-Security-Policy is set elsewhere (with the pages).
 */
public class ResponseHeadersHandler implements HttpHandler {

  static final HttpString X_CONTENT_TYPE_OPTIONS = new HttpString("X-Content-Type-Options");
  static final HttpString X_FRAME_OPTIONS = new HttpString("X-Frame-Options");
  static final HttpString REFERRER_POLICY = new HttpString("Referrer-Policy");

  private static final Pattern ABSOLUTE =
      Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*(.*)$");

  private final HttpHandler next;
  private final String apiPrefix;

  public ResponseHeadersHandler(HttpHandler next, String contextPath) {
    this.next = next;
    this.apiPrefix = contextPath + "/api/";
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    boolean api = exchange.getRequestPath().startsWith(apiPrefix);
    exchange.addResponseCommitListener(ex -> secure(ex.getResponseHeaders(), api));
    next.handleRequest(exchange);
  }

  static void secure(HeaderMap headers, boolean api) {
    headers.put(X_CONTENT_TYPE_OPTIONS, "nosniff");
    headers.put(X_FRAME_OPTIONS, "DENY");
    // not "no-referrer": under it browsers send "Origin: null" with the login form's POST
    headers.put(REFERRER_POLICY, "same-origin");
    // the API's answers are personal and never stored; the one exception is an answer that the
    // resource made cacheable itself with a validator (GET /api/messages: an ETag and no-cache)
    if (api && !headers.contains(Headers.ETAG)) {
      headers.put(Headers.CACHE_CONTROL, "no-store");
    }
    String location = headers.getFirst(Headers.LOCATION);
    if (location != null) {
      headers.put(Headers.LOCATION, relative(location));
    }
  }

  /** {@code http://any.host:8080/a/b?c} → {@code /a/b?c}; a relative location stays as it is. */
  static String relative(String location) {
    Matcher m = ABSOLUTE.matcher(location);
    if (!m.matches()) {
      return location;
    }
    // never "//host/…" (a protocol-relative URL would leave the site)
    return "/" + m.group(1).replaceFirst("^/+", "");
  }
}
