package org.hotline.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.hotline.application.text.ClientLanguage;
import org.hotline.interfaces.rest.ProblemMessages;

/**
 * The reader's language for the API (请求语言): Chinese, or English when {@code Accept-Language}
 * prefers it (the same rule as the problems' texts), held in {@link ClientLanguage} while the
 * request is served and cleared afterwards.
 */
@WebFilter(urlPatterns = "/api/*")
public class ClientLanguageFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    // only the client's own header counts (the container's getLocales() falls back to the server's)
    ClientLanguage.set(
        ProblemMessages.locale(
            req.getHeader("Accept-Language") == null
                ? List.of()
                : Collections.list(req.getLocales())));
    try {
      chain.doFilter(req, resp);
    } finally {
      ClientLanguage.clear();
    }
  }
}
