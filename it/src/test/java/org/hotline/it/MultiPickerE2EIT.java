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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Choosing several entries by name (多选选择器, issue 12) in headless Chromium at 1366×768 against the
 * real server, keyboard only: the ticket page's assisting units (协办单位) and the catalogue's
 * categories are picked by pinyin initials as chips (Enter takes the best match), Backspace in the
 * empty input removes the last, the same entry is never taken twice, arrows and Esc work on the
 * listbox (aria-activedescendant), text that names nothing is refused inline naming it and nothing
 * is saved; what is saved are the codes, shown by name. On the old page these fields were free text
 * split at commas: typing initials there named no unit.
 */
class MultiPickerE2EIT extends LaptopPageTest {

  private static final String ASSISTING = "#assistingPicker";

  /** The codes of the chips of a picker, in order. */
  @SuppressWarnings("unchecked")
  private static List<String> chips(String picker) {
    return (List<String>)
        chromium.script(
            "return Array.from(document.querySelectorAll(arguments[0] + ' .chip'))"
                + ".map(c => c.dataset.code);",
            picker);
  }

  /** Waits until the picker's chips are exactly {@code codes}. */
  private static void waitForChips(String picker, String... codes) {
    chromium.wait.until(d -> chips(picker).equals(List.of(codes)));
  }

  /** Types {@code text} in the picker's input and presses Enter (the best match is taken). */
  private static void pick(WebElement input, String text) {
    input.sendKeys(text);
    input.sendKeys(Keys.ENTER);
  }

  @Test
  void unitsAreFoundByPinyinInitialsBestFirst() {
    assertThat(
            as("dispatcher")
                .get("/api/units?q=dgpcs")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("code"))
        .first()
        .isEqualTo("PS-DONGGUAN");
    // every unit still listed without q, as before
    assertThat(
            as("dispatcher")
                .get("/api/units")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("code"))
        .contains("GA", "RXZX", "PS-CHENGGUAN");
    as("dispatcher")
        .get("/api/units?q=" + "x".repeat(41))
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("q"));
  }

  @Test
  void twoAssistingUnitsPickedByInitialsAreAssignedAndShownByName() {
    long id = Tickets.logged("多选协办单位测试 " + ThreadLocalRandom.current().nextInt(1_000_000));
    chromium.login("dispatcher");
    chromium.browser.get(ItServer.BASE_URL + "/ticket.html?id=" + id);
    WebElement input =
        chromium.wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(ASSISTING + " input")));
    chromium.browser.findElement(By.name("unitCode")).sendKeys("城关派出所");
    input.click();
    pick(input, "dgpcs");
    waitForChips(ASSISTING, "PS-DONGGUAN");
    pick(input, "xgpcs");
    waitForChips(ASSISTING, "PS-DONGGUAN", "PS-XIGUAN");
    // the same unit again: never twice (it is listed marked as chosen, taking it changes nothing)
    input.sendKeys("dgpcs");
    chromium.wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(
                ASSISTING + " li[role=option][data-code=PS-DONGGUAN][aria-disabled=true]")));
    input.sendKeys(Keys.ENTER);
    chromium.wait.until(d -> input.getAttribute("value").isEmpty());
    assertThat(chips(ASSISTING)).containsExactly("PS-DONGGUAN", "PS-XIGUAN");
    assertThat(chromium.browser.findElements(By.cssSelector(ASSISTING + " .field-error")))
        .isEmpty();
    // a third, then Backspace in the empty input takes it away again
    pick(input, "njpcs");
    waitForChips(ASSISTING, "PS-DONGGUAN", "PS-XIGUAN", "PS-NANJIAO");
    input.sendKeys(Keys.BACK_SPACE);
    waitForChips(ASSISTING, "PS-DONGGUAN", "PS-XIGUAN");
    // chips show names, the code in the tooltip, and a labelled remove button
    WebElement chip =
        chromium.browser.findElement(By.cssSelector(ASSISTING + " .chip[data-code=PS-XIGUAN]"));
    assertThat(chip.getText()).contains("西关派出所").doesNotContain("PS-XIGUAN");
    assertThat(chip.getAttribute("title")).isEqualTo("PS-XIGUAN");
    assertThat(chip.findElement(By.tagName("button")).getAttribute("aria-label")).contains("西关派出所");

    chromium.browser.findElement(By.cssSelector("[data-act=assign]")).click();
    chromium.wait.until(
        d ->
            d.findElement(By.id("facts")).getText().contains("东关派出所")
                && d.findElement(By.id("facts")).getText().contains("西关派出所"));
    Map<String, Object> ticket =
        as("dispatcher")
            .get("/api/tickets/" + id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("$");
    assertThat(ticket.get("ownerUnitCode")).isEqualTo("PS-CHENGGUAN");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> parts = (List<Map<String, Object>>) ticket.get("assistingParts");
    assertThat(parts.stream().map(p -> p.get("unitCode")).toList())
        .containsExactlyInAnyOrder("PS-DONGGUAN", "PS-XIGUAN");
  }

  @Test
  void arrowsEscAndNonsenseOnTheKeyboardAlone() {
    long id = Tickets.logged("多选键盘测试 " + ThreadLocalRandom.current().nextInt(1_000_000));
    chromium.login("dispatcher");
    chromium.browser.get(ItServer.BASE_URL + "/ticket.html?id=" + id);
    WebElement input =
        chromium.wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(ASSISTING + " input")));
    input.click();
    input.sendKeys("pcs");
    // the listbox opens; the highlighted option is the input's aria-activedescendant
    chromium.wait.until(d -> "true".equals(input.getAttribute("aria-expanded")));
    WebElement list = chromium.browser.findElement(By.id(input.getAttribute("aria-controls")));
    assertThat(list.getAttribute("role")).isEqualTo("listbox");
    // the matches of "pcs" (派出所), not the list of every unit shown when the field got the focus
    // (read in one script: the list re-renders while its matches arrive)
    chromium.wait.until(
        d ->
            Boolean.TRUE.equals(
                chromium.script(
                    "const o = Array.from(arguments[0].querySelectorAll('li[role=option]'));"
                        + " return o.length > 1 && o.every(x => x.textContent.includes('派出所'));",
                    list)));
    String firstId = input.getAttribute("aria-activedescendant");
    input.sendKeys(Keys.ARROW_DOWN);
    chromium.wait.until(d -> !firstId.equals(input.getAttribute("aria-activedescendant")));
    WebElement second =
        chromium.browser.findElement(By.id(input.getAttribute("aria-activedescendant")));
    assertThat(second.getAttribute("aria-selected")).isEqualTo("true");
    String secondCode = second.getAttribute("data-code");
    // Esc closes the list, ↓ opens it again
    input.sendKeys(Keys.ESCAPE);
    chromium.wait.until(d -> "false".equals(input.getAttribute("aria-expanded")));
    assertThat(list.isDisplayed()).isFalse();
    input.sendKeys(Keys.ARROW_DOWN);
    chromium.wait.until(d -> "true".equals(input.getAttribute("aria-expanded")));
    // the highlight stayed where it was; Enter takes it
    chromium.wait.until(
        d -> {
          String active = input.getAttribute("aria-activedescendant");
          return active != null
              && secondCode.equals(d.findElement(By.id(active)).getAttribute("data-code"));
        });
    input.sendKeys(Keys.ENTER);
    waitForChips(ASSISTING, secondCode);

    // text that names nothing: refused inline naming it, never taken, never sent
    pick(input, "不存在单位");
    WebElement error =
        chromium.wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(ASSISTING + " .field-error")));
    assertThat(error.getText()).contains("“不存在单位”").contains("请从列表中选择");
    assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(chips(ASSISTING)).containsExactly(secondCode);
    chromium.browser.findElement(By.name("unitCode")).sendKeys("城关派出所");
    WebElement assign = chromium.browser.findElement(By.cssSelector("[data-act=assign]"));
    assign.click();
    // refused next to the picker only (each error once: no banner for a field's error), nothing
    // sent
    chromium.wait.until(
        d ->
            d.findElement(By.cssSelector(ASSISTING + " .field-error")).getText().contains("不存在单位")
                && assign.getAttribute("aria-busy") == null);
    assertThat(
            as("dispatcher")
                .get("/api/tickets/" + id)
                .then()
                .statusCode(200)
                .extract()
                .<String>path("status"))
        .isEqualTo("PENDING_TRIAGE");
  }

  @Test
  void catalogueCategoriesArePickedByInitialsRemovedWithBackspaceAndNonsenseIsRefused() {
    String dog =
        as("admin")
            .get("/api/categories?q=wgyq")
            .then()
            .statusCode(200)
            .extract()
            .<List<String>>path("code")
            .get(0);
    String parking =
        as("admin")
            .get("/api/categories?q=wftc")
            .then()
            .statusCode(200)
            .extract()
            .<List<String>>path("code")
            .get(0);
    assertThat(dog).isEqualTo("ZA-DOG");
    assertThat(parking).isEqualTo("JT-PARKING");
    chromium.login("admin");
    chromium.browser.get(ItServer.BASE_URL + "/catalogue.html");
    chromium.waitUntilLoaded();
    String code = "MP-" + ThreadLocalRandom.current().nextInt(1_000_000);
    chromium.browser.findElement(By.name("code")).sendKeys(code);
    chromium.browser.findElement(By.name("unitCode")).sendKeys("城关派出所");
    chromium.browser.findElement(By.name("title")).sendKeys("多选分类测试");
    chromium.browser.findElement(By.name("duties")).sendKeys("养犬与停车");
    WebElement input = chromium.browser.findElement(By.name("categoryCodes"));
    // the label still names the field (label for=categoryCodes)
    assertThat(chromium.browser.findElement(By.cssSelector("label[for=categoryCodes]")).getText())
        .isEqualTo("分类");
    pick(input, "wgyq");
    waitForChips("#categoryPicker", dog);
    pick(input, "wftc");
    waitForChips("#categoryPicker", dog, parking);
    pick(input, "jtsg");
    chromium.wait.until(d -> chips("#categoryPicker").size() == 3);
    input.sendKeys(Keys.BACK_SPACE);
    waitForChips("#categoryPicker", dog, parking);
    assertThat(
            chromium
                .browser
                .findElement(By.cssSelector("#categoryPicker .chip[data-code=" + dog + "]"))
                .getText())
        .contains("违规养犬");
    chromium.browser.findElement(By.name("keywords")).sendKeys("养犬");
    chromium.browser.findElement(By.name("reason")).sendKeys("新增");

    // nonsense left in the picker: refused naming it, nothing created (Esc closes the list first)
    input.sendKeys("不存在分类");
    input.sendKeys(Keys.ESCAPE);
    chromium.browser.findElement(By.cssSelector("#item button.primary")).click();
    WebElement error =
        chromium.wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#item .field-error")));
    assertThat(error.getText()).contains("“不存在分类”").doesNotContain("编码不存在");
    List<String> codes =
        as("admin").get("/api/catalogue").then().statusCode(200).extract().path("code");
    assertThat(codes).doesNotContain(code);

    // the nonsense deleted: saved with the two codes, shown by name in the list
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    // the emptied field lists every category again: Esc closes the list over the button
    input.sendKeys(Keys.ESCAPE);
    chromium.wait.until(d -> "false".equals(input.getAttribute("aria-expanded")));
    chromium.browser.findElement(By.cssSelector("#item button.primary")).click();
    chromium.wait.until(ExpectedConditions.attributeContains(By.id("msg"), "class", "ok"));
    List<Map<String, Object>> items =
        as("admin").get("/api/catalogue").then().statusCode(200).extract().jsonPath().getList("$");
    Map<String, Object> saved =
        items.stream().filter(i -> code.equals(i.get("code"))).findFirst().orElseThrow();
    assertThat((List<Object>) saved.get("categoryCodes")).containsExactlyInAnyOrder(dog, parking);
    chromium.wait.until(
        d ->
            d.findElement(By.cssSelector("#list tr[data-code='" + code + "']"))
                .getText()
                .contains("违规养犬"));
    // the form is empty again: no chips left over
    assertThat(chips("#categoryPicker")).isEmpty();
  }

  @Test
  void theSlipFormTakesItsTicketsAsChipsByNumber() {
    long id = Tickets.logged("多选督办工单测试 " + ThreadLocalRandom.current().nextInt(1_000_000));
    String number =
        as("director")
            .get("/api/tickets/" + id)
            .then()
            .statusCode(200)
            .extract()
            .<String>path("number");
    chromium.login("director");
    chromium.browser.get(ItServer.BASE_URL + "/slips.html?ticket=" + id);
    chromium.waitUntilLoaded();
    WebElement chip =
        chromium.wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#ticketPicker .chip[data-code='" + id + "']")));
    assertThat(chip.getText()).contains(number);
    WebElement input = chromium.browser.findElement(By.id("ticketNumbers"));
    pick(input, "不存在工单");
    WebElement error =
        chromium.wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#ticketPicker .field-error")));
    assertThat(error.getText()).contains("“不存在工单”");
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(Keys.BACK_SPACE);
    chromium.wait.until(d -> chips("#ticketPicker").isEmpty());
  }
}
