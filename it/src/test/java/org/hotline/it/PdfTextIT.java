package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The PDFs the running server produces print every character they are given (issue 10, item 9): a
 * caller named 赵焜堃, a 55-character address, content with 𠮷 (U+20BB7); read back with PDFBox, every
 * character is in the text, every glyph drawn has an outline in an embedded font, nothing is cut,
 * and no line starts with a closing mark.
 */
class PdfTextIT {

  static final String NAME = "赵焜堃";
  static final String ADDRESS = "山东省济南市历下区泉城路街道芙蓉街社区居委会西侧曲水亭街北首第三十七号院内东厢房二单元五楼五零二室东户门旁车库";
  static final String CONTENT =
      "来电人赵焜堃反映：其邻居𠮷野家（“𠮷”字上为土）在楼道长期堆放杂物，堵塞消防通道，"
          + "多次劝说无果；物业称无权处理。请求尽快核实、处理！另称夜间有人在楼下烧烤，噪音扰民……希望派出所——"
          + "尤其是社区民警——上门调解。𠮷野家电话不详，住址为同楼三单元。";

  @Test
  void ticketSheetPrintsRareNameLongAddressAndSupplementaryCharacters() throws IOException {
    assertThat(ADDRESS.codePointCount(0, ADDRESS.length())).isEqualTo(55);
    Map<String, Object> call = new HashMap<>(Tickets.call(CONTENT));
    call.put("callerName", NAME);
    call.put("address", ADDRESS);
    long id = Tickets.log(call).getLong("id");

    Printed pdf =
        Printed.of(
            as("dispatcher")
                .get("/api/tickets/" + id + "/sheet.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray());

    assertThat(pdf.text).contains(NAME, "𠮷野家");
    assertThat(pdf.joined()).contains(ADDRESS, CONTENT);
    assertThat(pdf.withoutOutline).as("characters drawn without a glyph").isEmpty();
    pdf.assertNoLineStartsWithClosingMark();
  }

  @Test
  void supervisionSlipPrintsRareCharactersAndLongRequirementsWhole() throws IOException {
    long ticket =
        RectificationAndSlipsIT.calledBack("督办单打印测试：" + NAME + "反映𠮷野家堆物", "DISSATISFIED");
    Map<String, Object> slip =
        new HashMap<>(
            RectificationAndSlipsIT.slip(
                ticket, LocalDate.now(RectificationAndSlipsIT.SHANGHAI).plusDays(10)));
    slip.put("title", "𠮷野家楼道堆物反复投诉（来电人" + NAME + "）");
    slip.put("requirements", CONTENT + "所长亲自核实整改、亲自回访来电人" + NAME + "，限期书面报告。");
    long id =
        as("director")
            .body(slip)
            .post("/api/slips")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");

    Printed pdf =
        Printed.of(
            as("chief")
                .get("/api/slips/" + id + "/sheet.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray());

    assertThat(pdf.text).contains("局长督办单", NAME);
    assertThat(pdf.joined())
        .contains((String) slip.get("title"), (String) slip.get("requirements"));
    assertThat(pdf.withoutOutline).isEmpty();
    pdf.assertNoLineStartsWithClosingMark();
  }

  /** A PDF read back with PDFBox. */
  static final class Printed {
    final String text;
    final TreeSet<String> withoutOutline = new TreeSet<>();

    private Printed(String text) {
      this.text = text;
    }

    static Printed of(byte[] bytes) throws IOException {
      try (PDDocument doc = Loader.loadPDF(bytes)) {
        List<TextPosition> positions = new java.util.ArrayList<>();
        PDFTextStripper stripper =
            new PDFTextStripper() {
              @Override
              protected void processTextPosition(TextPosition position) {
                super.processTextPosition(position);
                positions.add(position);
              }
            };
        Printed printed = new Printed(stripper.getText(doc));
        for (TextPosition p : positions) {
          if (!p.getUnicode().isBlank() && !hasOutline(p)) {
            printed.withoutOutline.add(p.getUnicode());
          }
        }
        return printed;
      }
    }

    private static boolean hasOutline(TextPosition position) {
      PDFont font = position.getFont();
      if (!font.isEmbedded() || !(font instanceof PDVectorFont vector)) {
        return false;
      }
      try {
        for (int code : position.getCharacterCodes()) {
          GeneralPath path = vector.getPath(code);
          if (!vector.hasGlyph(code) || path == null || path.getBounds2D().isEmpty()) {
            return false;
          }
        }
        return true;
      } catch (IOException e) {
        return false;
      }
    }

    String joined() {
      return text.replaceAll("[\\r\\n]", "");
    }

    void assertNoLineStartsWithClosingMark() {
      for (String line : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
        assertThat("、。，；：？！）」』】》”…—".indexOf(line.charAt(0)))
            .as("line starts with a closing mark: " + line)
            .isLessThan(0);
      }
    }
  }
}
