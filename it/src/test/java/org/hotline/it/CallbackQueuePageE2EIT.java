package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workspace's queue (回访队列, issue 14) in headless Chromium: searched, sorted and paged by the
 * server — the agent types words of the matter, gets exactly the matching tasks whatever the length
 * of the queue, turns the order around, and works one of them from the list.
 */
class CallbackQueuePageE2EIT {

  private static Chromium chromium;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void openBrowser() throws Exception {
    chromium = Chromium.open("1400,1000");
    browser = chromium.browser;
    wait = chromium.wait;
  }

  @AfterAll
  static void closeBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  private static List<String> rows(WebDriver d) {
    try {
      return d.findElements(By.cssSelector("#list tr[data-task]")).stream()
          .map(e -> e.getAttribute("data-task"))
          .toList();
    } catch (StaleElementReferenceException rerendered) {
      return List.of();
    }
  }

  @Test
  void theAgentSearchesSortsAndWorksATaskFromTheQueue() {
    String word = "页面检索" + Long.toString(System.nanoTime(), 36);
    CallbackTasksIT.closedAtDongguan("回访队列页面：" + word + " 楼道堆物");
    CallbackTasksIT.closedAtDongguan("回访队列页面：" + word + " 夜间噪音");

    chromium.login("callback-city");
    wait.until(ExpectedConditions.urlContains("callback.html"));
    chromium.waitUntilLoaded();

    WebElement search = browser.findElement(By.id("queueQ"));
    search.sendKeys(word, Keys.ENTER);
    wait.until(d -> rows(d).size() == 2);
    assertThat(browser.findElement(By.id("count")).getText()).isEqualTo("2");
    assertThat(browser.findElement(By.id("queuePage")).getText()).contains("2");
    assertThat(browser.findElement(By.id("queueNext")).isEnabled()).isFalse();
    List<String> earliestFirst = rows(browser);

    new Select(browser.findElement(By.id("queueSort"))).selectByValue("-due");
    wait.until(d -> rows(d).size() == 2 && !rows(d).equals(earliestFirst));
    assertThat(rows(browser)).containsExactly(earliestFirst.get(1), earliestFirst.get(0));

    String chosen = rows(browser).get(0);
    browser.findElement(By.cssSelector("button[data-claim='" + chosen + "']")).click();
    wait.until(
        d ->
            d.findElements(By.id("current")).stream()
                .anyMatch(e -> chosen.equals(e.getAttribute("data-id"))));
    assertThat(browser.findElement(By.id("citizenPhone")).getText()).doesNotContain("*");
  }
}
