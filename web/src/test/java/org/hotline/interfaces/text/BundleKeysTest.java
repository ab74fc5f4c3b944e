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
import org.junit.jupiter.api.Test;

/**
 * Every key of the text bundles (文案键唯一) is written once per file, and both languages hold the same
 * keys: the message bundle ({@code ejb/…/i18n/messages_{zh,en}.properties}) and the problem texts
 * ({@code web/…/problems_{zh,en}.properties}). A key written twice is silently read as its last
 * value by {@link java.util.Properties}: two features that chose the same key show one of them the
 * other's text (a merge once gave the dispatcher a literal "{0}").
 */
class BundleKeysTest {

  private static final Path MESSAGES = Path.of("..", "ejb", "src", "main", "resources", "i18n");
  private static final Path PROBLEMS = Path.of("src", "main", "resources");

  /** The keys of a properties file in the order written (comments and blank lines skipped). */
  static List<String> keys(Path file) throws IOException {
    List<String> keys = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#") || t.startsWith("!") || !t.contains("=")) {
        continue;
      }
      keys.add(t.substring(0, t.indexOf('=')).strip());
    }
    return keys;
  }

  private static List<String> writtenTwice(Path file) throws IOException {
    Set<String> seen = new HashSet<>();
    List<String> twice = new ArrayList<>();
    for (String k : keys(file)) {
      if (!seen.add(k)) {
        twice.add(k);
      }
    }
    return twice;
  }

  @Test
  void noKeyIsWrittenTwice() throws IOException {
    for (Path file :
        List.of(
            MESSAGES.resolve("messages_zh.properties"),
            MESSAGES.resolve("messages_en.properties"),
            PROBLEMS.resolve("problems_zh.properties"),
            PROBLEMS.resolve("problems_en.properties"))) {
      assertThat(keys(file)).as(file + " read").hasSizeGreaterThan(50);
      assertThat(writtenTwice(file)).as(file + ": keys written twice").isEmpty();
    }
  }

  @Test
  void bothLanguagesHoldTheSameKeys() throws IOException {
    for (Path dir : List.of(MESSAGES, PROBLEMS)) {
      String base = dir == MESSAGES ? "messages" : "problems";
      Set<String> zh = new HashSet<>(keys(dir.resolve(base + "_zh.properties")));
      Set<String> en = new HashSet<>(keys(dir.resolve(base + "_en.properties")));
      assertThat(zh).as(base + ": Chinese keys without English").isSubsetOf(en);
      assertThat(en).as(base + ": English keys without Chinese").isSubsetOf(zh);
    }
  }
}
