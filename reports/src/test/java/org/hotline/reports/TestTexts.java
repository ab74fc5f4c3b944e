package org.hotline.reports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The application's message bundle (ejb/src/main/resources/i18n, UTF-8) for the templates' captions
 * in tests of this module, which does not depend on the module that holds it.
 */
final class TestTexts {

  private TestTexts() {}

  /** The bundle of {@code locale}: English for English, Chinese otherwise. */
  static ResourceBundle bundle(Locale locale) {
    String lang = "en".equals(locale.getLanguage()) ? "en" : "zh";
    Path file =
        Path.of(
            "..", "ejb", "src", "main", "resources", "i18n", "messages_" + lang + ".properties");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new PropertyResourceBundle(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A renderer reading its captions from the application's bundle. */
  static ReportRenderer renderer() {
    return new ReportRenderer(TestTexts::bundle);
  }
}
