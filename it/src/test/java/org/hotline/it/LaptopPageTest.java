package org.hotline.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A page test class run in one headless {@link Chromium} at the laptop size the usability figures
 * are measured on ({@link Chromium#LAPTOP}): opened before the class's first test, closed after its
 * last. Test classes run one after another, so the one browser field serves each in turn.
 */
abstract class LaptopPageTest {

  /** The browser of the running test class. */
  static Chromium chromium;

  @BeforeAll
  static void openChromium() throws Exception {
    chromium = Chromium.open(Chromium.LAPTOP);
  }

  @AfterAll
  static void closeChromium() {
    if (chromium != null) {
      chromium.close();
      chromium = null;
    }
  }
}
