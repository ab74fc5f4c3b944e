package org.hotline.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The digits of a citizen's number a masked viewer's search may match: only what the mask shows.
 */
class CallbackTaskSearchBridgeTest {

  @Test
  void onlyTheDigitsTheMaskShowsAreIndexedForMaskedViewers() {
    assertEquals(List.of("139", "5678"), CallbackTaskSearchBridge.shownDigits("13912345678"));
    assertEquals(List.of("139", "5678"), CallbackTaskSearchBridge.shownDigits("139-1234-5678"));
    assertEquals(List.of("139", "5678"), CallbackTaskSearchBridge.shownDigits("+8613912345678"));
    // a short number shows its last two digits only
    assertEquals(List.of("34"), CallbackTaskSearchBridge.shownDigits("1234"));
    assertEquals(List.of(), CallbackTaskSearchBridge.shownDigits(null));
  }
}
