package org.hotline.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.hotline.application.error.ErrorCode;

/**
 * An API request that carries well-formed Basic credentials but reaches the application without a
 * logged-in user could not be checked: a wrong password is refused by the server's mechanism before
 * this point, so here the user table was unreachable (database down, a dead pooled connection).
 * Such a request is a transient failure, 503 {@code SERVICE_UNAVAILABLE} with {@code Retry-After}
 * (10.11), not a 401 that would tell the client its password is wrong.
 */
@WebFilter(urlPatterns = "/api/*")
public class UnverifiedCredentialsFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(UnverifiedCredentialsFilter.class.getName());

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    String authorization = req.getHeader("Authorization");
    if (req.getUserPrincipal() == null
        && authorization != null
        && authorization.regionMatches(true, 0, "Basic ", 0, 6)
        && !ErrorPages.malformedBasic(authorization)) {
      LOG.warning(
          () ->
              "credentials could not be verified (user store unavailable): 503 for "
                  + req.getRequestURI());
      ErrorPages.write(req, resp, req.getRequestURI(), ErrorCode.SERVICE_UNAVAILABLE);
      return;
    }
    chain.doFilter(req, resp);
  }
}
