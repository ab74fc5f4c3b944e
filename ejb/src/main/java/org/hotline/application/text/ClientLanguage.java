package org.hotline.application.text;

import java.util.Locale;

/**
 * The language of the client of the request being served (请求语言): Chinese unless the client asked
 * for English ({@code Accept-Language}). The web layer sets it around every API request ({@code
 * ClientLanguageFilter}) and clears it after; outside a request (timers, start-up) it is Chinese.
 * Views read it to render texts (labels of reasons, history sentences, notifications) in the
 * reader's language; stored data never depend on it.
 */
public final class ClientLanguage {

  private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

  private ClientLanguage() {}

  /** The client's locale: {@link Locale#ENGLISH} or {@link Locale#CHINESE} (the default). */
  public static Locale current() {
    Locale l = CURRENT.get();
    return l == null ? Locale.CHINESE : l;
  }

  /** Sets the language of the request on this thread; {@link #clear()} must follow in a finally. */
  public static void set(Locale locale) {
    CURRENT.set(Messages.locale(Messages.language(locale)));
  }

  /** Forgets the request's language on this thread. */
  public static void clear() {
    CURRENT.remove();
  }
}
