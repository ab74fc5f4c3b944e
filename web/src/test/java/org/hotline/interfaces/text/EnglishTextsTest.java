package org.hotline.interfaces.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hotline.application.text.Messages;
import org.junit.jupiter.api.Test;

/**
 * English texts are English (英文文案不含中文标点): no value of the English bundles — the message bundle
 * ({@code messages_en.properties}) and the problem texts ({@code problems_en.properties}) — holds
 * CJK punctuation (，。：；（）「」、 …) or CJK characters, except the deliberate ones of {@link
 * #DELIBERATE} (the language switch names the other language in its own script). And the pages'
 * scripts never glue CJK punctuation to texts themselves ({@code label + '：' + value}): they take
 * the reader's punctuation from the bundle ({@code App.labelled}, {@code uiColon}, {@code
 * listSeparator}); only patterns that read what people type may name it.
 */
class EnglishTextsTest {

  /** CJK symbols and punctuation, full-width forms, CJK ideographs. */
  static final Pattern CJK =
      Pattern.compile("[\\u3000-\\u303f\\uff00-\\uffef\\u3400-\\u4dbf\\u4e00-\\u9fff]");

  /** CJK punctuation a script may not put into a text. */
  static final Pattern CJK_PUNCTUATION = Pattern.compile("[\\u3000-\\u303f\\uff00-\\uffef]");

  /** English values that are Chinese on purpose: key → why. */
  static final Map<String, String> DELIBERATE =
      Map.of(
          "lang",
          "the language switch names Chinese in Chinese (中文)",
          "srHint",
          "the upload hint names the Chinese column names and kinds a file may carry (来源系统 …)");

  /** Lines of the pages' scripts that may hold CJK punctuation: reading what people type. */
  static final Pattern READS_INPUT = Pattern.compile("\\.(split|replace|test|match)\\(/");

  /** Login page fallbacks shown only when the bundle itself cannot be loaded (Chinese default). */
  static final Pattern LOGIN_FALLBACK = Pattern.compile("\\|\\| '[^']*'");

  @Test
  void theEnglishMessageBundleHoldsNoCjkText() {
    List<String> bad = new ArrayList<>();
    Messages.all("en")
        .forEach(
            (key, value) -> {
              if (!DELIBERATE.containsKey(key) && CJK.matcher(value).find()) {
                bad.add(key + "=" + value);
              }
            });
    assertThat(bad).as("English texts with CJK punctuation or characters").isEmpty();
  }

  @Test
  void theEnglishProblemTextsHoldNoCjkText() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        EnglishTextsTest.class.getClassLoader().getResourceAsStream("problems_en.properties")) {
      assertThat(in).as("problems_en.properties on the class path").isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(p).hasSizeGreaterThan(50);
    List<String> bad = new ArrayList<>();
    p.forEach(
        (k, v) -> {
          if (CJK.matcher(String.valueOf(v)).find()) {
            bad.add(k + "=" + v);
          }
        });
    assertThat(bad).as("English problem texts with CJK punctuation or characters").isEmpty();
  }

  @Test
  void theDeliberateExceptionsAreStillThere() {
    // an allow-list entry whose key is gone would silently allow nothing; keep the list true
    assertThat(Messages.all("en").keySet()).containsAll(DELIBERATE.keySet());
    assertThat(Messages.all("en").get("lang")).isEqualTo("中文");
  }

  @Test
  void thePagesScriptsTakeTheReadersPunctuationFromTheBundle() throws IOException {
    List<String> bad = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/webapp/assets"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".js")).sorted().toList()) {
        String code =
            Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL)
                .matcher(Files.readString(f, StandardCharsets.UTF_8))
                .replaceAll(
                    m -> "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count()));
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          String line = lines[i].replaceAll("(^|\\s)//.*$", "");
          if (READS_INPUT.matcher(line).find()) {
            continue;
          }
          if (f.getFileName().toString().equals("login.js")) {
            line = LOGIN_FALLBACK.matcher(line).replaceAll("");
          }
          if (CJK_PUNCTUATION.matcher(line).find()) {
            bad.add(f.getFileName() + ":" + (i + 1) + ": " + line.strip());
          }
        }
      }
    }
    assertThat(bad).as("CJK punctuation put into texts by the pages' scripts").isEmpty();
  }

  @Test
  void theRuleCatchesWhatItIsFor() {
    assertThat(CJK.matcher("Returned: 原因").find()).isTrue();
    assertThat(CJK.matcher("Done，saved").find()).isTrue();
    assertThat(CJK.matcher("Done “Sign”: 20261130-000001").find()).isFalse();
    assertThat(CJK_PUNCTUATION.matcher("label + '：' + value").find()).isTrue();
    assertThat(Set.of("lang", "srHint")).isEqualTo(DELIBERATE.keySet());
  }
}
