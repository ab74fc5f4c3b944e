package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The callback agent's workspace (回访工作台, issue 14) in headless Chromium: the agent of a sub-centre
 * takes the next task with N, answers 满意 with the key 1 and is given the next task at once, answers
 * 不满意 with 3, picks a problem tag from the list and submits with Ctrl+Enter — two tasks worked
 * without going back to the list.
 */
class CallbackWorkspaceE2EIT {

  private static Chromium chromium;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void openBrowser() throws Exception {
    ItServer.ensureStarted();
    chromium = Chromium.open("1400,1000");
    browser = chromium.browser;
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      chromium.close();
    }
  }

  /**
   * The id of the task on screen, null while none is; the page re-renders it, so a stale read is
   * retried.
   */
  private static String shownTaskId(WebDriver d) {
    try {
      return d.findElements(By.id("current")).stream()
          .findFirst()
          .map(e -> e.getAttribute("data-id"))
          .orElse(null);
    } catch (StaleElementReferenceException rerendered) {
      return null;
    }
  }

  private static String currentTaskId() {
    return wait.until(d -> shownTaskId(d));
  }

  @Test
  void anAgentWorksTwoTasksWithTheKeyboardWithoutGoingBackToTheList() throws Exception {
    CallbackTasksIT.closedAtDongguan("工作台回访一：楼道堆物");
    CallbackTasksIT.closedAtDongguan("工作台回访二：夜间噪音");

    browser.manage().deleteAllCookies();
    browser.get(ItServer.BASE_URL + "/login.html");
    browser.findElement(By.id("j_username")).sendKeys("callback-city");
    browser.findElement(By.id("j_password")).sendKeys("demo", Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("callback.html"));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-loaded=true]")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("noTask")));

    new Actions(browser).sendKeys("n").perform();
    String first = currentTaskId();
    // the agent who works the task sees the whole number
    assertThat(browser.findElement(By.id("citizenPhone")).getText()).doesNotContain("*");
    screenshot("callback-workspace");

    new Actions(browser).sendKeys("1").perform();
    wait.until(
        d -> {
          String shown = shownTaskId(d);
          return shown != null && !first.equals(shown);
        });
    String second = currentTaskId();

    new Actions(browser).sendKeys("3").perform();
    // the problem tags: a searchable picker (pinyin initials of 未联系群众), Enter takes the best match
    wait.until(d -> "tagSearch".equals(d.switchTo().activeElement().getAttribute("id")));
    browser.findElement(By.id("tagSearch")).sendKeys("wlxqz");
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#tagList li[data-code=CONTACT_NONE][aria-selected=true]")));
    browser.findElement(By.id("tagSearch")).sendKeys(Keys.ENTER);
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#tagChips .chip[data-code=CONTACT_NONE]")));
    new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
    wait.until(
        d -> {
          String shown = shownTaskId(d);
          return d.findElements(By.id("noTask")).size() > 0
              || shown != null && !second.equals(shown);
        });

    var one =
        as("callback-city")
            .get("/api/callbacks/" + first)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(one.getString("status")).isEqualTo("DONE");
    assertThat(one.getString("result")).isEqualTo("SATISFIED");
    var two =
        as("callback-city")
            .get("/api/callbacks/" + second)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(two.getString("status")).isEqualTo("DONE");
    assertThat(two.getString("result")).isEqualTo("DISSATISFIED");
    assertThat(two.getList("tags")).containsExactly("CONTACT_NONE");
    assertThat(two.getString("finishedAt")).isNotNull();
  }

  private static void screenshot(String name) throws Exception {
    Path target = ItServer.workDir().resolve("screenshots");
    Files.createDirectories(target);
    Files.write(
        target.resolve(ItServer.db() + "-" + name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
