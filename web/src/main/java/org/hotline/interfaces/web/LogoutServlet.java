package org.hotline.interfaces.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Logout (退出登录): {@code POST /logout} ends the pages' session and answers {@code 303 See Other} to
 * {@code /login.html} with a relative {@code Location} (never built from the request's Host
 * header).
 *
 * <p>{@code GET /logout} logs nobody out (a link or an image on another site must not end a
 * session): it answers {@code 405 Method Not Allowed} with {@code Allow: POST} and a small page
 * whose only content is a button that posts the logout form.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  /**
   * Where the browser goes after logging out: a path, resolved by the browser against this origin.
   */
  static final String LOGIN_PAGE = "/login.html";

  private static final long serialVersionUID = 1L;

  private static final String CONFIRM_PAGE =
      """
      <!DOCTYPE html>
      <html lang="zh-CN"><head><meta charset="utf-8"><title>退出 · Log out</title>
      <link rel="stylesheet" href="/assets/app.css"></head>
      <body><form class="login" method="post" action="/logout">
      <p>确认退出登录？ / Log out?</p>
      <button class="primary" type="submit" id="logout">退出 · Log out</button>
      </form></body></html>
      """;

  /**
   * Ends the session (if any) and redirects to the login page.
   *
   * @param req the POST of the header's logout form
   * @param resp 303 with {@code Location: /login.html}
   * @throws ServletException when the container cannot log out
   */
  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    req.logout();
    var session = req.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
    resp.setHeader("Location", req.getContextPath() + LOGIN_PAGE);
  }

  /**
   * Refuses to log out on a GET: 405 with {@code Allow: POST} and a page with the logout button.
   *
   * @param req any GET of /logout
   * @param resp 405, HTML
   */
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    resp.setHeader("Allow", "POST");
    resp.setContentType("text/html;charset=UTF-8");
    resp.getWriter().write(CONFIRM_PAGE);
  }
}
