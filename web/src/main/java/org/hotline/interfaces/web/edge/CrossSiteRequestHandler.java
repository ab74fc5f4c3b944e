package org.hotline.interfaces.web.edge;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.hotline.application.error.ErrorCode;

/**
 * Refuses cross-site requests that would change something (跨站请求伪造防护, CSRF), before the server
 * authenticates them, with 403 problem+json {@code CSRF_REJECTED}. A state change is any method but
 * GET, HEAD, OPTIONS and TRACE. It is refused when
 *
 * <ul>
 *   <li>its {@code Origin} is not this server's own origin (host and port of the request; the
 *       browser sets Origin and a page on another origin cannot forge it), or is {@code null}
 *       without {@code Sec-Fetch-Site: same-origin};
 *   <li>without Origin, its {@code Sec-Fetch-Site} is neither {@code same-origin} nor {@code none}
 *       (e.g. {@code same-site}: another origin of the same site);
 *   <li>it goes to the JSON API ({@code /api}) with a form encoding ({@code
 *       application/x-www-form-urlencoded}, {@code multipart/form-data}, {@code text/plain}), the
 *       encodings a cross-site HTML form can send without asking — also for body-less actions.
 * </ul>
 *
 * Clients that are not browsers (HTTP Basic integrations, curl) send neither header and JSON, and
 * pass; the pages call the API with {@code fetch} from the same origin and pass.
 */
public class CrossSiteRequestHandler implements HttpHandler {

  private static final Logger LOG = Logger.getLogger(CrossSiteRequestHandler.class.getName());
  private static final HttpString SEC_FETCH_SITE = new HttpString("Sec-Fetch-Site");
  private static final Set<HttpString> SAFE =
      Set.of(Methods.GET, Methods.HEAD, Methods.OPTIONS, Methods.TRACE);
  private static final Set<String> FORM_ENCODINGS =
      Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

  private final HttpHandler next;
  private final String apiPrefix;

  public CrossSiteRequestHandler(HttpHandler next, String contextPath) {
    this.next = next;
    this.apiPrefix = contextPath + "/api/";
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (!SAFE.contains(exchange.getRequestMethod())) {
      String refusal = refusal(exchange);
      if (refusal != null) {
        LOG.warning(
            () ->
                "refused cross-site "
                    + exchange.getRequestMethod()
                    + " "
                    + exchange.getRequestPath()
                    + " from "
                    + exchange.getSourceAddress()
                    + ": "
                    + refusal);
        EdgeProblems.send(exchange, ErrorCode.CSRF_REJECTED);
        return;
      }
    }
    next.handleRequest(exchange);
  }

  /** Why the request is refused, or null. */
  private String refusal(HttpServerExchange exchange) {
    String origin = exchange.getRequestHeaders().getFirst(Headers.ORIGIN);
    String host = exchange.getRequestHeaders().getFirst(Headers.HOST);
    String site = exchange.getRequestHeaders().getFirst(SEC_FETCH_SITE);
    if ("null".equals(origin)) {
      // an opaque origin (privacy settings, sandboxed frames): only the browser's own
      // Sec-Fetch-Site, which no page can set, may still vouch for it
      if (!"same-origin".equalsIgnoreCase(site)) {
        return "Origin null, Sec-Fetch-Site " + site;
      }
    } else if (origin != null) {
      if (!sameOrigin(origin, host, exchange.getRequestScheme())) {
        return "Origin " + origin;
      }
    } else if (site != null
        && !"same-origin".equalsIgnoreCase(site)
        && !"none".equalsIgnoreCase(site)) {
      return "Sec-Fetch-Site " + site;
    }
    if (exchange.getRequestPath().startsWith(apiPrefix)) {
      String type = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
      String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (FORM_ENCODINGS.contains(mediaType)) {
        return "Content-Type " + mediaType;
      }
    }
    return null;
  }

  /**
   * Whether {@code origin} names the host and port the request was sent to. The scheme is not
   * compared (a TLS-terminating proxy speaks HTTP to us); default ports are implied.
   */
  static boolean sameOrigin(String origin, String host, String requestScheme) {
    if (host == null || host.isBlank() || "null".equals(origin)) {
      return false;
    }
    try {
      URI o = URI.create(origin.strip());
      if (o.getHost() == null) {
        return false;
      }
      URI h = URI.create(requestScheme + "://" + host.strip());
      // a Host without a port (behind a proxy) is compared by name only
      return o.getHost().equalsIgnoreCase(h.getHost())
          && (h.getPort() < 0 || h.getPort() == port(o));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static int port(URI origin) {
    if (origin.getPort() >= 0) {
      return origin.getPort();
    }
    return "https".equalsIgnoreCase(origin.getScheme()) ? 443 : 80;
  }
}
