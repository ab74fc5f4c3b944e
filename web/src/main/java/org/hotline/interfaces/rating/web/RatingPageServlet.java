package org.hotline.interfaces.rating.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.application.rating.PublicRatingService;

/**
 * The public rating page {@code /r/{token}} (扫码评警, no login): a small Chinese, mobile-first page
 * (assets/rate.css, assets/rate.js; no library) that loads the target from {@code GET
 * /api/public/rating-codes/{token}} and posts the rating with {@code fetch} and JSON. An unknown or
 * revoked code is a 404 page that says which. The page holds no text from the database: the script
 * fills it in with DOM text nodes, so nothing needs escaping here (the token has been checked to be
 * base64url).
 */
@WebServlet(urlPatterns = "/r/*")
public class RatingPageServlet extends HttpServlet {

  @Inject private PublicRatingService service;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo();
    String token = path == null ? "" : path.substring(1);
    resp.setContentType("text/html;charset=UTF-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.setHeader("Referrer-Policy", "no-referrer");
    String ctx = req.getContextPath();
    try {
      service.lookup(token);
    } catch (HotlineException e) {
      boolean revoked = e.code() == ErrorCode.RATING_CODE_REVOKED;
      resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
      resp.getWriter()
          .write(
              page(
                  ctx,
                  revoked ? "评价码已作废" : "评价码无效",
                  "<main class=\"card\"><h1>"
                      + (revoked ? "此二维码已作废" : "无法识别此二维码")
                      + "</h1><p>"
                      + (revoked
                          ? "该评价码已被收回或已更换为新码，请扫描现场张贴的最新二维码。"
                          : "这不是有效的评价码，请扫描民警、窗口或车辆上张贴的二维码。")
                      + "</p><p>如需反映问题，请拨打警务热线。</p></main>",
                  false,
                  ""));
      return;
    }
    resp.getWriter()
        .write(
            page(
                ctx,
                "扫码评警",
                "<main class=\"card\" id=\"rate\" data-token=\""
                    + token
                    + "\">"
                    + "<h1>服务评价</h1><p id=\"target\" class=\"target\" aria-live=\"polite\">正在加载…</p>"
                    + "<noscript><p>请开启浏览器的 JavaScript 后再评价。</p></noscript></main>",
                true,
                ""));
  }

  private static String page(String ctx, String title, String body, boolean script, String unused) {
    return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"robots\" content=\"noindex\"><title>"
        + title
        + "</title>"
        + "<link rel=\"stylesheet\" href=\""
        + ctx
        + "/assets/rate.css\">"
        + (script ? "<script src=\"" + ctx + "/assets/rate.js\" defer></script>" : "")
        + "</head><body>"
        + body
        + "</body></html>";
  }
}
