package org.hotline.interfaces.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Success texts say what was done (issue 12, review round 6): walks every page script and page of
 * {@code web/src/main/webapp} and checks that each action a button runs ({@code data-act}, {@code
 * data-done}, the slip steps, {@code App.t('done_…')}) has its own {@code done_<action>} text in
 * both bundles, and that no page builds its confirmation from the fallback ({@code uiDoneAction},
 * {@code uiDoneWhat}, {@code uiSavedWhat}) or a bare {@code saved} — those stay in {@code
 * App.doneText} as a safety net only.
 */
class PageSuccessTextsTest {

  private static final Path WEBAPP = Path.of("src", "main", "webapp");
  private static final Path MESSAGES = Path.of("..", "ejb", "src", "main", "resources", "i18n");

  /**
   * Buttons whose {@code data-act} sends nothing by itself: they open a form or a list (edit,
   * versions, the QR sheet, the exclusion form), or arm a proposal whose confirmation says the unit
   * (dispatch's accept: uiAssignedTo).
   */
  private static final Set<String> NOT_REQUESTS =
      Set.of("edit", "versions", "qr", "exclude", "accept");

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files
          .filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".html"))
          .filter(p -> !p.toString().contains("vendor") && !p.toString().contains("webjars"))
          .sorted()
          .toList();
    }
  }

  private static Set<String> found(Pattern pattern) throws IOException {
    Set<String> found = new TreeSet<>();
    for (Path page : pages()) {
      Matcher m = pattern.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (m.find()) {
        found.add(m.group(1));
      }
    }
    return found;
  }

  @Test
  void everyActionOfEveryPageHasItsOwnSuccessTextInBothLanguages() throws IOException {
    Set<String> actions = new TreeSet<>();
    found(Pattern.compile("data-act=\"([A-Za-z]+)\"(?!\\s+data-done)")).stream()
        .filter(a -> !NOT_REQUESTS.contains(a))
        .forEach(actions::add);
    actions.addAll(found(Pattern.compile("data-done=\"([A-Za-z]+)\"")));
    actions.addAll(found(Pattern.compile("'done_([A-Za-z]+)'")));
    // the steps of a supervision slip (App.SLIP_STEPS) through App.slipDone
    String app = Files.readString(WEBAPP.resolve("assets/app.js"), StandardCharsets.UTF_8);
    Matcher steps = Pattern.compile("SLIP_STEPS: \\{(.*?)\\},\\s*\\n", Pattern.DOTALL).matcher(app);
    assertThat(steps.find()).as("App.SLIP_STEPS").isTrue();
    Matcher step = Pattern.compile("([a-z]+): \\[").matcher(steps.group(1));
    while (step.find()) {
      actions.add(
          "slip" + Character.toUpperCase(step.group(1).charAt(0)) + step.group(1).substring(1));
    }
    // routings that name the unit they went to
    actions.addAll(List.of("assignTo", "rerouteTo", "arbitrateTo"));
    assertThat(actions).as("actions found").hasSizeGreaterThan(30);
    for (String language : List.of("zh", "en")) {
      Set<String> keys =
          new HashSet<>(
              BundleKeysTest.keys(MESSAGES.resolve("messages_" + language + ".properties")));
      List<String> missing = new ArrayList<>();
      for (String a : actions) {
        if (!keys.contains("done_" + a)) {
          missing.add("done_" + a);
        }
      }
      assertThat(missing).as("success texts missing in messages_" + language).isEmpty();
    }
  }

  @Test
  void noPageEndsWithTheFallbackOrABareSaved() throws IOException {
    Pattern fallback =
        Pattern.compile(
            "'(uiDoneAction|uiDoneWhat|uiSavedWhat|saved)'|\"(uiDoneAction|uiDoneWhat)\"");
    List<String> uses = new ArrayList<>();
    for (Path page : pages()) {
      if (page.endsWith(Path.of("assets", "app.js"))) {
        continue; // App.doneText: the safety net
      }
      String text = Files.readString(page, StandardCharsets.UTF_8);
      Matcher m = fallback.matcher(text);
      while (m.find()) {
        uses.add(WEBAPP.relativize(page) + ": " + m.group());
      }
    }
    assertThat(uses).as("pages that confirm with the fallback text").isEmpty();
  }
}
