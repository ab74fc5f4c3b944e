package org.hotline.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** 退出登录 page: its text comes from the message bundle, Chinese by default, English on request. */
class LogoutServletTest {

  @Test
  void theLogoutPageIsChineseByDefault() {
    String page = LogoutServlet.confirmPage(Locale.CHINESE);
    assertThat(page)
        .contains("lang=\"zh-CN\"", "<title>退出</title>", "确认退出登录？", "action=\"/logout\"");
    assertThat(page).doesNotContain("Log out");
  }

  @Test
  void theLogoutPageIsEnglishOnRequest() {
    String page = LogoutServlet.confirmPage(Locale.ENGLISH);
    assertThat(page).contains("lang=\"en\"", "<title>Log out</title>", "<p>Log out?</p>");
    assertThat(page).doesNotContain("退出");
  }
}
