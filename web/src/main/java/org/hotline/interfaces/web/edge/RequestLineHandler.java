package org.hotline.interfaces.web.edge;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;
import org.hotline.domain.model.shared.RefusedCharacter;
import org.hotline.domain.model.shared.TextCharacters;

/**
 * Checks the request line before anything parses it (请求行检查), so that a request the server cannot
 * read gets the same clear problem+json as any other bad request (issue 11.5):
 *
 * <ul>
 *   <li>{@code TRACE} and {@code TRACK} (which would echo the request, cookies included) are 405
 *       with {@code Allow}, problem+json {@code METHOD_NOT_ALLOWED} under {@code /api} and plain
 *       text elsewhere. The listener itself lets them through ({@code disallowed-methods=[]} in
 *       configure-server.cli) only so that this handler can answer them properly.
 *   <li>A query string that does not decode — a {@code %} not followed by two hex digits ({@code
 *       q=%ZZ}), percent-escapes that are not UTF-8 ({@code q=%E4%B8}), or raw bytes outside ASCII
 *       (a request target must be percent-encoded; browsers always do) — is 400 {@code
 *       VALIDATION_FAILED} naming the parameter with reason {@code INVALID_ENCODING}. The listener
 *       no longer decodes URLs itself ({@code decode-url=false}: its parser answered such requests
 *       with an empty 400 before any handler ran); the servlet layer decodes the parameters as
 *       UTF-8 afterwards.
 *   <li>A declared body larger than {@link #MAX_REQUEST_BYTES} is 413 {@code PAYLOAD_TOO_LARGE}
 *       (the listener would have answered an empty 400).
 * </ul>
 */
public class RequestLineHandler implements HttpHandler {

  private static final Set<HttpString> ECHOING =
      Set.of(new HttpString("TRACE"), new HttpString("TRACK"));
  private static final String ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

  /**
   * The largest body the server reads (10 MiB, Undertow's usual {@code max-post-size}). The
   * listener's own limit is lifted (configure-server.cli) so that a larger declared {@code
   * Content-Length} is 413 here instead of the listener's empty 400; every other exchange gets this
   * limit.
   */
  static final long MAX_REQUEST_BYTES = 10L * 1024 * 1024;

  private final HttpHandler next;
  private final String apiPrefix;

  /**
   * @param next the rest of the chain
   * @param contextPath the web module's context path ("" at the root)
   */
  public RequestLineHandler(HttpHandler next, String contextPath) {
    this.next = next;
    this.apiPrefix = contextPath + "/api/";
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    boolean api = exchange.getRequestPath().startsWith(apiPrefix);
    if (ECHOING.contains(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().put(Headers.ALLOW, ALLOW);
      if (api) {
        EdgeProblems.send(exchange, ErrorCode.METHOD_NOT_ALLOWED);
      } else {
        exchange.setStatusCode(StatusCodes.METHOD_NOT_ALLOWED);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain;charset=UTF-8");
        exchange.getResponseSender().send("405 Method Not Allowed");
      }
      return;
    }
    if (declaredLength(exchange) > MAX_REQUEST_BYTES) {
      if (api) {
        EdgeProblems.send(exchange, ErrorCode.PAYLOAD_TOO_LARGE);
      } else {
        exchange.setStatusCode(StatusCodes.REQUEST_ENTITY_TOO_LARGE);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain;charset=UTF-8");
        exchange.getResponseSender().send("413 Payload Too Large");
      }
      exchange.setPersistent(false); // the body is not read: the connection cannot be reused
      return;
    }
    // a chunked body longer than this fails while it is read (the listener itself has no limit)
    exchange.setMaxEntitySize(MAX_REQUEST_BYTES);
    String path = exchange.getRequestPath();
    if (path == null || !path.startsWith("/") || !plainPath(decode(path, false))) {
      // "GET *", "GET api/me", "/api/tick%FFets", "/x/../api/me": no resource is named like that
      // (browsers resolve dot segments before sending; the handlers behind decide by the path)
      EdgeProblems.sendFieldError(
          exchange, ErrorCode.VALIDATION_FAILED, "path", "INVALID_ENCODING");
      return;
    }
    QueryFault fault = queryFault(exchange.getQueryString());
    if (fault != null) {
      // undecodable (?q=%ZZ) or decoded to what no text may hold (?q=%00, a bidi override …)
      EdgeProblems.sendFieldError(
          exchange,
          ErrorCode.VALIDATION_FAILED,
          new FieldViolation(fault.parameter(), fault.reason(), null, fault.character()));
      return;
    }
    next.handleRequest(exchange);
  }

  /** Whether a decoded path has no dot segments ({@code /./}, {@code /../}) to resolve. */
  private static boolean plainPath(String decoded) {
    if (decoded == null) {
      return false;
    }
    for (String segment : decoded.split("/", -1)) {
      String bare = segment.split(";", 2)[0];
      if (".".equals(bare) || "..".equals(bare)) {
        return false;
      }
    }
    return true;
  }

  /** The declared {@code Content-Length}, or -1 when absent or unreadable (chunked bodies). */
  private static long declaredLength(HttpServerExchange exchange) {
    String length = exchange.getRequestHeaders().getFirst(Headers.CONTENT_LENGTH);
    if (length == null) {
      return -1;
    }
    try {
      return Long.parseLong(length.strip());
    } catch (NumberFormatException malformed) {
      return -1;
    }
  }

  /**
   * What is wrong with a query string, if anything: the parameter to blame and the reason.
   *
   * @param parameter the parameter's decoded name, or {@code query} when its name itself is at
   *     fault
   * @param reason {@code INVALID_ENCODING} or {@code INVALID_CHARACTER}
   * @param character for INVALID_CHARACTER the first refused character of the decoded name or value
   *     (its position and code point), else null
   */
  record QueryFault(String parameter, String reason, RefusedCharacter character) {

    QueryFault(String parameter, String reason) {
      this(parameter, reason, null);
    }
  }

  /**
   * Checks every query parameter in one pass, decoding each name and value once. A parameter is at
   * fault when it does not decode as UTF-8 percent-encoding ({@code INVALID_ENCODING}: a {@code %}
   * without two hex digits, escapes that are not UTF-8, or a raw character above U+007F — the
   * listener hands raw bytes over as one character each) or when its decoded name or value holds a
   * character that no text may hold ({@code INVALID_CHARACTER}: the one-line rule of {@link
   * TextCharacters}, e.g. NUL, CR/LF, lone surrogates, bidirectional overrides).
   *
   * @param query the raw query string without {@code ?} (may be null or empty)
   * @return the first fault in the order of the parameters, or null when the whole query is fine
   */
  static QueryFault queryFault(String query) {
    if (query == null || query.isEmpty()) {
      return null;
    }
    for (String pair : query.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
      if (name == null || value == null) {
        return new QueryFault(name == null || name.isBlank() ? "query" : name, "INVALID_ENCODING");
      }
      Optional<RefusedCharacter> inName = RefusedCharacter.in(name, false);
      if (inName.isPresent()) {
        return new QueryFault("query", "INVALID_CHARACTER", inName.get());
      }
      Optional<RefusedCharacter> inValue = RefusedCharacter.in(value, false);
      if (inValue.isPresent()) {
        return new QueryFault(name, "INVALID_CHARACTER", inValue.get());
      }
    }
    return null;
  }

  /**
   * Percent-decodes {@code raw} as UTF-8, or null when it cannot: a {@code %} without two hex
   * digits, escapes that are not UTF-8, or a character a URL may not hold unescaped (anything
   * outside printable ASCII, and {@code " < > \ ^ ` { | }}).
   *
   * @param raw a path or a query parameter's name or value as the client sent it
   * @param query whether {@code +} stands for a space (query strings) or for itself (paths)
   * @return the decoded text, or null
   */
  static String decode(String raw, boolean query) {
    for (int k = 0; k < raw.length(); k++) {
      char c = raw.charAt(k);
      if (c <= 0x20 || c >= 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0) {
        return null;
      }
    }
    StringBuilder out = new StringBuilder(raw.length());
    ByteBuffer bytes = ByteBuffer.allocate(raw.length());
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()
            || Character.digit(raw.charAt(i + 1), 16) < 0
            || Character.digit(raw.charAt(i + 2), 16) < 0) {
          return null;
        }
        bytes.put(
            (byte)
                (Character.digit(raw.charAt(i + 1), 16) * 16
                    + Character.digit(raw.charAt(i + 2), 16)));
        i += 3;
        continue;
      }
      if (!flush(bytes, out)) {
        return null;
      }
      out.append(c == '+' && query ? ' ' : c);
      i++;
    }
    return flush(bytes, out) ? out.toString() : null;
  }

  private static boolean flush(ByteBuffer bytes, StringBuilder out) {
    if (bytes.position() == 0) {
      return true;
    }
    bytes.flip();
    try {
      out.append(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(bytes));
      return true;
    } catch (CharacterCodingException malformed) {
      return false;
    } finally {
      bytes.clear();
    }
  }
}
