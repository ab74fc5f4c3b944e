package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The service record upload page (服务记录导入, issue 14) in headless Chromium: a callback agent uploads
 * a CSV file and sees every row with its line, created or refused and the reasons in the user's
 * words (the field's label, not its internal name); the same file uploaded again shows the stored
 * rows unchanged (nothing stored twice); in English the results and reasons are English.
 */
class ServiceRecordsPageE2EIT extends LaptopPageTest {

  private static WebDriver browser;

  /**
   * The shared laptop-sized browser ({@link LaptopPageTest}: 1366×768), not a larger one of its
   * own.
   */
  @BeforeAll
  static void useLaptopBrowser() {
    browser = chromium.browser;
  }

  @AfterAll
  static void backToChinese() {
    if (chromium != null) {
      chromium.script("localStorage.setItem('hotline.lang', 'zh')");
    }
  }

  /** A CSV of three rows: a good one, a bad number, a summary with a bidi override. */
  private static Path csv() throws Exception {
    String source = "E2E-" + UUID.randomUUID().toString().substring(0, 8);
    String header =
        "sourceSystem,externalId,kind,occurredAt,citizenPhone,officerBadge,unitCode,summary\n";
    String rows =
        source
            + ",P-1,INCIDENT_110,2026-11-21T10:00:00+08:00,13912340001,003001,PS-CHENGGUAN,盗窃报警已立案\n"
            + source
            + ",P-2,WINDOW_SERVICE,2026-11-21T11:00:00+08:00,not-a-phone,,PS-CHENGGUAN,办理居住证\n"
            + source
            + ",P-3,WINDOW_SERVICE,2026-11-21T12:00:00+08:00,13912340003,,PS-CHENGGUAN,补办\u202E身份证\n";
    Path file = Files.createTempFile("service-records", ".csv");
    Files.writeString(file, header + rows, StandardCharsets.UTF_8);
    return file;
  }

  /** Uploads the file on the open page and returns the result rows (line, status, reasons). */
  private static List<List<String>> upload(Path file) {
    chromium.waitUntilLoaded();
    WebElement input = browser.findElement(By.cssSelector("input[type=file]"));
    input.sendKeys(file.toString());
    browser.findElement(By.cssSelector("#uploadForm button[type=submit]")).click();
    chromium.wait.until(
        d -> !d.findElements(By.cssSelector("body[data-uploaded=true] #uploadResult")).isEmpty());
    return browser.findElements(By.cssSelector("#uploadResult tr.sr-row")).stream()
        .map(
            tr -> {
              List<WebElement> td = tr.findElements(By.tagName("td"));
              return List.of(td.get(0).getText(), td.get(3).getText(), td.get(4).getText());
            })
        .toList();
  }

  @Test
  void anAgentUploadsACsvSeesEachRowAndCanUploadItAgain() throws Exception {
    Path file = csv();
    chromium.login("callback");
    assertThat(browser.findElements(By.cssSelector("header nav a[href='servicerecords.html']")))
        .hasSize(1);
    browser.get(ItServer.BASE_URL + "/servicerecords.html");
    List<List<String>> first = upload(file);
    assertThat(first).extracting(r -> r.get(0)).containsExactly("2", "3", "4");
    assertThat(first).extracting(r -> r.get(1)).containsExactly("已新增", "已拒绝", "已拒绝");
    assertThat(first.get(0).get(2)).isEmpty();
    // the reason names the field by its label, in Chinese
    assertThat(first.get(1).get(2)).contains("群众电话").doesNotContain("citizenPhone");
    assertThat(first.get(2).get(2)).contains("摘要").contains("看不见的字符");
    assertThat(browser.findElement(By.cssSelector(".sr-counts")).getText())
        .isEqualTo("新增 1 条，未变 0 条，拒绝 2 条。");
    // new-user review: the toast said "已保存" although two rows were refused; now it says the counts
    assertThat(browser.findElement(By.cssSelector("#toasts .toast")).getText())
        .isEqualTo("新增 1 条，未变 0 条，拒绝 2 条。")
        .doesNotContain("已保存");

    // the same file again: the stored row is unchanged, nothing is stored twice
    browser.navigate().refresh();
    List<List<String>> again = upload(file);
    assertThat(again).extracting(r -> r.get(1)).containsExactly("未变（已有）", "已拒绝", "已拒绝");

    // in English
    chromium.script("localStorage.setItem('hotline.lang', 'en')");
    browser.navigate().refresh();
    List<List<String>> english = upload(file);
    assertThat(english)
        .extracting(r -> r.get(1))
        .containsExactly("Unchanged (already stored)", "Refused", "Refused");
    assertThat(english.get(1).get(2)).contains("Citizen phone");
    assertThat(browser.findElement(By.cssSelector("#toasts .toast")).getText())
        .isEqualTo("0 created, 1 unchanged, 2 refused.");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Service record upload");
    chromium.script("localStorage.setItem('hotline.lang', 'zh')");
  }

  @Test
  void rolesWithoutTheUploadDoNotSeeThePage() {
    chromium.login("leader");
    assertThat(browser.findElements(By.cssSelector("header nav a[href='servicerecords.html']")))
        .isEmpty();
  }
}
