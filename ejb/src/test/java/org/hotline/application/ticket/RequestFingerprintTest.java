package org.hotline.application.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

  private static IntakeCommand call(String name, String phone, String content) {
    return new IntakeCommand(
        "PHONE_12345",
        name,
        phone,
        false,
        "人民路 88 号",
        "CG-CG-01",
        "ZA-NOISE",
        "NORMAL",
        content,
        null,
        null);
  }

  @Test
  void aValueThatLooksLikeAFieldBoundaryIsNotOne() {
    var first = call("测试甲, callerPhone=13911112222", "13933334444", "噪音");
    var second = call("测试甲", "13911112222, callerPhone=13933334444", "噪音");
    assertThat(first.toString()).isEqualTo(second.toString()); // what the old fingerprint hashed
    assertThat(RequestFingerprint.of(first)).isNotEqualTo(RequestFingerprint.of(second));
  }

  @Test
  void theSameRequestHasTheSameFingerprint() {
    assertThat(RequestFingerprint.of(call("甲", "13911112222", "噪音")))
        .isEqualTo(RequestFingerprint.of(call("甲", "13911112222", "噪音")))
        .hasSize(64);
  }

  @Test
  void nullAndTheTextNullDiffer() {
    assertThat(RequestFingerprint.of(call(null, "13911112222", "噪音")))
        .isNotEqualTo(RequestFingerprint.of(call("null", "13911112222", "噪音")));
  }

  @Test
  void canonicalJsonHasSortedKeys() {
    String json = RequestFingerprint.canonicalJson(call("甲", "1", "x\"y"));
    assertThat(json).startsWith("{\"address\":").contains("\"content\":\"x\\\"y\"");
    assertThat(json.indexOf("\"urgency\"")).isGreaterThan(json.indexOf("\"transferReference\""));
  }
}
