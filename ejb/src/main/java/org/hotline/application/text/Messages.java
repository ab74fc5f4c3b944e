package org.hotline.application.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The message bundle (消息文案): every text the application shows, in Chinese (the default) and
 * English, read from {@code i18n/messages_zh.properties} and {@code i18n/messages_en.properties}
 * (UTF-8).
 *
 * <p>Rules: a key missing in English falls back to Chinese, a key missing in both is returned as it
 * is (never an exception: a page must not break over a text). Templates with arguments ({@code
 * {0}}, {@code {1}} …) follow {@link MessageFormat}; numbers are printed as they are ({@code 2026},
 * never {@code 2,026}). Keys with a dot ({@code notice.*}, {@code detail.*}, {@code pdf.*}) are the
 * server's own texts; keys without one are the pages' texts ({@code App.t(key)}), served by {@code
 * GET /api/messages}.
 */
public final class Messages {

  /** The languages the bundle holds; the first is the default. */
  public static final List<String> LANGUAGES = List.of("zh", "en");

  private static final Map<String, Map<String, String>> BUNDLES = load();

  private static final Map<String, Map<String, String>> PAGES = new TreeMap<>();

  private static final Map<String, String> VERSIONS = new TreeMap<>();

  static {
    for (String lang : LANGUAGES) {
      Map<String, String> page = new TreeMap<>();
      BUNDLES
          .get(lang)
          .forEach(
              (k, v) -> {
                if (k.indexOf('.') < 0) {
                  page.put(k, v);
                }
              });
      PAGES.put(lang, Collections.unmodifiableMap(page));
      VERSIONS.put(lang, fingerprint(page));
    }
  }

  private Messages() {}

  /** The language of the bundle for a locale: {@code "en"} for English, {@code "zh"} otherwise. */
  public static String language(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? "en" : "zh";
  }

  /** The locale of a language code ({@code zh}, {@code en}; anything else is Chinese). */
  public static Locale locale(String language) {
    return "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.CHINESE;
  }

  /**
   * The text of {@code key} in the language of {@code locale}, formatted with {@code args} when
   * given; the key itself when the bundle does not hold it.
   */
  public static String text(String key, Locale locale, Object... args) {
    String lang = language(locale);
    String pattern = BUNDLES.get(lang).get(key);
    if (pattern == null) {
      pattern = BUNDLES.get("zh").getOrDefault(key, key);
    }
    if (args == null || args.length == 0) {
      return pattern;
    }
    Object[] plain =
        Arrays.stream(args).map(a -> a instanceof Number ? String.valueOf(a) : a).toArray();
    return new MessageFormat(pattern, locale(lang)).format(plain);
  }

  /** The Chinese text of {@code key} (printed documents and stored notifications). */
  public static String zh(String key, Object... args) {
    return text(key, Locale.CHINESE, args);
  }

  /** Whether the bundle holds {@code key} in Chinese (the reference language). */
  public static boolean has(String key) {
    return BUNDLES.get("zh").containsKey(key);
  }

  /** The label of a code (status, channel, urgency, callback result …): the key is its name. */
  public static String label(Enum<?> value, Locale locale) {
    return value == null ? null : text(value.name(), locale);
  }

  /**
   * The label of a history action: {@code <NAME>_ACTION} when the bundle holds one (the action and
   * the status share a name: 签收 vs 已签收), else the name's own label.
   */
  public static String actionLabel(Enum<?> action, Locale locale) {
    if (action == null) {
      return null;
    }
    String key = action.name() + "_ACTION";
    return text(has(key) ? key : action.name(), locale);
  }

  /** Every key and its text in one language (both files hold the same keys; a test checks it). */
  public static Map<String, String> all(String language) {
    return BUNDLES.getOrDefault(language, BUNDLES.get("zh"));
  }

  /** The pages' part of the bundle in one language: the keys without a dot. */
  public static Map<String, String> pageTexts(String language) {
    return PAGES.getOrDefault(language, PAGES.get("zh"));
  }

  /** A short fingerprint of the pages' texts in one language, for the HTTP ETag. */
  public static String version(String language) {
    return VERSIONS.getOrDefault(language, VERSIONS.get("zh"));
  }

  private static String fingerprint(Map<String, String> texts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      texts.forEach(
          (k, v) -> {
            sha.update(k.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(v.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
          });
      return HexFormat.of().formatHex(sha.digest(), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Map<String, String>> load() {
    Map<String, Map<String, String>> bundles = new TreeMap<>();
    for (String lang : LANGUAGES) {
      String name = "i18n/messages_" + lang + ".properties";
      try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("message bundle " + name + " missing");
        }
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> texts = new TreeMap<>();
        p.forEach((k, v) -> texts.put((String) k, (String) v));
        bundles.put(lang, Collections.unmodifiableMap(texts));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Collections.unmodifiableMap(bundles);
  }
}
