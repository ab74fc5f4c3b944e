package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Review round 6 of the new-user review (issue 12: feedback and focus), in headless Chromium at
 * 1366×768 against the real server, one test per kind of fault: a success whose ticket leaves the
 * user's sight (退单) said "工单 2 不存在" with the internal id; after an in-place action (签收) the
 * keyboard fell to &lt;body&gt;; a direct answer was confirmed first and then refused for an empty
 * 区域, the error shown four times, and the return form marked one of its two invalid fields; the
 * confirmation and the dialogs let Tab leave and opened on ×; the 待研判 badge counted the search.
 */
class FeedbackFocusE2EIT extends LaptopPageTest {

  private static String letters(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return b.toString();
  }

  /** The element that has the keyboard focus: its tag, name, data-act, its row's data-id. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> focused() {
    return (Map<String, Object>)
        chromium.script(
            "const a = document.activeElement; const row = a && a.closest('[data-id]');"
                + " return {tag: a ? a.tagName : null, id: a ? a.id : null, name: a && a.getAttribute('name'),"
                + " act: a && a.dataset ? a.dataset.act || null : null,"
                + " row: row ? row.getAttribute('data-id') : null,"
                + " inDialog: !!(a && a.closest('.dialog')),"
                + " inActions: !!(a && a.closest('#actionForms')),"
                + " closeButton: !!(a && a.closest('.dialog-head'))};");
  }

  @Test
  void aReturnFromTheTicketPageGoesBackToTheWorklistNamingTheTicketNotAnError() {
    long id = Tickets.assignedToChengguan("第六轮评审 不是本所职责 " + letters(8));
    String number = as("officer").get("/api/tickets/" + id).jsonPath().getString("number");
    chromium.login("officer");
    chromium.browser.get(ItServer.BASE_URL + "/ticket.html?id=" + id);
    WebElement reason =
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("returnReason")));
    chromium.browser.findElement(By.name("catalogueItemCode")).sendKeys("CAT-PROPERTY-01");
    reason.sendKeys("物业服务纠纷属于物业管理服务中心的职责");
    chromium.browser.findElement(By.cssSelector("button[data-act=return]")).click();

    // the ticket is no longer the unit's: back on the worklist, saying what was done to which
    chromium.wait.until(ExpectedConditions.urlContains("/worklist.html"));
    String said =
        chromium.wait.until(
            d -> {
              String text = d.findElement(By.id("msg")).getText();
              return text.isBlank() ? null : text;
            });
    assertThat(said).isEqualTo("已退回：" + number).doesNotContain("不存在");
    assertThat(chromium.browser.findElements(By.cssSelector(".msg.error, .toast.error"))).isEmpty();
    as("officer").get("/api/tickets/" + id).then().statusCode(404);
  }

  @Test
  void aTicketNotOfTheUnitIsNotNamedByItsInternalId() {
    long id = Tickets.logged("第六轮评审 尚未派单 " + letters(8));
    String detail =
        as("officer")
            .get("/api/tickets/" + id)
            .then()
            .statusCode(404)
            .extract()
            .jsonPath()
            .getString("detail");
    assertThat(detail).doesNotContain(String.valueOf(id)).contains("不属于您的单位");
  }

  @Test
  void afterSigningTheKeyboardGoesOnToTheNextTicketNotToTheBody() {
    String token = letters(8);
    long first = Tickets.assignedToChengguan("第六轮评审 签收一 " + token);
    long second = Tickets.assignedToChengguan("第六轮评审 签收二 " + token);
    chromium.login("officer");
    chromium.browser.get(ItServer.BASE_URL + "/worklist.html");
    chromium.waitUntilLoaded();
    By firstSign = By.cssSelector("#toSign tr[data-id='" + first + "'] button[data-act=sign]");
    chromium.wait.until(ExpectedConditions.elementToBeClickable(firstSign)).click();
    chromium.wait.until(
        d -> !d.findElements(By.cssSelector("#toReply tr[data-id='" + first + "']")).isEmpty());
    chromium.wait.until(d -> !"BODY".equals(focused().get("tag")));
    Map<String, Object> after = focused();
    assertThat(after.get("act")).as("the next 签收 has the focus: %s", after).isEqualTo("sign");
    assertThat(after.get("row")).isNotEqualTo(String.valueOf(first));

    // on the ticket page: after 签收 the keyboard is on the forms of what is now to be done
    chromium.browser.get(ItServer.BASE_URL + "/ticket.html?id=" + second);
    chromium
        .wait
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-act=sign]")))
        .click();
    chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("text")));
    chromium.wait.until(d -> !"BODY".equals(focused().get("tag")));
    assertThat(focused().get("inActions")).as("focus: %s", focused()).isEqualTo(true);
  }

  @Test
  void afterAnOutcomeTheKeyboardIsOnTheNextTaskNotLeftInAFieldOrOnTheBody() {
    long id = Tickets.assignedToChengguan("第六轮评审 回访焦点 " + letters(8));
    Tickets.act("officer", id, "sign", null);
    Tickets.replied(id, "已到场处置");
    Tickets.act("dispatcher", id, "review", Map.of("approved", true));
    chromium.login("callback");
    chromium.browser.get(ItServer.BASE_URL + "/callback.html");
    chromium.waitUntilLoaded();
    Actions keys = new Actions(chromium.browser);
    // N takes the next task (the closure's task may take a moment to be created)
    chromium.wait.until(
        d -> {
          if (!d.findElements(By.id("current")).isEmpty()) {
            return true;
          }
          chromium.script("document.activeElement.blur();");
          keys.sendKeys("n").perform();
          return !d.findElements(By.id("current")).isEmpty();
        });
    assertThat(focused().get("id")).as("the task taken has the focus").isEqualTo("current");
    String first = chromium.browser.findElement(By.id("current")).getAttribute("data-id");
    // 4 = 未接通: recorded at once, then the next task (or none)
    keys.sendKeys("4").perform();
    chromium.wait.until(
        d -> {
          List<WebElement> now = d.findElements(By.id("current"));
          return now.isEmpty() || !first.equals(now.get(0).getAttribute("data-id"));
        });
    chromium.wait.until(d -> !"BODY".equals(focused().get("tag")));
    assertThat(focused().get("id")).as("focus: %s", focused()).isIn("current", "next");
  }

  @Test
  void aDirectAnswerIsCheckedBeforeItIsConfirmedAndEachErrorIsShownOnce() {
    chromium.login("operator");
    chromium.browser.get(ItServer.BASE_URL + "/intake.html");
    WebElement phone =
        chromium.wait.until(ExpectedConditions.elementToBeClickable(By.name("callerPhone")));
    phone.sendKeys("13912345678");
    chromium.browser.findElement(By.name("content")).sendKeys("第六轮评审 咨询办证时间");
    chromium.browser.findElement(By.name("directAnswer")).sendKeys("工作日 9:00–17:00 办理。");
    chromium.browser.findElement(By.id("submit")).click();
    String areaError =
        chromium.wait.until(
            d -> {
              String text = d.findElement(By.id("err-areaCode")).getText();
              return text.isBlank() ? null : text;
            });
    assertThat(areaError).contains("区域").contains("必填");
    // no confirmation for a call that cannot be saved
    assertThat(chromium.browser.findElement(By.id("confirmDirect")).isDisplayed()).isFalse();
    // the error once: under its field, no banner, no toast, no second copy
    Long copies =
        (Long)
            chromium.script(
                "return Array.from(document.querySelectorAll('main *, #toasts *'))"
                    + ".filter(e => !e.children.length && e.offsetParent !== null"
                    + " && e.textContent.includes(arguments[0])).length;",
                areaError);
    assertThat(copies).isEqualTo(1L);
    assertThat(focused().get("name")).isIn("categoryCode", "areaCode");
  }

  @Test
  void theReturnFormMarksEveryInvalidFieldEachOnce() {
    long id = Tickets.assignedToChengguan("第六轮评审 空退单 " + letters(8));
    chromium.login("officer");
    chromium.browser.get(ItServer.BASE_URL + "/ticket.html?id=" + id);
    chromium
        .wait
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-act=return]")))
        .click();
    chromium.wait.until(
        d -> d.findElements(By.cssSelector("#actionForms [aria-invalid=true]")).size() >= 2);
    @SuppressWarnings("unchecked")
    List<String> marked =
        (List<String>)
            chromium.script(
                "return Array.from(document.querySelectorAll('#actionForms [aria-invalid=true]'))"
                    + ".map(e => e.name).sort();");
    assertThat(marked).containsExactly("catalogueItemCode", "returnReason");
    // each message once: under its field, not again in the banner or a toast
    assertThat(chromium.browser.findElements(By.cssSelector("#actionForms .field-error")))
        .hasSize(2);
    assertThat(chromium.browser.findElement(By.id("msg")).getText()).isBlank();
    assertThat(chromium.browser.findElements(By.cssSelector("#toasts .toast.error"))).isEmpty();
    assertThat(as("officer").get("/api/tickets/" + id).jsonPath().getString("status"))
        .isEqualTo("ASSIGNED");
  }

  @Test
  void theConfirmationKeepsTheKeyboardInsideAndGivesItBack() {
    chromium.login("officer");
    chromium.browser.get(ItServer.BASE_URL + "/tickets.html");
    WebElement opener = chromium.wait.until(ExpectedConditions.elementToBeClickable(By.id("lang")));
    chromium.script("arguments[0].focus(); window.answer = App.confirm('确认？', '确认');", opener);
    chromium.wait.until(d -> d.findElement(By.id("confirmCancel")));
    Actions keys = new Actions(chromium.browser);
    for (int i = 0; i < 5; i++) {
      keys.sendKeys(Keys.TAB).perform();
      assertThat(focused().get("inDialog")).as("after %d Tab", i + 1).isEqualTo(true);
    }
    for (int i = 0; i < 3; i++) {
      keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
      assertThat(focused().get("inDialog")).as("after %d Shift+Tab", i + 1).isEqualTo(true);
    }
    keys.sendKeys(Keys.ESCAPE).perform();
    chromium.wait.until(d -> d.findElements(By.cssSelector(".confirm-backdrop")).isEmpty());
    assertThat(chromium.script("return document.activeElement.id")).isEqualTo("lang");
  }

  @Test
  void aDialogOpensOnItsFirstFieldKeepsTheKeyboardAndGivesItBack() {
    chromium.login("admin");
    chromium.browser.get(ItServer.BASE_URL + "/ratingtargets.html");
    WebElement open =
        chromium.wait.until(ExpectedConditions.elementToBeClickable(By.id("newTarget")));
    open.click();
    chromium.wait.until(d -> d.findElement(By.cssSelector("#createTarget form")));
    chromium.wait.until(d -> Boolean.TRUE.equals(focused().get("inDialog")));
    Map<String, Object> first = focused();
    assertThat(first.get("closeButton")).as("not the × button: %s", first).isEqualTo(false);
    assertThat(first.get("tag")).isIn("INPUT", "SELECT", "TEXTAREA");
    Actions keys = new Actions(chromium.browser);
    for (int i = 0; i < 12; i++) {
      keys.sendKeys(Keys.TAB).perform();
      assertThat(focused().get("inDialog")).as("after %d Tab", i + 1).isEqualTo(true);
    }
    keys.sendKeys(Keys.ESCAPE).perform();
    chromium.wait.until(d -> d.findElements(By.cssSelector("#createTarget")).isEmpty());
    assertThat(chromium.script("return document.activeElement.id")).isEqualTo("newTarget");
  }

  @Test
  void theTriageBadgeCountsTheQueueAndShowsTheSearchBesideIt() {
    String token = letters(10);
    Tickets.logged("第六轮评审 待研判计数一 " + token);
    Tickets.logged("第六轮评审 待研判计数二 " + token);
    Tickets.logged("第六轮评审 待研判计数三 不在搜索结果中");
    chromium.login("dispatcher");
    chromium.browser.get(ItServer.BASE_URL + "/dispatch.html");
    chromium.waitUntilLoaded();
    chromium.browser.findElement(By.cssSelector("#sec-triage input[name=q]")).sendKeys(token);
    WebElement found =
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("triageFiltered")));
    chromium.wait.until(d -> found.getText().contains("2"));
    assertThat(found.getText()).isEqualTo("筛选出 2");
    long queue =
        as("dispatcher")
            .get("/api/tickets?status=PENDING_TRIAGE&size=1")
            .jsonPath()
            .getLong("total");
    assertThat(queue).isGreaterThan(2);
    assertThat(Long.parseLong(chromium.browser.findElement(By.id("triageCount")).getText()))
        .isEqualTo(queue);
  }
}
