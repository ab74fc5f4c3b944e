package org.hotline.interfaces.web.edge;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;
import org.hotline.interfaces.rest.Problem;
import org.hotline.interfaces.rest.ProblemMessages;
import org.hotline.interfaces.rest.ProblemResponses;

/**
 * Writes a problem+json answer from a handler that runs before JAX-RS (the same body as the API's
 * own problems: {@code code}, {@code status}, localised {@code title}/{@code detail}).
 */
final class EdgeProblems {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  private EdgeProblems() {}

  /** Ends the exchange with the problem of {@code code}; {@code args} fill its detail text. */
  static void send(HttpServerExchange exchange, ErrorCode code, Object... args) {
    send(exchange, code, List.of(), args);
  }

  /**
   * Ends the exchange with the problem of {@code code} naming one bad field (a query parameter, a
   * header) and its stable {@code reason}; the message is the localised {@code field.<reason>}.
   */
  static void sendFieldError(
      HttpServerExchange exchange, ErrorCode code, String field, String reason) {
    Locale locale = locale(exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE));
    send(
        exchange,
        code,
        List.of(
            new Problem.FieldError(
                field,
                reason,
                ProblemMessages.text(
                    locale, "field." + reason, ProblemMessages.label(locale, field)),
                ProblemMessages.label(locale, field))),
        1);
  }

  /**
   * Ends the exchange with the problem of {@code code} naming one bad field with its violation (for
   * INVALID_CHARACTER its position and code point too: {@link Problem.FieldError#of}).
   */
  static void sendFieldError(HttpServerExchange exchange, ErrorCode code, FieldViolation f) {
    Locale locale = locale(exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE));
    send(exchange, code, List.of(Problem.FieldError.of(locale, f)), 1);
  }

  private static void send(
      HttpServerExchange exchange,
      ErrorCode code,
      List<Problem.FieldError> errors,
      Object... args) {
    Locale locale = locale(exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE));
    Problem problem =
        new Problem(
            "urn:hotline:problem:" + code.name().toLowerCase(Locale.ROOT).replace('_', '-'),
            ProblemMessages.text(locale, "title." + code.name()),
            code.httpStatus(),
            code.name(),
            ProblemMessages.text(locale, "detail." + code.name(), args),
            errors);
    exchange.setStatusCode(code.httpStatus());
    exchange
        .getResponseHeaders()
        .put(Headers.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE + ";charset=UTF-8");
    exchange.getResponseHeaders().put(Headers.CONTENT_LANGUAGE, locale.getLanguage());
    exchange.getResponseSender().send(JSONB.toJson(problem), StandardCharsets.UTF_8);
  }

  /**
   * Chinese unless the client prefers English (the same rule as {@link ProblemMessages#locale}).
   */
  static Locale locale(String acceptLanguage) {
    if (acceptLanguage != null && !acceptLanguage.isBlank()) {
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
          String language = range.getRange().split("-")[0];
          if ("en".equalsIgnoreCase(language)) {
            return Locale.ENGLISH;
          }
          if ("zh".equalsIgnoreCase(language)) {
            return Locale.CHINESE;
          }
        }
      } catch (IllegalArgumentException malformed) {
        return Locale.CHINESE;
      }
    }
    return Locale.CHINESE;
  }
}
