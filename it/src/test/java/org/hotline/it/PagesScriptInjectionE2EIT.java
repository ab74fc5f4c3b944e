package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 脚本注入: every stored text field reachable through the API, and the pages' URL parameters, carry
 * script payloads; every page that shows them is opened in headless Chromium as the roles that see
 * them. The test fails on any alert/confirm/prompt, on any Content-Security-Policy or Trusted Types
 * violation, on any uncaught script error, and on any element of the page that carries an inline
 * event handler, a {@code javascript:} URL or a script that is not one of the application's files.
 * It also checks that the payloads are shown as text (so the pages really rendered them) and that
 * the Content-Security-Policy header is on every page and response.
 */
class PagesScriptInjectionE2EIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /**
   * Records in localStorage, before any script of the page runs (DevTools), every dialog, CSP
   * violation and uncaught error; alert() itself would block the browser.
   */
  private static final String RECORDER =
      """
      (() => {
        const log = (kind, text) => { try {
          const a = JSON.parse(localStorage.getItem('it.events') || '[]');
          a.push(kind + ' @ ' + location.pathname + location.search + ' : ' + text);
          localStorage.setItem('it.events', JSON.stringify(a)); } catch (e) { /* opaque origin */ } };
        for (const f of ['alert', 'confirm', 'prompt', 'print']) {
          window[f] = m => { log(f, String(m)); return null; };
        }
        document.addEventListener('securitypolicyviolation', e =>
          log('csp', e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
        window.addEventListener('error', e => log('error', String(e.message)));
        window.addEventListener('unhandledrejection', e => log('rejection', String(e.reason && e.reason.message || e.reason)));
      })();
      """;

  /**
   * Markup that should not be in any page after rendering: inline handlers, javascript: URLs,
   * foreign scripts.
   */
  private static final String INJECTED_MARKUP =
      """
      const found = [];
      for (const el of document.querySelectorAll('*')) {
        for (const a of el.attributes) {
          const v = a.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
          if (a.name.toLowerCase().startsWith('on')) found.push(el.tagName + ' ' + a.name + '=' + a.value);
          if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name.toLowerCase()) && v.startsWith('javascript:'))
            found.push(el.tagName + ' ' + a.name + '=' + a.value);
        }
        // the pages' own scripts and the pinned libraries of docs/frontend.md, nothing else
        if (el.tagName === 'SCRIPT' && !/^\\/?(assets\\/[a-z]+\\.js|webjars\\/preact\\/10\\.25\\.4\\/(dist\\/preact\\.min|hooks\\/dist\\/hooks)\\.umd\\.js|_static\\/htm\\/3\\.1\\.1\\/dist\\/htm\\.umd\\.js)$/
            .test(el.getAttribute('src') || ''))
          found.push('script ' + (el.getAttribute('src') || el.textContent));
        if (['IMG', 'SVG', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName.toUpperCase())) found.push(el.tagName);
      }
      return found;
      """;

  private static Chromium chromium;
  private static ChromeDriver browser;
  private static WebDriverWait wait;

  /** Field number → the field that carries payloads with that number (for the failure message). */
  private static final Map<Integer, String> FIELDS = new LinkedHashMap<>();

  private static long main;
  private static long agencyTicket;
  private static long rerouted;
  private static long mergedInto;
  private static long answered;
  private static long slip;
  private static long rule;
  private static String catalogueCode;
  private static final String CALENDAR_DAY =
      "2026-12-27"; // a Sunday: marking it a holiday changes no deadline

  /**
   * Every kind of payload at once: URL start, attribute breakout (both quotes), element, script
   * end.
   */
  static String payload(int n, String field) {
    FIELDS.put(n, field);
    return "javascript:alert("
        + n
        + ")//\"><img src=x onerror=alert("
        + n
        + ")>x\" autofocus onfocus=\"alert("
        + n
        + ")\" y=\"' autofocus onfocus='alert("
        + n
        + ")' </script><script>alert("
        + n
        + ")</script>";
  }

  /** For fields of at most 100 characters. */
  static String medium(int n, String field) {
    FIELDS.put(n, field);
    return "\"><img src=x onerror=alert(" + n + ")>x\" autofocus onfocus=\"alert(" + n + ")\" y=\"";
  }

  /** For fields of at most 50 characters: the attribute breakout of the issue. */
  static String attribute(int n, String field) {
    FIELDS.put(n, field);
    return "x\" autofocus onfocus=\"alert(" + n + ")\" y=\"";
  }

  /** For fields of at most 30 characters. */
  static String tiny(int n, String field) {
    FIELDS.put(n, field);
    return "\"><svg onload=alert(" + n + ")>";
  }

  @BeforeAll
  static void storePayloadsAndOpenBrowser() throws Exception {
    ItServer.ensureStarted();
    seed();
    chromium = Chromium.open("1400,1000");
    browser = chromium.browser;
    browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
    wait = chromium.wait;
  }

  @AfterAll
  static void closeBrowserAndTidy() {
    if (chromium != null) {
      chromium.close();
    }
    if (rule != 0) {
      as("admin").delete("/api/time-limit-rules/" + rule);
    }
    as("admin").delete("/api/calendar/" + CALENDAR_DAY);
  }

  /** Stores payloads through the API in every text field a user can write. */
  private static void seed() {
    // the main ticket: intake, routing with an assisting unit, extension, reply reviews, callback,
    // rectification, re-visit and a supervision slip
    Map<String, Object> call = Tickets.call("注入测试主工单");
    call.put("channel", "TRANSFER_110");
    call.put("callerName", attribute(1, "callerName"));
    call.put("address", payload(2, "address"));
    call.put("content", payload(3, "content"));
    call.put("transferReference", attribute(4, "transferReference"));
    main = Tickets.log(call).getLong("id");
    Tickets.act(
        "dispatcher",
        main,
        "assign",
        Map.of(
            "unitCode",
            "PS-CHENGGUAN",
            "note",
            payload(5, "assign note"),
            "assistingUnitCodes",
            List.of("PS-DONGGUAN")));
    Tickets.act("officer2", main, "assist-reply", Map.of("text", payload(6, "assisting reply")));
    Tickets.act("officer", main, "sign", null);
    LocalDate lastDay =
        OffsetDateTime.parse(
                as("officer").get("/api/tickets/" + main).jsonPath().getString("replyDeadline"))
            .atZoneSameInstant(SHANGHAI)
            .toLocalDate();
    long extension =
        as("officer")
            .body(
                Map.of(
                    "reason",
                    payload(7, "extension reason"),
                    "newDeadline",
                    lastDay.plusDays(3).toString()))
            .post("/api/tickets/" + main + "/extensions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("id");
    as("chief")
        .body(Map.of("approve", true, "note", payload(8, "extension decision note")))
        .post("/api/tickets/" + main + "/extensions/" + extension + "/decision")
        .then()
        .statusCode(200);
    Tickets.act("officer", main, "reply", Map.of("text", payload(9, "reply text")));
    Tickets.act(
        "chief",
        main,
        "chief-review",
        Map.of("approved", false, "comment", payload(10, "chief send-back comment")));
    Tickets.act("officer", main, "reply", Map.of("text", payload(9, "reply text")));
    Tickets.act(
        "chief",
        main,
        "chief-review",
        Map.of("approved", true, "comment", payload(11, "chief approval comment")));
    Tickets.act(
        "dispatcher",
        main,
        "review",
        Map.of("approved", false, "comment", payload(12, "centre send-back comment")));
    Tickets.act("officer", main, "reply", Map.of("text", payload(9, "reply text")));
    Tickets.act("chief", main, "chief-review", Map.of("approved", true));
    Tickets.act(
        "dispatcher",
        main,
        "review",
        Map.of("approved", true, "comment", payload(13, "centre approval comment")));
    Tickets.act(
        "callback",
        main,
        "callback",
        Map.of(
            "result",
            "DISSATISFIED",
            "reasons",
            List.of("ATTITUDE"), // reasons are codes: no text to inject
            "note",
            payload(15, "callback note")));
    Tickets.act(
        "chief",
        main,
        "rectification-report",
        Map.of("report", payload(16, "rectification report")));
    Tickets.act(
        "callback",
        main,
        "revisit",
        Map.of("result", "DISSATISFIED", "note", payload(17, "re-visit note")));
    Map<String, Object> slipBody =
        new HashMap<>(
            Map.of(
                "title",
                medium(18, "slip title"),
                "requirements",
                payload(20, "slip requirements"),
                "deadline",
                LocalDate.now(SHANGHAI).plusDays(10).toString(),
                "supervisorUsername",
                "leader",
                "unitCode",
                "PS-CHENGGUAN",
                "headUsername",
                "chief",
                "ticketIds",
                List.of(main)));
    slip =
        as("director")
            .body(slipBody)
            .post("/api/slips")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    as("chief").post("/api/slips/" + slip + "/acknowledge").then().statusCode(200);
    as("chief")
        .body(Map.of("note", payload(21, "slip handling note")))
        .post("/api/slips/" + slip + "/handle")
        .then()
        .statusCode(200);
    as("chief")
        .body(Map.of("note", payload(22, "slip callback note")))
        .post("/api/slips/" + slip + "/callback")
        .then()
        .statusCode(200);
    as("chief")
        .body(Map.of("report", payload(23, "slip report")))
        .post("/api/slips/" + slip + "/report")
        .then()
        .statusCode(200);
    as("director")
        .body(Map.of("accepted", false, "note", payload(24, "slip review note")))
        .post("/api/slips/" + slip + "/review")
        .then()
        .statusCode(200);

    // an agency's ticket: the transfer record with the other side's feedback (the issue's example),
    // a return
    Map<String, Object> property = Tickets.call("注入测试：物业乱收费 " + payload(30, "content (agency)"));
    property.put("categoryCode", "WY-PROPERTY");
    agencyTicket = Tickets.log(property).getLong("id");
    Tickets.act("dispatcher", agencyTicket, "assign", Map.of("unitCode", "AG-URBAN"));
    long transfer =
        as("dispatcher")
            .get("/api/tickets/" + agencyTicket + "/transfers")
            .jsonPath()
            .getLong("[0].id");
    as("dispatcher")
        .body(
            Map.of(
                "externalReference",
                "x\" autofocus onfocus=\"alert(19)\" y=\"",
                "externalStatus",
                "ACCEPTED",
                "note",
                payload(31, "transfer feedback note")))
        .post("/api/tickets/" + agencyTicket + "/transfers/" + transfer + "/feedback")
        .then()
        .statusCode(200);
    FIELDS.put(19, "transfer feedback externalReference");
    Tickets.act(
        "agency",
        agencyTicket,
        "return",
        Map.of("reason", payload(32, "return reason"), "catalogueItemCode", "CAT-PROPERTY-01"));

    // arbitration and re-routing reasons
    Map<String, Object> noise = Tickets.call("注入测试：改派 " + payload(33, "content (rerouted)"));
    noise.put("categoryCode", "WY-PROPERTY");
    rerouted = Tickets.log(noise).getLong("id");
    Tickets.act("dispatcher", rerouted, "assign", Map.of("unitCode", "AG-URBAN"));
    Tickets.act(
        "agency",
        rerouted,
        "return",
        Map.of(
            "reason",
            payload(34, "return reason (arbitrated)"),
            "catalogueItemCode",
            "CAT-PROPERTY-01"));
    Tickets.act(
        "dispatcher",
        rerouted,
        "arbitrate",
        Map.of("unitCode", "AG-URBAN", "reason", payload(35, "arbitration reason")));
    Tickets.act(
        "dispatcher",
        rerouted,
        "reroute",
        Map.of("unitCode", "PS-CHENGGUAN", "reason", payload(36, "re-route reason")));

    // repeat calls: merged and unmerged with reasons
    Map<String, Object> first = Tickets.call("注入测试：重复来电 " + payload(37, "content (main of merge)"));
    first.put("callerPhone", "13911112222");
    mergedInto = Tickets.log(first).getLong("id");
    Map<String, Object> again = Tickets.call("注入测试：重复来电 " + payload(38, "content (merged call)"));
    again.put("callerPhone", "13911112222");
    long repeat = Tickets.log(again).getLong("id");
    Map<String, Object> third = Tickets.call("注入测试：再次来电 " + payload(39, "content (unmerged call)"));
    third.put("callerPhone", "13911112222");
    long unmerged = Tickets.log(third).getLong("id");
    Tickets.act(
        "dispatcher",
        repeat,
        "merge",
        Map.of("mainTicketId", mergedInto, "reason", payload(40, "merge reason")));
    Tickets.act(
        "dispatcher",
        unmerged,
        "merge",
        Map.of("mainTicketId", mergedInto, "reason", payload(40, "merge reason")));
    Tickets.act("dispatcher", unmerged, "unmerge", Map.of("reason", payload(41, "unmerge reason")));

    // answered on the call (直接答复), due for callback
    Map<String, Object> consultation = Tickets.call("注入测试：咨询 " + payload(42, "content (answered)"));
    consultation.put("directAnswer", payload(43, "direct answer"));
    answered = Tickets.log(consultation).getLong("id");

    // reference data an admin writes: catalogue (with a revision), calendar, time-limit rule
    catalogueCode = "CAT-XSS-" + System.nanoTime() % 100000;
    as("admin")
        .body(
            Map.of(
                "code",
                catalogueCode,
                "unitCode",
                "AG-URBAN",
                "title",
                medium(50, "catalogue title"),
                "duties",
                payload(51, "catalogue duties"),
                "keywords",
                List.of(tiny(52, "catalogue keyword")),
                "reason",
                payload(53, "catalogue reason")))
        .post("/api/catalogue")
        .then()
        .statusCode(201);
    as("admin")
        .body(
            Map.of(
                "unitCode",
                "AG-URBAN",
                "title",
                medium(54, "catalogue title (revised)"),
                "duties",
                payload(51, "catalogue duties"),
                "reason",
                payload(55, "catalogue revision reason")))
        .put("/api/catalogue/" + catalogueCode)
        .then()
        .statusCode(200);
    as("admin")
        .body(Map.of("working", false, "note", medium(56, "calendar note")))
        .put("/api/calendar/" + CALENDAR_DAY)
        .then()
        .statusCode(200);
    Map<String, Object> ruleBody =
        new HashMap<>(
            Map.of(
                "categoryCode",
                "SD-GAS",
                "urgency",
                "EMERGENCY",
                "channel",
                "LETTER_VISIT",
                "signHours",
                4,
                "replyDays",
                1,
                "remindBeforeDays",
                0,
                "escalateAfterDays",
                1,
                "maxExtensions",
                1,
                "maxExtensionDays",
                2,
                "centreApproval",
                false));
    ruleBody.put("note", medium(57, "time-limit rule note"));
    rule =
        as("admin")
            .body(ruleBody)
            .post("/api/time-limit-rules")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
  }

  private static void login(String user) {
    chromium.login(user);
  }

  /** Opens a page and waits for its data (pages that mark their end of loading, or a selector). */
  private static void open(String path, String readySelector) {
    browser.get(ItServer.BASE_URL + "/" + path);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header nav")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(readySelector)));
    pause();
  }

  /** Lets late handlers (autofocus, timers, image errors) fire before the page is judged. */
  private static void pause() {
    try {
      Thread.sleep(700);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Focuses, hovers and clicks nothing: only reads what the browser recorded and what the DOM
   * holds.
   */
  @SuppressWarnings("unchecked")
  private static void assertNothingRan(String page) {
    List<String> injected =
        (List<String>) ((JavascriptExecutor) browser).executeScript(INJECTED_MARKUP);
    String events =
        (String)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "const e = localStorage.getItem('it.events'); localStorage.removeItem('it.events'); return e;");
    List<String> described = new ArrayList<>();
    if (events != null) {
      for (String e : events.substring(1, events.length() - 1).split("\",\"")) {
        if (!e.isBlank()) {
          described.add(e + field(e));
        }
      }
    }
    assertThat(described).as("dialogs, CSP violations or script errors on " + page).isEmpty();
    assertThat(injected).as("injected markup on " + page).isEmpty();
  }

  private static String field(String event) {
    var m = java.util.regex.Pattern.compile("alert\\((\\d+)\\)").matcher(event);
    return m.find()
        ? " ← " + FIELDS.getOrDefault(Integer.parseInt(m.group(1)), "URL parameter")
        : "";
  }

  private static String text(String selector) {
    return browser.findElement(By.cssSelector(selector)).getText();
  }

  @AfterEach
  void nothingLeftOver() {
    assertNothingRan("the last page");
  }

  @Test
  void theIssuesUrlExampleAsDirectorShowsAnErrorAndRunsNothing() {
    login("director");
    String evil =
        URLEncoder.encode("\"><img src=x onerror=alert(777)>", StandardCharsets.UTF_8)
            .replace("+", "%20");
    browser.get(ItServer.BASE_URL + "/ticket.html?id=" + evil + "/../" + main);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#msg.error")));
    pause();
    assertNothingRan("ticket.html?id=<payload>/../" + main);
    // the same ticket opened properly: the director may issue a slip, and sees every stored text as
    // text
    open("ticket.html?id=" + main, "#history tbody tr");
    assertThat(text("#facts"))
        .contains("onerror=alert(3)", "onfocus=\"alert(2)", "alert(16)", "alert(17)");
    assertNothingRan("ticket.html?id=" + main + " as director");
    browser.get(ItServer.BASE_URL + "/slips.html?id=" + evil + "&ticket=" + evil + "&unit=" + evil);
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-loaded=true]")));
    pause();
    assertNothingRan("slips.html with payload parameters");
    open("slips.html?id=" + slip, "#detail h2");
    assertThat(text("#detail"))
        .contains("alert(18)", "alert(20)", "alert(21)", "alert(22)", "alert(23)", "alert(24)");
    assertNothingRan("slips.html?id=" + slip);
  }

  @Test
  void theDispatcherSeesTheTransferFeedbackAndEveryQueueAsText() {
    login("dispatcher");
    open("ticket.html?id=" + agencyTicket, "#transfers tr");
    assertThat(text("#transfers")).contains("autofocus onfocus=\"alert(19)\"", "alert(31)");
    assertThat(
            browser
                .findElement(By.cssSelector("#transfers input[name=externalReference]"))
                .getAttribute("value"))
        .isEqualTo("x\" autofocus onfocus=\"alert(19)\" y=\"");
    assertNothingRan("ticket.html?id=" + agencyTicket + " as dispatcher");
    open("ticket.html?id=" + main, "#history tbody tr");
    assertThat(text("#history")).contains("alert(5)", "alert(10)", "alert(12)", "alert(13)");
    assertNothingRan("ticket.html?id=" + main + " as dispatcher");
    open("ticket.html?id=" + rerouted, "#history tbody tr");
    assertThat(text("#history")).contains("alert(35)", "alert(36)");
    assertNothingRan("ticket.html?id=" + rerouted);
    open("ticket.html?id=" + mergedInto, "#history tbody tr");
    assertThat(text("#facts")).contains("alert(38)");
    assertNothingRan("ticket.html?id=" + mergedInto);
    open("dispatch.html", "body[data-loaded=true]");
    assertThat(text("#returned")).contains("alert(32)");
    assertNothingRan("dispatch.html");
    open("tickets.html", "#list table");
    assertNothingRan("tickets.html");
    browser.findElement(By.id("bell")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bellPanel")));
    pause();
    assertNothingRan("the bell's panel");
  }

  @Test
  void theUnitsSeeTheirListsAndTheTicketAsText() {
    login("officer");
    open("worklist.html", "body[data-loaded=true]");
    assertThat(text("#toSign")).contains("alert(33)");
    assertNothingRan("worklist.html as officer");
    open("ticket.html?id=" + main, "#history tbody tr");
    assertNothingRan("ticket.html?id=" + main + " as officer");
    login("officer2");
    open("worklist.html", "body[data-loaded=true]");
    assertNothingRan("worklist.html as officer2");
    login("chief");
    open("chief.html", "body[data-loaded=true]");
    assertThat(text("#slips")).contains("alert(18)");
    assertNothingRan("chief.html");
    open("ticket.html?id=" + main, "#history tbody tr");
    assertThat(text("#facts")).contains("alert(6)", "alert(7)", "alert(8)", "alert(9)");
    assertNothingRan("ticket.html?id=" + main + " as chief");
    login("agency");
    open("worklist.html", "body[data-loaded=true]");
    assertNothingRan("worklist.html as agency");
    open("chief.html", "body[data-loaded=true]");
    assertNothingRan("chief.html as agency");
  }

  @Test
  void callbackOperatorAndAdminPagesShowPayloadsAsText() {
    login("callback");
    open("callback.html", "#list table");
    assertNothingRan("callback.html (queue)");
    // the queue of the whole test run is long: open the payload ticket's task by its link
    long task = CallbackTasksIT.taskOf("callback", answered).getLong("id");
    open("callback.html?task=" + task, "#current");
    assertThat(text("#current")).contains("alert(42)");
    assertNothingRan("callback.html");
    open("ticket.html?id=" + answered, "#history tbody tr");
    assertThat(text("#facts")).contains("alert(43)");
    assertNothingRan("ticket.html?id=" + answered + " as callback");

    login("operator");
    // the phone lookup listens once the page is loaded
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-loaded=true]")));
    browser.findElement(By.id("callerPhone")).sendKeys("13911112222");
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#earlier ul.earlier li")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#duplicates li")));
    pause();
    assertThat(text("#earlier")).contains("alert(37)");
    assertNothingRan("intake.html with earlier tickets and repeat calls");

    login("admin");
    open("catalogue.html", "#list tbody tr");
    browser
        .findElement(
            By.cssSelector("#list tr[data-code='" + catalogueCode + "'] button[data-act=versions]"))
        .click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#versions tr")));
    pause();
    assertThat(text("#versions")).contains("alert(53)", "alert(55)");
    assertNothingRan("catalogue.html with versions");
    open("calendar.html", "#days table");
    assertThat(text("#days")).contains("alert(56)");
    assertNothingRan("calendar.html");
    open("timelimits.html", "body[data-loaded=true]");
    assertThat(
            browser
                .findElement(By.cssSelector("#rules tr[data-id='" + rule + "'] input[name=note]"))
                .getAttribute("value"))
        .contains("alert(57)");
    assertNothingRan("timelimits.html");
  }

  @Test
  void everyPageAndResponseCarriesAPolicyWithoutInlineScripts() {
    List<String> paths =
        new ArrayList<>(
            List.of(
                "/login.html", "/assets/app.js", "/api/me", "/api/tickets/" + main, "/api/nope"));
    // a PDF only refuses being framed: Chrome's own viewer needs its embed and inline styles
    assertThat(
            as("director")
                .get("/api/tickets/" + main + "/sheet.pdf")
                .getHeader("Content-Security-Policy"))
        .isEqualTo("frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    for (String page :
        List.of(
            "index",
            "intake",
            "dispatch",
            "worklist",
            "chief",
            "callback",
            "tickets",
            "ticket",
            "slips",
            "catalogue",
            "calendar",
            "timelimits",
            "leader")) {
      paths.add("/" + page + ".html");
    }
    for (String path : paths) {
      Response r = as("director").get(path);
      String csp = r.getHeader("Content-Security-Policy");
      assertThat(csp)
          .as(path)
          .isNotNull()
          .contains(
              "script-src 'self'",
              "object-src 'none'",
              "frame-ancestors 'none'",
              "base-uri 'none'",
              "require-trusted-types-for 'script'")
          .doesNotContain("unsafe-inline", "unsafe-eval");
      if (path.endsWith(".html")) {
        // nothing inline left for the policy to block
        assertThat(r.asString())
            .as(path)
            .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
            .doesNotContainPattern("\\son[a-z]+=")
            .doesNotContain("style=");
      }
    }
    // the login page the container shows in place of a protected page carries it too
    assertThat(
            ItServer.anonymous()
                .redirects()
                .follow(false)
                .get("/dispatch.html")
                .getHeader("Content-Security-Policy"))
        .contains("script-src 'self'");
  }
}
