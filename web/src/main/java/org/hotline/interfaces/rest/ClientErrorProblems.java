package org.hotline.interfaces.rest;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.ValidationException;

/**
 * Protocol-level refusals of the JAX-RS runtime as problem+json (11.5): every 4xx keeps its status
 * and gets a stable code, a localised text and no stack trace — 404 {@code NOT_FOUND} (unknown
 * path), 405 {@code METHOD_NOT_ALLOWED} (with {@code Allow}), 406 {@code NOT_ACCEPTABLE}, 413
 * {@code PAYLOAD_TOO_LARGE}, 415 {@code UNSUPPORTED_MEDIA_TYPE}, 400 {@code MALFORMED_REQUEST}. A
 * request parameter that could not be converted ({@link RequestParameters}) arrives here wrapped by
 * the runtime (as a 404 for query and path parameters): it becomes 400 {@code VALIDATION_FAILED}
 * naming the parameter (10.7). Unexpected failures are in {@link UnexpectedFailureMapper}.
 */
public final class ClientErrorProblems {

  private ClientErrorProblems() {}

  /** The stable code of a 4xx status. */
  static ErrorCode codeOf(int status) {
    return switch (status) {
      case 401 -> ErrorCode.UNAUTHENTICATED;
      case 403 -> ErrorCode.FORBIDDEN;
      case 404 -> ErrorCode.NOT_FOUND;
      case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
      case 406 -> ErrorCode.NOT_ACCEPTABLE;
      case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
      case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
      default -> ErrorCode.MALFORMED_REQUEST;
    };
  }

  /** The validation failure a parameter converter raised, somewhere in the cause chain, or null. */
  static ValidationException badParameter(Throwable e) {
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof ValidationException v) {
        return v;
      }
    }
    return null;
  }

  /**
   * Whether {@code e} is the runtime failing to parse a request header (a media type, a language, a
   * {@code q} weight): an {@link IllegalArgumentException} thrown from RESTEasy's header delegates
   * or media-type helpers, somewhere in the cause chain.
   */
  static boolean unreadableHeader(Throwable e) {
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof IllegalArgumentException) {
        for (StackTraceElement frame : t.getStackTrace()) {
          String c = frame.getClassName();
          if (c.startsWith("org.jboss.resteasy.plugins.delegates.")
              || c.startsWith("org.jboss.resteasy.util.MediaTypeHelper")
              || c.startsWith("org.jboss.resteasy.util.LocaleHelper")
              || c.startsWith("org.jboss.resteasy.util.AcceptableVariant")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Every 4xx the runtime raises (and any a resource throws). */
  @Provider
  public static class ClientErrorMapper implements ExceptionMapper<ClientErrorException> {
    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(ClientErrorException e) {
      ValidationException parameter = badParameter(e);
      if (parameter != null) {
        return validation(headers, parameter);
      }
      Response original = e.getResponse();
      Response.ResponseBuilder problem =
          Response.fromResponse(ProblemResponses.of(headers, codeOf(original.getStatus())));
      String allow = original.getHeaderString(HttpHeaders.ALLOW);
      if (allow != null) {
        problem.header(HttpHeaders.ALLOW, allow);
      }
      return problem.build();
    }
  }

  /** 400 {@code VALIDATION_FAILED} naming each bad field or parameter. */
  static Response validation(HttpHeaders headers, ValidationException v) {
    Locale locale = ProblemMessages.locale(headers);
    var errors = v.violations().stream().map(f -> Problem.FieldError.of(locale, f)).toList();
    return ProblemResponses.of(headers, v.code(), errors, errors.size());
  }

  /**
   * Anything no other mapper knows: a transient failure of the database is 503 with {@code
   * Retry-After} ({@link TransientFailures}); the rest is logged and answered 500 {@code
   * INTERNAL_ERROR} without details.
   */
  @Provider
  public static class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
      ValidationException parameter = badParameter(e);
      if (parameter != null) {
        return validation(headers, parameter);
      }
      if (TransientFailures.isTransient(e)) {
        LOG.log(Level.WARNING, "transient failure, answered 503: {0}", String.valueOf(e));
        return TransientFailures.response(headers);
      }
      if (unreadableHeader(e)) { // what interfaces.web.RequestHeaderFilter did not catch: no stack
        LOG.log(Level.FINE, "unreadable request header: {0}", String.valueOf(e));
        return ProblemResponses.of(
            headers,
            ErrorCode.MALFORMED_HEADER,
            List.of(),
            "(Accept, Content-Type, If-None-Match …)");
      }
      LOG.log(Level.SEVERE, "unexpected failure", e);
      return ProblemResponses.of(headers, ErrorCode.INTERNAL_ERROR);
    }
  }
}
