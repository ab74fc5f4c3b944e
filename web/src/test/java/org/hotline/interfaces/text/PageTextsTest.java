package org.hotline.interfaces.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hotline.application.text.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every text key the pages name literally — {@code App.t('key')}, {@code data-t="key"}, {@code
 * data-t-placeholder="key"} — is in the message bundle, and no page keeps a dictionary of its own.
 */
class PageTextsTest {

  private static final Path PAGES = Path.of("src/main/webapp");

  private static final Pattern KEY =
      Pattern.compile(
          "App\\.t\\('([A-Za-z0-9_]+)'\\)|data-t(?:-placeholder|-label)?=\"([A-Za-z0-9_]+)\"");

  @Test
  void everyKeyThePagesNameIsInTheBundle() throws IOException {
    Set<String> named = new TreeSet<>();
    try (Stream<Path> files = Files.walk(PAGES)) {
      for (Path f :
          files
              .filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".html"))
              .toList()) {
        Matcher m = KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          named.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
      }
    }
    assertThat(named).hasSizeGreaterThan(100);
    assertThat(Messages.pageTexts("zh").keySet()).containsAll(named);
    assertThat(Messages.pageTexts("en").keySet()).containsAll(named);
  }

  @Test
  void noPageKeepsItsOwnDictionary() throws IOException {
    try (Stream<Path> files = Files.walk(PAGES.resolve("assets"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".js")).toList()) {
        assertThat(Files.readString(f, StandardCharsets.UTF_8))
            .as(f.toString())
            .doesNotContain("I18N");
      }
    }
  }
}
