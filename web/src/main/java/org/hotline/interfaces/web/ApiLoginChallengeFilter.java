package org.hotline.interfaces.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hotline.application.error.ErrorCode;

/**
 * Under {@code /api}, a failed login (wrong password) is answered 401 {@code UNAUTHENTICATED}
 * problem+json with a Basic challenge, not with the login page: the form mechanism's challenge
 * forwards to {@code login.html}, and this filter answers such a forward for an API request itself
 * (11.5). Forwards for the pages pass through.
 */
@WebFilter(urlPatterns = "/login.html", dispatcherTypes = DispatcherType.FORWARD)
public class ApiLoginChallengeFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    Object original = req.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    if (original != null && ErrorPages.api(req, original.toString())) {
      ErrorPages.write(req, resp, original.toString(), ErrorCode.UNAUTHENTICATED);
      return;
    }
    chain.doFilter(req, resp);
  }
}
