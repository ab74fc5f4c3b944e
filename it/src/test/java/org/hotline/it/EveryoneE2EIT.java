package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What every user meets (issue 12, "Everyone"), in headless Chromium at 1366×768: the login page
 * says when the password was wrong, the bell's count is readable, Esc closes the bell's panel, the
 * pages have an icon, an error names the form's field as the user sees it (never the API's field
 * name) next to the button that was pressed, and the chief's desk lists a ticket once with what the
 * citizen was dissatisfied with.
 */
class EveryoneE2EIT extends LaptopPageTest {

  @Test
  void theLoginPageSaysWhenThePasswordWasWrong() throws Exception {
    var browser = chromium.browser;
    browser.manage().deleteAllCookies();
    browser.get(ItServer.BASE_URL + "/login.html");
    assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
    // an unknown user (a wrong password of a demo user would count towards its login throttle)
    browser.findElement(By.id("j_username")).sendKeys("nobody-" + System.nanoTime());
    browser.findElement(By.id("j_password")).sendKeys("wrong-password", Keys.ENTER);
    WebElement error =
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertThat(error.getText()).contains("用户名或密码错误");
    chromium.screenshot("login-wrong-password");
    // switching the language there loads the error page by GET: the password is not sent again
    browser.findElement(By.id("lang")).click();
    chromium.wait.until(ExpectedConditions.urlContains("/login.html?error=1"));
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "password"));
    chromium.script("localStorage.removeItem('hotline.lang')");
  }

  @Test
  void aTicketThatCannotBeShownSaysSoOnThePage() {
    chromium.login("officer");
    var browser = chromium.browser;
    browser.get(ItServer.BASE_URL + "/ticket.html?id=999999999");
    WebElement msg =
        chromium.wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#msg.error")));
    // review round 6: the user is never shown the internal id (the ticket number is what they know)
    assertThat(msg.getText()).contains("不存在").doesNotContain("999999999");
    assertThat(msg.getAttribute("role")).isEqualTo("alert");
  }

  @Test
  void theBellIsReadableEscClosesItAndThePagesHaveAnIcon() {
    chromium.login("chief");
    var browser = chromium.browser;
    chromium.waitUntilLoaded();
    double contrast =
        ((Number)
                chromium.script(
                    """
        const el = document.getElementById('unread'); const s = getComputedStyle(el);
        const rgb = c => c.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number).map(v => v / 255)
          .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
        const lum = c => { const [r, g, b] = rgb(c); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        const a = lum(s.color), b = lum(s.backgroundColor);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);"""))
            .doubleValue();
    System.out.printf("[usability] the bell's count: contrast %.1f:1%n", contrast);
    assertThat(contrast).as("WCAG AA contrast of the bell's count").isGreaterThanOrEqualTo(4.5);
    browser.findElement(By.id("bell")).click();
    chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bellPanel")));
    new Actions(browser).sendKeys(Keys.ESCAPE).perform();
    chromium.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("bellPanel")));
    assertThat(browser.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href"))
        .endsWith("/assets/favicon.svg");
    as("chief")
        .get("/assets/favicon.svg")
        .then()
        .statusCode(200)
        .contentType(org.hamcrest.Matchers.containsString("svg"));
  }

  @Test
  void anErrorNamesTheFieldAsTheUserSeesItNextToTheButton() throws Exception {
    long dissatisfied = RectificationAndSlipsIT.calledBack("人人页面测试：群众不满意待整改", "DISSATISFIED");
    chromium.login("chief");
    var browser = chromium.browser;
    chromium.waitUntilLoaded();
    WebElement row =
        chromium.wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#rectifying tr[data-id='" + dissatisfied + "']")));
    // the rectification row says why the citizen was dissatisfied, and the ticket is listed once
    assertThat(row.getText()).contains("群众不满意原因");
    assertThat(browser.findElements(By.cssSelector("#sections tr[data-id='" + dissatisfied + "']")))
        .hasSize(1);
    // the date column says which date it is
    assertThat(browser.findElement(By.cssSelector("#rectifying thead")).getText())
        .contains("整改期限（截止）");
    // an empty report is refused: the message names the field as on the form, under the field
    // only (review round 6: each error once, no banner or toast for an error of a field)
    WebElement button = row.findElement(By.cssSelector("button[data-act=rectify]"));
    button.click();
    WebElement inline =
        chromium.wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#rectifying tr[data-id='" + dissatisfied + "'] .field-error")));
    assertThat(inline.getText()).contains("整改情况反馈").doesNotContain("report");
    assertThat(browser.findElement(By.id("msg")).getText()).doesNotContain("整改情况反馈");
    assertThat(browser.findElements(By.cssSelector("#toasts .toast.error"))).isEmpty();
    assertThat(button.getAttribute("aria-busy")).isNull();
    assertThat(as("chief").get("/api/tickets/" + dissatisfied).jsonPath().getString("status"))
        .isEqualTo("RECTIFYING");
    chromium.screenshot("chief-desk-error");

    // the same page in English: headings and counts without Chinese
    chromium.script("localStorage.setItem('hotline.lang', 'en')");
    browser.navigate().refresh();
    chromium.waitUntilLoaded();
    assertThat(browser.findElement(By.id("counts")).getText())
        .doesNotContainPattern("[\\u4e00-\\u9fff]");
    assertThat(browser.findElement(By.cssSelector("header nav")).getText())
        .doesNotContainPattern("[\\u4e00-\\u9fff]");
    // counts in the right plural form ("1 tickets" before): every English page text with a count
    // followed by a noun has its "_one" form in the bundle, and App.plural picks it
    assertThat(chromium.script("return App.plural('uiPageOf', 1, {0: 1, 1: 1, 2: 1})"))
        .isEqualTo("Page 1 of 1 · 1 ticket");
    assertThat(chromium.script("return App.plural('uiPageOf', 2, {0: 1, 1: 1, 2: 2})"))
        .isEqualTo("Page 1 of 1 · 2 tickets");
    assertThat(chromium.script("return App.plural('earlierCount', 1, {0: 1})"))
        .isEqualTo("1 earlier ticket");
    assertThat(
            (java.util.List<?>)
                chromium.script(
                    "return Object.entries(App.messages).filter(([k, v]) =>"
                        + " /\\{\\w+\\} (earlier )?(tickets|units|months|quarters|times|ratings"
                        + "|calls|callbacks|items|accounts)\\b/.test(v) && !k.endsWith('_one')"
                        + " && !App.has(k + '_one')).map(([k]) => k)"))
        .as("English count texts without a singular form")
        .isEmpty();
    chromium.screenshot("chief-desk-en");
    chromium.script("localStorage.removeItem('hotline.lang')");
  }
}
