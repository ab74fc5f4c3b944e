package org.hotline.interfaces.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hotline.application.error.ErrorCode;

/**
 * The error page of the web module (web.xml {@code <error-page>}): every error the servlet
 * container itself answers — an exception in the server's authentication (e.g. {@code
 * Authorization: Basic !!!}, or the user database unreachable), a 404 of a static file, a 500 — is
 * written by {@link ErrorPages}: problem+json under {@code /api}, a neutral page elsewhere, never a
 * stack trace. Takes the container's error attributes; a direct request to this path is a 404.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Object status = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Throwable failure = (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (status == null && failure == null) {
      ErrorPages.write(req, resp, req.getRequestURI(), ErrorCode.NOT_FOUND);
      return;
    }
    String path = uri == null ? req.getRequestURI() : uri.toString();
    ErrorCode code = ErrorPages.codeOf(req, status instanceof Integer i ? i : 500, failure);
    if (code == ErrorCode.INTERNAL_ERROR) {
      LOG.log(Level.SEVERE, "unexpected failure of " + path, failure);
    } else if (failure != null) {
      LOG.log(Level.FINE, "request failed: " + path, failure);
    }
    ErrorPages.write(req, resp, path, code);
  }
}
