package org.hotline.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.hotline.application.error.ErrorCode;

/** Builds application/problem+json responses. */
public final class ProblemResponses {

  public static final String MEDIA_TYPE = "application/problem+json";

  private ProblemResponses() {}

  /** The problem of {@code code} in {@code locale}. */
  public static Problem problem(
      Locale locale, ErrorCode code, List<Problem.FieldError> errors, Object... args) {
    return new Problem(
        "urn:hotline:problem:" + code.name().toLowerCase(Locale.ROOT).replace('_', '-'),
        ProblemMessages.text(locale, "title." + code.name()),
        code.httpStatus(),
        code.name(),
        ProblemMessages.text(locale, "detail." + code.name(), args),
        errors);
  }

  public static Response of(
      HttpHeaders headers, ErrorCode code, List<Problem.FieldError> errors, Object... args) {
    Locale locale = ProblemMessages.locale(headers);
    Problem problem = problem(locale, code, errors, args);
    Response.ResponseBuilder response =
        Response.status(code.httpStatus())
            .type(MEDIA_TYPE)
            .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
            .entity(problem);
    if (code == ErrorCode.UNAUTHENTICATED) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"hotline\", charset=\"UTF-8\"");
    }
    return response.build();
  }

  public static Response of(HttpHeaders headers, ErrorCode code, Object... args) {
    return of(headers, code, List.of(), args);
  }
}
