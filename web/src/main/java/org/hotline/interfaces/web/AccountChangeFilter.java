package org.hotline.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.logging.Logger;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.user.AccountSessions;
import org.hotline.domain.model.user.Role;

/**
 * A session (or the login realm's cached identity, kept up to 60 s) follows an administrator's
 * change of its account (会话跟随账号): for an account whose roles or active flag were changed while the
 * server runs ({@link AccountSessions}), an API request whose identity no longer matches the stored
 * account — deactivated, deleted, or other roles — ends the session and is answered 401 {@code
 * UNAUTHENTICATED}; logging in again gives the current roles (a deactivated account cannot log in:
 * the realm's query reads only active accounts). Other accounts cost one map look-up.
 */
@WebFilter(urlPatterns = "/api/*")
public class AccountChangeFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(AccountChangeFilter.class.getName());

  @Inject private AccountSessions sessions;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    Principal p = req.getUserPrincipal();
    if (p != null && sessions.changed(p.getName()) && stale(req, p.getName())) {
      HttpSession session = req.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      LOG.info(() -> "the account of " + p.getName() + " changed: its login ends");
      ErrorPages.write(req, resp, req.getRequestURI(), ErrorCode.UNAUTHENTICATED);
      return;
    }
    chain.doFilter(req, resp);
  }

  /** Whether the request's identity differs from the stored account (roles, active). */
  private boolean stale(HttpServletRequest req, String username) {
    Optional<AccountSessions.Standing> now = sessions.current(username);
    if (now.isEmpty() || !now.get().active()) {
      return true;
    }
    for (Role r : Role.values()) {
      if (req.isUserInRole(r.roleName()) != now.get().roles().contains(r)) {
        return true;
      }
    }
    return false;
  }
}
