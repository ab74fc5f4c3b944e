package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hotline.it.ItServer.anonymous;
import static org.hotline.it.ItServer.as;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Rating targets and their QR codes (扫码评警, issue 15, slice 1): demo targets of every kind with
 * unguessable tokens; the admin creates, revokes and re-issues; the PNG decodes back to the
 * target's public address; the printable sheet names the targets; an old code says it was
 * withdrawn.
 */
class RatingTargetsIT {

  private static final String TOKEN_URL = "^/r/[A-Za-z0-9_-]{22}$";

  static String token(String ratingUrl) {
    return ratingUrl.substring("/r/".length());
  }

  /** The text a QR PNG encodes, decoded with ZXing. */
  static String decode(byte[] png) throws Exception {
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    var bitmap =
        new BinaryBitmap(
            new HybridBinarizer(new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)));
    return new QRCodeReader().decode(bitmap).getText();
  }

  @Test
  void demoTargetsOfEveryKindCarryUnguessableTokens() {
    JsonPath all =
        as("admin").get("/api/rating-targets").then().statusCode(200).extract().jsonPath();
    List<String> kinds = all.getList("findAll { it.unitCode == 'PS-CHENGGUAN' }.kind");
    assertThat(kinds).contains("OFFICER", "WINDOW", "VEHICLE", "UNIT", "COMMUNITY");
    assertThat(all.getString("find { it.officerBadge == '003001' }.name")).contains("张伟");
    List<String> urls = all.getList("findAll { it.active }.ratingUrl");
    assertThat(urls).allMatch(u -> u.matches(TOKEN_URL));
    assertThat(new HashSet<>(urls)).hasSameSizeAs(urls);
    // the token says nothing about its target: neither its id nor the badge number appear in it
    Map<String, Object> officer = all.getMap("find { it.officerBadge == '003001' }");
    assertThat(token((String) officer.get("ratingUrl"))).doesNotContain("003001");

    // a unit sees only its own targets
    List<String> chiefUnits =
        as("chief")
            .get("/api/rating-targets")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("unitCode");
    assertThat(chiefUnits).isNotEmpty().containsOnly("PS-CHENGGUAN");
    as("chief")
        .queryParam("unit", "PS-DONGGUAN")
        .get("/api/rating-targets")
        .then()
        .statusCode(400)
        .body("errors[0].reason", equalTo("OTHER_UNIT"));
    long other = all.getLong("find { it.unitCode == 'PS-DONGGUAN' }.id");
    as("chief")
        .get("/api/rating-targets/" + other)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    as("chief").get("/api/rating-targets/" + other + "/qr.png").then().statusCode(404);
  }

  @Test
  void theAdminCreatesTargetsAndBadInputIsRefusedWithItsField() {
    JsonPath created =
        as("admin")
            .body(Map.of("kind", "WINDOW", "name", "城关派出所 出入境窗口 IT", "unitCode", "PS-CHENGGUAN"))
            .post("/api/rating-targets")
            .then()
            .statusCode(201)
            .body("kind", equalTo("WINDOW"))
            .body("unitCode", equalTo("PS-CHENGGUAN"))
            .body("active", equalTo(true))
            .extract()
            .jsonPath();
    assertThat(created.getString("ratingUrl")).matches(TOKEN_URL);
    as("admin")
        .get("/api/rating-targets/" + created.getLong("id"))
        .then()
        .statusCode(200)
        .body("ratingUrl", equalTo(created.getString("ratingUrl")));

    as("chief")
        .body(Map.of("kind", "WINDOW", "name", "x", "unitCode", "PS-CHENGGUAN"))
        .post("/api/rating-targets")
        .then()
        .statusCode(403);
    as("admin")
        .body(Map.of("kind", "OFFICER", "officerBadge", "003001"))
        .post("/api/rating-targets")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("officerBadge"))
        .body("errors[0].reason", equalTo("DUPLICATE"));
    as("admin")
        .body(Map.of("kind", "OFFICER", "officerBadge", "999999"))
        .post("/api/rating-targets")
        .then()
        .statusCode(400)
        .body("errors[0].reason", equalTo("UNKNOWN_CODE"));
    as("admin")
        .body(Map.of("kind", "BICYCLE", "name", "x", "unitCode", "PS-CHENGGUAN"))
        .post("/api/rating-targets")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("kind"))
        .body("errors[0].reason", equalTo("INVALID"));
    as("admin")
        .body(Map.of("kind", "VEHICLE", "unitCode", "PS-NOWHERE"))
        .post("/api/rating-targets")
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItems("name", "unitCode"));
    as("admin")
        .body(Map.of("kind", "VEHICLE", "name", "警".repeat(61), "unitCode", "PS-CHENGGUAN"))
        .post("/api/rating-targets")
        .then()
        .statusCode(400)
        .body("errors[0].reason", equalTo("TOO_LONG"));
  }

  @Test
  void theQrCodeDecodesBackToTheTargetsPublicAddress() throws Exception {
    long id = RatingRequests.newTarget("VEHICLE", "巡逻车 IT·0001", "PS-DONGGUAN").getLong("id");
    String url = as("admin").get("/api/rating-targets/" + id).then().extract().path("ratingUrl");
    byte[] png =
        as("admin")
            .get("/api/rating-targets/" + id + "/qr.png")
            .then()
            .statusCode(200)
            .contentType("image/png")
            .extract()
            .asByteArray();
    assertThat(decode(png)).isEqualTo(ItServer.BASE_URL + url);
    // the public side names the target and nothing else
    anonymous()
        .get("/api/public/rating-codes/" + token(url))
        .then()
        .statusCode(200)
        .body("name", equalTo("巡逻车 IT·0001"))
        .body("kind", equalTo("VEHICLE"));
  }

  @Test
  void aRevokedCodeSaysSoAndAReissuedCodeReplacesIt() throws Exception {
    long id = RatingRequests.newTarget("WINDOW", "东关派出所 户政窗口 IT", "PS-DONGGUAN").getLong("id");
    String first =
        token(as("admin").get("/api/rating-targets/" + id).then().extract().path("ratingUrl"));

    as("admin")
        .body(Map.of())
        .post("/api/rating-targets/" + id + "/revoke")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    anonymous()
        .get("/api/public/rating-codes/" + first)
        .then()
        .statusCode(200); // the refusal changed nothing
    as("admin")
        .body(Map.of("reason", "窗口撤并"))
        .post("/api/rating-targets/" + id + "/revoke")
        .then()
        .statusCode(200)
        .body("active", equalTo(false))
        .body("ratingUrl", nullValue());
    anonymous()
        .get("/api/public/rating-codes/" + first)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("RATING_CODE_REVOKED"))
        .body("title", equalTo("评价码已作废"));
    anonymous()
        .header("Accept-Language", "en")
        .get("/api/public/rating-codes/" + first)
        .then()
        .statusCode(404)
        .body("title", equalTo("Rating code withdrawn"));
    as("admin").get("/api/rating-targets/" + id + "/qr.png").then().statusCode(404);

    String second =
        token(
            as("admin")
                .body(Map.of("reason", "恢复窗口"))
                .post("/api/rating-targets/" + id + "/reissue")
                .then()
                .statusCode(200)
                .body("active", equalTo(true))
                .extract()
                .path("ratingUrl"));
    assertThat(second).isNotEqualTo(first);
    anonymous().get("/api/public/rating-codes/" + second).then().statusCode(200);
    anonymous()
        .get("/api/public/rating-codes/" + first)
        .then()
        .statusCode(404)
        .body("code", equalTo("RATING_CODE_REVOKED"));
    // re-issuing again (a lost sticker) withdraws the code in force
    String third =
        token(
            as("admin")
                .body(Map.of())
                .post("/api/rating-targets/" + id + "/reissue")
                .then()
                .statusCode(200)
                .extract()
                .path("ratingUrl"));
    anonymous()
        .get("/api/public/rating-codes/" + second)
        .then()
        .statusCode(404)
        .body("code", equalTo("RATING_CODE_REVOKED"));
    assertThat(
            decode(
                as("admin")
                    .get("/api/rating-targets/" + id + "/qr.png")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray()))
        .endsWith("/r/" + third);

    // unknown tokens: well-formed but never issued, the same with one letter's case changed, or
    // garbage
    anonymous()
        .get("/api/public/rating-codes/AAAAAAAAAAAAAAAAAAAAAA")
        .then()
        .statusCode(404)
        .body("code", equalTo("RATING_CODE_UNKNOWN"));
    String flipped = flipCase(third);
    if (flipped != null) {
      anonymous()
          .get("/api/public/rating-codes/" + flipped)
          .then()
          .statusCode(404)
          .body("code", equalTo("RATING_CODE_UNKNOWN"));
    }
    anonymous()
        .get("/api/public/rating-codes/not-a-token")
        .then()
        .statusCode(404)
        .body("code", equalTo("RATING_CODE_UNKNOWN"));
  }

  private static String flipCase(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLetter(c)) {
        char f = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
        return token.substring(0, i) + f + token.substring(i + 1);
      }
    }
    return null;
  }

  @Test
  void thePrintableSheetNamesTheUnitsTargets() throws Exception {
    byte[] pdf =
        as("chief")
            .queryParam("unit", "PS-CHENGGUAN")
            .get("/api/rating-targets/qr-sheet.pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("扫码评警").contains("张伟").contains("城关派出所 户籍窗口").contains("用手机扫描二维码");
      assertThat(doc.getPage(0).getResources().getXObjectNames()).isNotEmpty();
    }
    as("admin")
        .queryParam("unit", "PS-NOWHERE")
        .get("/api/rating-targets/qr-sheet.pdf")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("unit"));
  }
}
