package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The analysis page (分析研判, issue 13) in headless Chromium: trends, hotspots, dissatisfaction and
 * praise of the last twelve months as the API counts them, each ticket count opening the tickets
 * behind it (the ticket list with the same filters), and the quarter's awards for leadership only.
 */
class AnalysisPageE2EIT extends LaptopPageTest {

  private static YearMonth thisMonth() {
    return YearMonth.now(ZoneId.of("Asia/Shanghai"));
  }

  /** The trend row of a category as the page shows it: the cells' texts. */
  private static List<String> trendRow(String code) {
    WebElement row =
        chromium.wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#trends tbody tr[data-id='" + code + "']")));
    return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
  }

  /** How many tickets the leader's ticket list finds with {@code query}. */
  private static int total(String query) {
    return as("leader").get("/api/tickets?" + query).then().statusCode(200).extract().path("total");
  }

  @Test
  void aLeaderSeesTheYearsTrendsAndEachFigureOpensItsTickets() throws Exception {
    long main = Tickets.logged("分析页：夜间施工噪音扰民");
    long repeat = Tickets.logged("分析页：夜间施工噪音扰民（再次来电）");
    // a merged call is not counted by the analysis, and its list leaves it out too
    Tickets.act("dispatcher", repeat, "merge", Map.of("mainTicketId", main));
    chromium.login("leader");
    chromium.browser.get(ItServer.BASE_URL + "/analysis.html");
    chromium.waitUntilLoaded();

    YearMonth now = thisMonth();
    JsonPath trends =
        as("leader")
            .get("/api/analysis/trends?from=" + now.minusMonths(11) + "&to=" + now + "&by=category")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> noise =
        trends.getList("series", Map.class).stream()
            .filter(s -> "ZA-NOISE".equals(s.get("code")))
            .findFirst()
            .orElseThrow();
    @SuppressWarnings("unchecked")
    List<Integer> counts = (List<Integer>) noise.get("counts");
    List<String> cells = trendRow("ZA-NOISE");
    // name, twelve months, total, last year, change
    assertThat(cells).hasSize(16);
    assertThat(cells.get(12)).isEqualTo(String.valueOf(counts.get(11)));
    assertThat(cells.get(13)).isEqualTo(String.valueOf(noise.get("total")));
    // each section loads on its own: wait for what it shows once loaded
    for (String loaded :
        List.of(
            "#trends canvas",
            "#hotspots tbody tr",
            "#dissatisfaction tbody tr",
            "#praise table, #praise .empty",
            "#awards table, #awards .empty")) {
      chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(loaded)));
    }
    assertThat(chromium.browser.findElements(By.cssSelector("#awards"))).hasSize(1);
    assertThat(chromium.browser.findElement(By.id("msg")).getText()).isEmpty();
    chromium.screenshot("analysis");

    // this month's figure opens the ticket list with the category and the month's days
    chromium
        .browser
        .findElement(By.cssSelector("#trends tbody tr[data-id='ZA-NOISE'] td:nth-child(13) a"))
        .click();
    chromium.wait.until(ExpectedConditions.urlContains("tickets.html"));
    LocalDate first = now.atDay(1);
    LocalDate last = now.atEndOfMonth();
    assertThat(chromium.browser.getCurrentUrl())
        .contains("category=ZA-NOISE")
        .contains("from=" + first)
        .contains("to=" + last)
        .contains("merged=false");
    String month = "category=ZA-NOISE&from=" + first + "&to=" + last;
    int listed = total(month + "&merged=false");
    // exactly the tickets behind the figure (no other test logs tickets meanwhile)
    assertThat(listed).isEqualTo(counts.get(11));
    assertThat(total(month)).isGreaterThan(listed);
    // the list's pager (UI.Pager since the list is on the component library): "第 1/1 页 · 共 N 条"
    chromium.wait.until(
        d -> d.findElement(By.id("pager")).getText().contains("共 " + listed + " 条"));
    // review round 4: the picker shows the category by its name, never its code (it showed
    // "… [ZA-NOISE]"); the list above was still searched by the code
    assertThat(chromium.browser.findElement(By.name("category")).getAttribute("value"))
        .isNotBlank()
        .doesNotContain("[")
        .doesNotContain("ZA-NOISE");
  }

  @Test
  void aChiefSeesItsOwnUnitsFiguresButNoAwards() throws Exception {
    chromium.login("chief");
    chromium.browser.get(ItServer.BASE_URL + "/analysis.html");
    chromium.waitUntilLoaded();
    chromium.wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#praise table, #praise p")));
    assertThat(chromium.browser.findElements(By.id("awards"))).isEmpty();
    // the chief's own unit in the published ranking of a month (not published: says so)
    chromium.wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#standing .empty")));
    assertThat(chromium.browser.findElement(By.id("msg")).getText()).isEmpty();
    // the header links the page for the chief
    assertThat(chromium.browser.findElements(By.cssSelector("header nav a[href='analysis.html']")))
        .hasSize(1);
  }

  @Test
  void thePageSpeaksEnglishWhenChosen() throws Exception {
    chromium.login("leader");
    chromium.browser.get(ItServer.BASE_URL + "/analysis.html");
    chromium.waitUntilLoaded();
    chromium.browser.findElement(By.id("lang")).click();
    chromium.waitUntilLoaded();
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#trends h2"), "Ticket trends"));
    String text = chromium.browser.findElement(By.tagName("main")).getText();
    assertThat(text).contains("Hotspots", "Praise by officer", "Reward candidates");
    chromium.browser.findElement(By.id("lang")).click();
  }

  @Test
  void aLeaderComparesTheRanksUnderOtherWeightsAndReadsTheSelfExaminations() throws Exception {
    chromium.login("leader");
    chromium.waitUntilLoaded();
    WebElement form = chromium.browser.findElement(By.id("whatIfForm"));
    // the form starts from the rules in force
    JsonPath rules = as("leader").get("/api/rankings/rules").then().extract().jsonPath();
    assertThat(form.findElement(By.name("reply")).getAttribute("value"))
        .isEqualTo(String.valueOf(rules.getInt("weights.reply")));
    form.findElement(By.name("reply")).clear();
    form.findElement(By.name("reply")).sendKeys("100");
    form.findElement(By.name("closure")).clear();
    form.findElement(By.name("closure")).sendKeys("0");
    form.findElement(By.name("satisfaction")).clear();
    form.findElement(By.name("satisfaction")).sendKeys("0");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    // the stations' tab is the first: the page lists the stations' lines of the what-if
    List<Map<String, Object>> lines =
        as("leader")
            .body(
                Map.of(
                    "month",
                    thisMonth().toString(),
                    "weights",
                    Map.of("reply", 100, "closure", 0, "satisfaction", 0),
                    "basis",
                    "RATE"))
            .post("/api/rankings/what-if")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("rows");
    long stations = lines.stream().filter(l -> "STATION".equals(l.get("unitClass"))).count();
    assertThat(stations).isPositive();
    chromium.wait.until(
        d ->
            d.findElements(By.cssSelector("#whatIfTable tbody tr")).size() == stations
                || !d.findElement(By.id("msg")).getText().isEmpty());
    assertThat(chromium.browser.findElement(By.id("msg")).getText()).isEmpty();
    assertThat(
            chromium.browser.findElements(
                By.cssSelector("#selfExaminations table, #selfExaminations .empty")))
        .isNotEmpty();
  }
}
