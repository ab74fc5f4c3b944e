package org.hotline.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CallerPhonesTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "13912345678",
        "139-1234-5678",
        "139 1234 5678",
        "+86 139 1234 5678",
        "+8613912345678",
        "008613912345678",
        "8613912345678",
        "(+86) 139.1234.5678",
        "１３９１２３４５６７８",
        "\u00a0139\u200b1234 5678\u3000",
        "\ufeff+86-139-1234-5678",
        "＋86－139－1234－5678"
      })
  void everyWayOfWritingAMobileIsOneNumber(String written) {
    assertThat(CallerPhones.e164(written)).contains("+8613912345678");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "0531-8888 1234",
        "053188881234",
        "(0531) 88881234",
        "+86 531 8888 1234",
        "0086-531-88881234"
      })
  void aLandlineWithItsAreaCodeIsOneNumber(String written) {
    assertThat(CallerPhones.e164(written)).contains("+8653188881234");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "",
        "   ",
        "\u200b",
        "abc",
        "1391234567",
        "139123456789",
        "13911112222, callerPhone=13933334444",
        "12345",
        "139-1234-5678 ext. 5",
        "++8613912345678",
        "13912345678+"
      })
  void whatIsNotAValidNumberHasNoNormalForm(String written) {
    assertThat(CallerPhones.e164(written)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "1391234, +861391234",
    "139-1234, +861391234",
    "139 1234 56, +86139123456",
    "+86 139 1234 5, +8613912345",
    "0086 1391234, +861391234",
    "0531-8888, +865318888",
    "0531 8888 12, +86531888812",
    "13912345678, +8613912345678",
    "'+86 139 1234 5678', +8613912345678",
    "+44 20 7946, +44207946"
  })
  void aPartialNumberIsThePrefixOfItsNormalForm(String typed, String prefix) {
    assertThat(CallerPhones.lookupPrefix(typed)).contains(prefix);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"139123", "139-12", "+86 13912", "abc1234567", "139123x", "", " "})
  void tooFewDigitsOrNotANumberIsNoLookup(String typed) {
    assertThat(CallerPhones.lookupPrefix(typed)).isEmpty();
  }
}
