package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11.8: request bodies are strict JSON — a wrong type, an array for an object, a duplicate
 * key, a number out of range, a lone surrogate, a control character or a bidirectional override is
 * 400 naming the field, and nothing is stored.
 */
class StrictJsonIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An intake body with one raw JSON member replaced, and a phone of its own. */
  private static String intake(String phone, String member, String rawValue) throws Exception {
    Map<String, Object> call = Tickets.call("严格 JSON：" + member);
    call.put("callerPhone", phone);
    call.remove(member);
    String json = JSON.writeValueAsString(call);
    return json.substring(0, json.length() - 1) + ",\"" + member + "\":" + rawValue + "}";
  }

  private static void refused(String body, String field, String reason) {
    as("operator")
        .body(body)
        .post("/api/tickets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo(field))
        .body("errors[0].reason", equalTo(reason));
  }

  private static int ticketsWithPhone(String phone) {
    return as("operator")
        .get("/api/tickets?phone=" + phone)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items")
        .size();
  }

  @Test
  void aBooleanIsTrueOrFalseOnly() throws Exception {
    String phone = "13355500001";
    refused(intake(phone, "confidential", "1"), "confidential", "WRONG_TYPE");
    refused(intake(phone, "confidential", "\"1\""), "confidential", "WRONG_TYPE");
    refused(intake(phone, "confidential", "\"yes\""), "confidential", "WRONG_TYPE");
    assertThat(ticketsWithPhone(phone)).isZero();
    as("operator")
        .body(intake(phone, "confidential", "true"))
        .post("/api/tickets")
        .then()
        .statusCode(201)
        .body("confidential", equalTo(true));
  }

  /** A probe's variant: a key mistyped in letter case would have dropped the caller's wish. */
  @Test
  void aKeyThatDiffersOnlyInCaseIsRefused() throws Exception {
    String phone = "13355500009";
    refused(intake(phone, "Confidential", "true"), "Confidential", "UNKNOWN_FIELD");
    refused(intake(phone, "CALLERNAME", "\"张三\""), "CALLERNAME", "UNKNOWN_FIELD");
    // breaker review: a misspelling ("confidental") was accepted and the caller shown to the unit
    refused(intake(phone, "confidental", "true"), "confidental", "UNKNOWN_FIELD");
    refused(intake(phone, "confidentail", "true"), "confidentail", "UNKNOWN_FIELD");
    refused(intake(phone, "callerNmae", "\"张三\""), "callerNmae", "UNKNOWN_FIELD");
    assertThat(ticketsWithPhone(phone)).isZero();
  }

  @Test
  void anArrayIsNotAnObjectAndKeysAreUnique() throws Exception {
    String phone = "13355500002";
    String one = intake(phone, "confidential", "true");
    refused("[" + one + "]", "body", "WRONG_TYPE");
    refused(
        one.substring(0, one.length() - 1) + ",\"confidential\":false}",
        "confidential",
        "DUPLICATE_KEY");
    as("operator")
        .body(one + " {}")
        .post("/api/tickets")
        .then()
        .statusCode(400)
        .body("code", equalTo("MALFORMED_REQUEST"))
        .body("errors[0].field", equalTo("body"))
        .body("errors[0].reason", equalTo("MALFORMED"));
    assertThat(ticketsWithPhone(phone)).isZero();
  }

  @Test
  void numbersOutOfRangeDoNotWrap() {
    long id = Tickets.logged("严格 JSON：超出范围的工单号");
    as("dispatcher")
        .body("{\"mainTicketId\":9223372036854775808}")
        .post("/api/tickets/" + id + "/merge")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("mainTicketId"))
        .body("errors[0].reason", equalTo("OUT_OF_RANGE"));
    as("dispatcher")
        .body("{\"mainTicketId\":\"12\"}")
        .post("/api/tickets/" + id + "/merge")
        .then()
        .statusCode(400)
        .body("errors[0].reason", equalTo("WRONG_TYPE"));
    as("dispatcher").get("/api/tickets/" + id).then().body("status", equalTo("PENDING_TRIAGE"));
  }

  @Test
  void textHoldsNoControlCharactersLoneSurrogatesOrBidiOverrides() throws Exception {
    String phone = "13355500003";
    refused(intake(phone, "address", "\"人民路\\u0000 88 号\""), "address", "INVALID_CHARACTER");
    refused(intake(phone, "address", "\"人民路\\ud800 88 号\""), "address", "INVALID_CHARACTER");
    refused(intake(phone, "address", "\"人民路\\u202e88 号\""), "address", "INVALID_CHARACTER");
    refused(intake(phone, "address", "\"人民路\\u2066 88 号\""), "address", "INVALID_CHARACTER");
    refused(intake(phone, "address", "\"人民路\\n88 号\""), "address", "INVALID_CHARACTER");
    refused(intake(phone, "content", "\"噪音\\u0007扰民\""), "content", "INVALID_CHARACTER");
    assertThat(ticketsWithPhone(phone)).isZero();
    // line breaks and tabs belong in multi-line text; supplementary characters are fine
    as("operator")
        .body(intake(phone, "content", "\"第一行\\n第二行\\t𠮷\""))
        .post("/api/tickets")
        .then()
        .statusCode(201)
        .body("content", equalTo("第一行\n第二行\t𠮷"));
  }

  @Test
  void theFieldIsNamedInEnglishToo() throws Exception {
    as("operator")
        .header("Accept-Language", "en")
        .body(intake("13355500004", "confidential", "\"yes\""))
        .post("/api/tickets")
        .then()
        .statusCode(400)
        .body("errors[0].message", equalTo("\"confidential\" has the wrong type."));
  }
}
