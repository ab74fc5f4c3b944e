package org.hotline.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.ValidationException;
import org.hotline.domain.model.ticket.IllegalTicketTransitionException;

/** Turns every failure into application/problem+json with a stable code. */
public final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  @Provider
  public static class HotlineExceptionMapper implements ExceptionMapper<HotlineException> {
    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(HotlineException e) {
      if (e instanceof ValidationException v) {
        Locale locale = ProblemMessages.locale(headers);
        var errors = v.violations().stream().map(f -> Problem.FieldError.of(locale, f)).toList();
        return ProblemResponses.of(headers, e.code(), errors, errors.size());
      }
      return ProblemResponses.of(headers, e.code(), e.args().toArray());
    }
  }

  @Provider
  public static class IllegalTransitionMapper
      implements ExceptionMapper<IllegalTicketTransitionException> {
    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(IllegalTicketTransitionException e) {
      Locale locale = ProblemMessages.locale(headers);
      return ProblemResponses.of(
          headers,
          ErrorCode.ILLEGAL_TRANSITION,
          ProblemMessages.text(locale, "action." + e.action().name()),
          ProblemMessages.text(locale, "status." + e.status().name()));
    }
  }

  @Provider
  public static class TicketRuleMapper
      implements ExceptionMapper<org.hotline.domain.model.ticket.TicketRuleException> {
    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(org.hotline.domain.model.ticket.TicketRuleException e) {
      return ProblemResponses.of(headers, ErrorCode.valueOf(e.rule()));
    }
  }

  /**
   * A role check refused (403, or 401 without a login). An expected client error, not a server
   * fault: one INFO line (who, what), never a stack trace. The EJB container's own ERROR log of
   * every refused call is switched off ({@code log-system-exceptions=false} in
   * configure-server.cli); unexpected failures are logged here, by {@link EjbExceptionMapper} and
   * {@link ClientErrorProblems.UnexpectedFailureMapper}, with their stack.
   */
  @Provider
  public static class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {
    @Context private HttpHeaders headers;

    @Context private SecurityContext security;

    @Context private jakarta.ws.rs.core.UriInfo uri;

    @Context private jakarta.ws.rs.core.Request request;

    @Override
    public Response toResponse(EJBAccessException e) {
      boolean anonymous = security == null || security.getUserPrincipal() == null;
      ErrorCode code = anonymous ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN;
      LOG.info(
          () ->
              "refused ("
                  + code.httpStatus()
                  + " "
                  + code
                  + "): "
                  + (anonymous ? "anonymous" : security.getUserPrincipal().getName())
                  + " may not "
                  + (request == null ? "" : request.getMethod() + " ")
                  + (uri == null ? "" : "/" + uri.getPath().replaceFirst("^/", "")));
      return ProblemResponses.of(headers, code);
    }
  }

  /**
   * EJB wrappers: unwrap known causes (concurrent updates → 409, see {@link ConcurrencyConflicts}),
   * everything else is a 500.
   */
  @Provider
  public static class EjbExceptionMapper implements ExceptionMapper<EJBException> {
    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(EJBException e) {
      Optional<ConstraintConflicts.Meaning> meant =
          ConcurrencyConflicts.isConflict(e) ? ConstraintConflicts.of(e) : Optional.empty();
      if (meant.isPresent()) {
        // the loser of a race on a unique constraint hears what the constraint means
        ConstraintConflicts.Meaning m = meant.get();
        if (m.field() == null) {
          return ProblemResponses.of(headers, m.code());
        }
        Locale locale = ProblemMessages.locale(headers);
        var error =
            new Problem.FieldError(
                m.field(),
                ConstraintConflicts.reason(),
                ProblemMessages.text(
                    locale,
                    "field." + ConstraintConflicts.reason(),
                    ProblemMessages.label(locale, m.field())),
                ProblemMessages.label(locale, m.field()));
        return ProblemResponses.of(headers, m.code(), List.of(error), 1);
      }
      if (ConcurrencyConflicts.isConflict(e)) {
        LOG.log(Level.FINE, "concurrent update", e);
        return ProblemResponses.of(headers, ErrorCode.CONCURRENT_UPDATE);
      }
      if (TransientFailures.isTransient(
          e)) { // database down, pool exhausted, lock timeout: 503 (10.11)
        LOG.log(Level.WARNING, "transient failure, answered 503: {0}", String.valueOf(e));
        return TransientFailures.response(headers);
      }
      LOG.log(Level.SEVERE, "unexpected failure", e);
      return ProblemResponses.of(headers, ErrorCode.INTERNAL_ERROR);
    }
  }

  /** A body that is not JSON, or a field of the wrong type ("approved": "yes"). */
  @Provider
  public static class MalformedBodyMapper
      implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(jakarta.ws.rs.ProcessingException e) {
      return ProblemResponses.of(headers, ErrorCode.MALFORMED_REQUEST);
    }
  }

  /** Malformed JSON, unknown paths, wrong methods: keep the status, speak problem+json. */
  @Provider
  public static class WebApplicationExceptionMapper
      implements ExceptionMapper<WebApplicationException> {
    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      ErrorCode code =
          switch (status) {
            case 400 -> ErrorCode.MALFORMED_REQUEST;
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            default -> null;
          };
      if (code == null && status < 400) {
        return e.getResponse();
      }
      if (code == null) { // other error statuses: still problem+json, never an empty body (11.5)
        code = status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.MALFORMED_REQUEST;
      }
      return ProblemResponses.of(headers, code);
    }
  }
}
