package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller's number written another way is the same caller (issue 10.1): every lookup compares the
 * normalised (E.164) number, the operator's lookup matches from 7 digits on, and the ticket keeps
 * the number as the caller gave it.
 */
class CallerPhoneIT {

  /** A fresh mobile number, 8 random digits after 188, as its 11 digits. */
  static String freshMobile() {
    return "188" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  static String dashed(String mobile) {
    return mobile.substring(0, 3) + "-" + mobile.substring(3, 7) + "-" + mobile.substring(7);
  }

  private static long logWithPhone(String content, String phone) {
    Map<String, Object> call = Tickets.call(content);
    call.put("callerPhone", phone);
    return Tickets.log(call).getLong("id");
  }

  private static List<Long> listedFor(String user, String phone) {
    return as(user)
        .queryParam("phone", phone)
        .queryParam("size", 50)
        .get("/api/tickets")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", Long.class);
  }

  private static List<Long> duplicatesOfCall(String phone) {
    return as("operator")
        .queryParam("phone", phone)
        .get("/api/tickets/duplicates")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("id", Long.class);
  }

  @Test
  void aNumberWithDashesIsFoundHoweverTheLookupWritesIt() {
    String mobile = freshMobile();
    long id = logWithPhone("来电号码带横线的工单", dashed(mobile));

    for (String written :
        List.of(
            mobile,
            dashed(mobile),
            "+86 "
                + mobile.substring(0, 3)
                + " "
                + mobile.substring(3, 7)
                + " "
                + mobile.substring(7),
            "+86" + mobile,
            "0086" + mobile,
            "86" + mobile)) {
      assertThat(listedFor("operator", written)).as("?phone=%s", written).containsExactly(id);
      assertThat(duplicatesOfCall(written)).as("duplicates?phone=%s", written).containsExactly(id);
    }
    // what the caller said is kept for display
    assertThat(as("operator").get("/api/tickets/" + id).jsonPath().getString("callerPhone"))
        .isEqualTo(dashed(mobile));
  }

  @Test
  void aNumberGivenWithCountryCodeAndSpacesIsFoundByItsPlainDigits() {
    String mobile = freshMobile();
    long id =
        logWithPhone(
            "来电号码带国家码的工单",
            "+86 "
                + mobile.substring(0, 3)
                + " "
                + mobile.substring(3, 7)
                + " "
                + mobile.substring(7));
    assertThat(listedFor("dispatcher", mobile)).containsExactly(id);
    assertThat(duplicatesOfCall(dashed(mobile))).containsExactly(id);
  }

  @Test
  void aLandlineWithItsAreaCodeIsOneNumber() {
    String local = String.format("8%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    long id = logWithPhone("固定电话来电", "0531-" + local.substring(0, 4) + " " + local.substring(4));
    for (String written :
        List.of("0531" + local, "(0531) " + local, "+86 531 " + local, "+86531" + local)) {
      assertThat(listedFor("operator", written)).as("?phone=%s", written).containsExactly(id);
    }
    // the operator types the area code and the first digits
    assertThat(listedFor("operator", "0531-" + local.substring(0, 3))).contains(id);
  }

  @Test
  void theOperatorsLookupMatchesAPartialNumberFromSevenDigitsOn() {
    String mobile = freshMobile();
    long first = logWithPhone("部分号码查询第一次来电", mobile);
    long second = logWithPhone("部分号码查询第二次来电", dashed(mobile));

    assertThat(listedFor("operator", mobile.substring(0, 7))).contains(second, first);
    assertThat(listedFor("operator", dashed(mobile).substring(0, 8)))
        .contains(second, first); // "188-1234"
    assertThat(listedFor("operator", mobile.substring(0, 10))).containsExactly(second, first);
    assertThat(listedFor("operator", mobile)).containsExactly(second, first);
    // a different number with the same first 10 digits is not the caller
    String other = mobile.substring(0, 10) + ((mobile.charAt(10) - '0' + 1) % 10);
    assertThat(listedFor("operator", other)).doesNotContain(first, second);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"188123", "abc1234567", "188-12", "+86 18812"})
  void aLookupByTooFewDigitsOrByLettersIsABadRequest(String phone) {
    as("operator")
        .queryParam("phone", phone)
        .get("/api/tickets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", org.hamcrest.Matchers.equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("phone"))
        .body("errors[0].reason", org.hamcrest.Matchers.equalTo("INVALID"));
  }

  @Test
  void aRepeatCallFromTheSameNumberWrittenAnotherWayIsAProposedDuplicate() {
    String mobile = freshMobile();
    long first = logWithPhone("重复来电第一次：路灯不亮", dashed(mobile));
    long second = logWithPhone("重复来电第二次：另一件事", "+86" + mobile);
    var candidates =
        as("dispatcher")
            .get("/api/tickets/" + second + "/duplicates")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(candidates.getList("id", Long.class)).contains(first);
    assertThat(candidates.getString("find { it.id == " + first + " }.reasons[0]"))
        .contains("same phone");
  }

  @Test
  void aFullTextSearchKeepsThePhoneFilter() {
    String mobile = freshMobile();
    long id = logWithPhone("电动车充电占用消防通道", dashed(mobile));
    long otherCaller = logWithPhone("电动车充电占用消防通道", freshMobile());
    var found =
        as("dispatcher")
            .queryParam("q", "消防通道")
            .queryParam("phone", "+86 " + mobile)
            .get("/api/tickets")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id", Long.class);
    assertThat(found).contains(id).doesNotContain(otherCaller);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "1881234567",
        "188123456789",
        "12345",
        "188-1234-5678 转 5",
        "13911112222, callerPhone=13933334444"
      })
  void intakeRefusesWhatIsNotAValidNumber(String phone) {
    Map<String, Object> call = Tickets.call("号码无效的来电");
    call.put("callerPhone", phone);
    as("operator")
        .body(call)
        .post("/api/tickets")
        .then()
        .statusCode(400)
        .body(
            "errors.field",
            org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("callerPhone")))
        .body("errors.reason", org.hamcrest.Matchers.hasItem("INVALID"));
  }
}
