package org.hotline.interfaces.web.edge;

import io.undertow.security.api.SecurityContext;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.util.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.hotline.application.error.ErrorCode;
import org.hotline.infrastructure.security.LoginThrottle;
import org.hotline.infrastructure.security.UnknownUserDelay;

/**
 * Puts every password attempt — HTTP Basic credentials, or the login form's POST to {@code
 * j_security_check} — through the {@link LoginThrottle} before the server's realm checks it: a
 * throttled attempt is answered 429 problem+json {@code LOGIN_THROTTLED} with {@code Retry-After}
 * (a browser's form login that accepts {@code text/html}: 303 to {@code /login.html?throttled=N}),
 * without verifying the password (so a flood of guesses costs no bcrypt). An attempt on an unknown
 * user first spends a bcrypt verification on a dummy hash, as long as a known user's. When the
 * request ends, its outcome is counted: authenticated, or refused (a server error, e.g. while the
 * application is still starting, counts as neither), before the answer is sent. A {@code GET} (or
 * {@code HEAD}) of {@code j_security_check} — the browser's Back or a reload after logging in — is
 * not a login: it is sent to the start page ({@code 303 /}, which leads to the login page when not
 * logged in) instead of the server's 404.
 */
public class LoginThrottleHandler implements HttpHandler {

  private static final FormParserFactory FORMS =
      FormParserFactory.builder().withDefaultCharset("UTF-8").build();

  private final HttpHandler next;
  private final LoginThrottle throttle;
  private final KnownUsers knownUsers;

  LoginThrottleHandler(HttpHandler next, LoginThrottle throttle, KnownUsers knownUsers) {
    this.next = next;
    this.throttle = throttle;
    this.knownUsers = knownUsers;
  }

  /** A username and password the client offers. */
  record Attempt(String username, char[] password) {}

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.getRequestHeaders().count(Headers.AUTHORIZATION) > 1) {
      // the server's login reads a Basic value from any of them, this handler from the first:
      // a second header carried guesses past the throttle (and the unknown-user delay)
      EdgeProblems.sendFieldError(
          exchange, ErrorCode.VALIDATION_FAILED, "Authorization", "DUPLICATE_KEY");
      return;
    }
    if (loginForm(exchange) && pageVisit(exchange.getRequestMethod().toString())) {
      exchange.setStatusCode(303);
      exchange.getResponseHeaders().put(Headers.LOCATION, "/");
      exchange.endExchange();
      return;
    }
    if (loginForm(exchange)
        && exchange.getQueryString() != null
        && !exchange.getQueryString().isEmpty()) {
      // the form login also reads j_username/j_password from the query string, which this handler
      // does not count (and which puts passwords into URLs and logs): credentials go in the body
      // only
      EdgeProblems.sendFieldError(exchange, ErrorCode.VALIDATION_FAILED, "query", "INVALID");
      return;
    }
    if (!offersPassword(exchange)) {
      next.handleRequest(exchange);
      return;
    }
    if (exchange.isInIoThread()) {
      // the checks below block (form body, database, bcrypt)
      exchange.dispatch(this);
      return;
    }
    Attempt attempt = attempt(exchange);
    if (attempt == null) {
      next.handleRequest(exchange);
      return;
    }
    String client =
        exchange.getSourceAddress() == null || exchange.getSourceAddress().getAddress() == null
            ? "unknown"
            : exchange.getSourceAddress().getAddress().getHostAddress();
    Duration wait = throttle.wait(client, attempt.username(), Instant.now());
    if (!wait.isZero()) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      exchange.getResponseHeaders().put(Headers.RETRY_AFTER, seconds);
      if (loginForm(exchange) && wantsPage(exchange)) {
        // a browser's form login: back to the login page, which says how long to wait (not a page
        // of JSON without a way back)
        exchange.setStatusCode(303);
        exchange.getResponseHeaders().put(Headers.LOCATION, "/login.html?throttled=" + seconds);
        exchange.endExchange();
        return;
      }
      EdgeProblems.send(exchange, ErrorCode.LOGIN_THROTTLED, seconds);
      return;
    }
    if (!knownUsers.known(attempt.username())) {
      UnknownUserDelay.spend(attempt.password());
    }
    // the outcome is counted before the answer leaves (the client must not see a 401 whose failure
    // is counted only after, e.g. after an admin's unlock it then asked for); an exchange that ends
    // without an answer is counted when it ends
    java.util.concurrent.atomic.AtomicBoolean counted =
        new java.util.concurrent.atomic.AtomicBoolean();
    exchange.addResponseCommitListener(ex -> countOutcome(ex, attempt, client, counted));
    exchange.addExchangeCompleteListener(
        (ex, nextListener) -> {
          try {
            countOutcome(ex, attempt, client, counted);
          } finally {
            nextListener.proceed();
          }
        });
    next.handleRequest(exchange);
  }

  /** Counts the attempt's outcome once: authenticated, or refused (a server error is neither). */
  private void countOutcome(
      HttpServerExchange ex,
      Attempt attempt,
      String client,
      java.util.concurrent.atomic.AtomicBoolean counted) {
    if (!counted.compareAndSet(false, true)) {
      return;
    }
    SecurityContext security = ex.getSecurityContext();
    if (security != null && security.isAuthenticated()) {
      throttle.succeeded(attempt.username());
    } else if (ex.getStatusCode() < 500) {
      // a server error (e.g. still starting) is not a wrong password
      throttle.failed(client, attempt.username(), Instant.now());
    }
  }

  /** Whether a request of {@code method} only visits an address (Back, reload), sending nothing. */
  static boolean pageVisit(String method) {
    return "GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method);
  }

  private static boolean offersPassword(HttpServerExchange exchange) {
    String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
        || loginForm(exchange);
  }

  /** Whether the client asks for a page (a browser's form submission), not for data. */
  private static boolean wantsPage(HttpServerExchange exchange) {
    String accept = exchange.getRequestHeaders().getFirst(Headers.ACCEPT);
    return accept != null && accept.contains("text/html");
  }

  /**
   * Whether the request goes to the form login, whatever the method and however the path is spelled
   * ({@code /j%5Fsecurity_check} and path parameters included: the server decodes them).
   */
  private static boolean loginForm(HttpServerExchange exchange) {
    String path = RequestLineHandler.decode(exchange.getRequestPath(), false);
    return path != null && path.contains("j_security_check");
  }

  /** The credentials offered, or null when none can be read (left to the server to refuse). */
  static Attempt attempt(HttpServerExchange exchange) throws java.io.IOException {
    String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization.substring(6).strip());
    }
    exchange.startBlocking();
    FormDataParser parser = FORMS.createParser(exchange);
    if (parser == null) {
      return null;
    }
    FormData form = parser.parseBlocking();
    FormData.FormValue user = form.getFirst("j_username");
    FormData.FormValue password = form.getFirst("j_password");
    if (user == null || password == null || user.getValue().isBlank()) {
      return null;
    }
    return new Attempt(user.getValue().strip(), password.getValue().toCharArray());
  }

  static Attempt basic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      return new Attempt(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray());
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }
}
