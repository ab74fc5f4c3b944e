package org.hotline.interfaces.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Content-Security-Policy (内容安全策略) on every response of the web module: pages, assets, the API's
 * JSON and PDFs, and the login page the container forwards to.
 *
 * <p>The rule: scripts, styles, images, fonts and requests come from this origin only; no inline
 * script, no inline event handler ({@code onclick=}), no inline style, no {@code eval}, no plugin,
 * no {@code <base>}, no framing by any page, forms post to this origin only. In browsers that
 * support Trusted Types, {@code innerHTML} and its kin accept only markup made by the pages' one
 * escaping helper ({@code App.html} in {@code assets/app.js}, policy {@code hotline}); a plain
 * string is refused. Camunda Cockpit ({@code /camunda}, the cockpit module) is another web module
 * and is not covered by this filter.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class ContentSecurityPolicyFilter extends HttpFilter {

  /** The header's name. */
  public static final String HEADER = "Content-Security-Policy";

  /** The policy sent with every response. */
  public static final String POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self'",
          "style-src 'self'",
          "img-src 'self'",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'none'",
          "frame-ancestors 'none'",
          "form-action 'self'",
          "require-trusted-types-for 'script'",
          // 'default' only for the leader page's charts, whose policy passes nothing but the empty
          // string
          "trusted-types hotline default");

  /**
   * The policy of a PDF. Chrome shows a PDF in a page of its own with an embedded viewer and inline
   * styles, which {@code object-src 'none'} and {@code style-src 'self'} would block (the user sees
   * "this content is blocked"; Chromium bug 271452). A PDF runs no script of ours, so it needs only
   * to refuse being framed.
   */
  public static final String PDF_POLICY =
      "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private static final long serialVersionUID = 1L;

  /**
   * Sets the policy header before the rest of the chain writes the response.
   *
   * @param request the request, of any path of this web module
   * @param response the response that gets the header
   * @param chain the rest of the chain
   * @throws IOException or ServletException when the rest of the chain does
   */
  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(HEADER, request.getRequestURI().endsWith(".pdf") ? PDF_POLICY : POLICY);
    chain.doFilter(request, response);
  }
}
