package org.hotline.domain.model.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RatingTokenTest {

  @Test
  void tokensAre128RandomBitsInBase64Url() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String t = RatingToken.next();
      assertThat(t).hasSize(RatingToken.LENGTH).matches("[A-Za-z0-9_-]+");
      assertThat(Base64.getUrlDecoder().decode(t)).hasSize(16);
      assertThat(RatingToken.wellFormed(t)).isTrue();
      seen.add(t);
    }
    assertThat(seen).hasSize(10_000);
  }

  @Test
  void anythingElseIsNotATokenShape() {
    assertThat(RatingToken.wellFormed(null)).isFalse();
    assertThat(RatingToken.wellFormed("short")).isFalse();
    assertThat(RatingToken.wellFormed("AAAAAAAAAAAAAAAAAAAAA=")).isFalse();
    assertThat(RatingToken.wellFormed("AAAAAAAAAAAAAAAAAAAAAAA")).isFalse();
    assertThat(RatingToken.wellFormed("../../etc/passwd/aaaaa")).isFalse();
  }
}
