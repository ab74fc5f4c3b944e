package org.hotline.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.sf.jasperreports.engine.fonts.FontSetInfo;
import org.junit.jupiter.api.Test;

/**
 * Every template prints every character it is given, whole: rare name characters (焜 堃),
 * supplementary-plane characters (𠮷), a 55-character address, the longest values the API accepts,
 * the whole GB 18030-2022 level 1+2 repertoire; and no line starts with closing punctuation.
 * Checked on the exported PDF: the text PDFBox extracts, the outline of every glyph in the embedded
 * fonts, and the ink on the rendered page.
 */
class PrintedTextTest {

  static final String NAME = "赵焜堃";

  /** 55 characters, as in the fault report: too long for one line of the address field. */
  static final String ADDRESS = "山东省济南市历下区泉城路街道芙蓉街社区居委会西侧曲水亭街北首第三十七号院内东厢房二单元五楼五零二室东户门旁车库";

  static final String CONTENT =
      "来电人赵焜堃反映：其邻居𠮷野家（“𠮷”字上为土）在楼道长期堆放杂物，堵塞消防通道，"
          + "多次劝说无果；物业称无权处理。请求尽快核实、处理！另称夜间有人在楼下烧烤，噪音扰民……希望派出所——"
          + "尤其是社区民警——上门调解。𠮷野家电话不详，住址为同楼三单元。";

  private final ReportRenderer renderer = new ReportRenderer();

  static Map<String, Object> ticketParameters() {
    Map<String, Object> p = new HashMap<>();
    p.put("ORG_NAME", "示范县公安局");
    p.put("NUMBER", "20261123-000042");
    p.put("STATUS", "已签收");
    p.put("CHANNEL", "12345热线电话");
    p.put("CALLER", NAME);
    p.put("PHONE", "13912345678");
    p.put("ADDRESS", ADDRESS);
    p.put("AREA", "示范县 / 城关街道 / 芙蓉街社区");
    p.put("CATEGORY", "治安管理 / 噪音扰民");
    p.put("URGENCY", "一般");
    p.put("OWNER_UNIT", "城关派出所");
    p.put("CREATED_AT", "2026-11-23 20:01");
    p.put("DEADLINE", "2026-11-30 18:00");
    p.put("CONTENT", CONTENT);
    p.put("PRINTED_AT", "2026-11-23 21:00");
    return p;
  }

  static Map<String, Object> slipParameters() {
    Map<String, Object> p = new HashMap<>();
    p.put("ORG_NAME", "示范县公安局");
    p.put("NUMBER", "督〔2026〕79号");
    p.put("TITLE", "𠮷野家楼道堆物及烧烤噪音反复投诉（来电人" + NAME + "）");
    p.put("STATUS", "办理中");
    p.put("TICKETS", "20261123-000042、20261124-000007");
    p.put("REQUIREMENTS", CONTENT);
    p.put("DEADLINE", "2026年11月30日");
    p.put("ISSUED_AT", "2026-11-23 21:00");
    p.put("LEAD", "办公室主任 王堃");
    p.put("SUPERVISOR", "副局长 李焜");
    p.put("UNIT", "城关派出所");
    p.put("HEAD", "所长 陈𠮷");
    p.put("REPORT", "已上门核实：" + ADDRESS + "。");
    p.put("PRINTED_AT", "2026-11-23 21:30");
    return p;
  }

  static List<Map<String, ?>> history(String note) {
    return List.of(
        Map.of("at", "2026-11-23 20:01", "actor", "operator / RXZX", "action", "受理", "note", note),
        Map.of(
            "at",
            "2026-11-23 20:05",
            "actor",
            "dispatcher / RXZX",
            "action",
            "派单",
            "note",
            "城关派出所"));
  }

  @Test
  void ticketSheetPrintsRareNameLongAddressAndSupplementaryCharacters() {
    PdfProbe pdf =
        PdfProbe.of(
            renderer.pdf(ReportRenderer.TICKET_SHEET, ticketParameters(), history("来电人" + NAME)));

    assertThat(ADDRESS.codePointCount(0, ADDRESS.length())).isEqualTo(55);
    assertThat(pdf.text()).contains(NAME, "𠮷野家", "20261123-000042", "流转记录");
    assertPrintedWhole(pdf, ADDRESS, CONTENT);
    assertThat(pdf.undrawn()).as("characters without an outline in the PDF").isEmpty();
    assertDrawnWithInk(pdf, "焜", "堃", "𠮷");
    assertLineBreaksFollowChineseRules(pdf);
  }

  @Test
  void supervisionSlipPrintsRareNamesLongTextsAndSupplementaryCharacters() {
    Map<String, Object> p = slipParameters();
    PdfProbe pdf =
        PdfProbe.of(renderer.pdf(ReportRenderer.SUPERVISION_SLIP, p, history("下发，限期办结")));

    assertThat(pdf.text()).contains("示范县公安局局长督办单", "督〔2026〕79号", "王堃", "李焜", "陈𠮷", "办理记录");
    assertPrintedWhole(pdf, (String) p.get("TITLE"), CONTENT, (String) p.get("REPORT"));
    assertThat(pdf.undrawn()).isEmpty();
    assertDrawnWithInk(pdf, "焜", "堃", "𠮷");
    assertLineBreaksFollowChineseRules(pdf);
  }

  @Test
  void theLongestValuesTheApiAcceptsArePrintedWhole() {
    // the columns' limits: caller_name 60, address 300, content and reply_text 4000 characters
    String name = repeat("欧阳焜堃", 15);
    String address = repeat("济南市历下区泉城路芙蓉街曲水亭街𠮷号院，", 15);
    String content = repeat("楼下烧烤摊凌晨两点仍在营业，油烟和噪音严重扰民；", 160);
    String reply = repeat("已联系当事人𠮷先生并上门核实，责令整改。", 200);
    Map<String, Object> p = ticketParameters();
    p.put("CALLER", name);
    p.put("ADDRESS", address.substring(0, 300));
    p.put("CONTENT", content);
    p.put("REPLY", reply);
    List<Map<String, ?>> rows = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      rows.add(
          Map.of(
              "at",
              "2026-11-23 20:" + (10 + i),
              "actor",
              "officer / PS-CHENGGUAN",
              "action",
              "进展",
              "note",
              i + "号记录：" + repeat("已电话联系来电人赵焜堃，", 5)));
    }

    PdfProbe pdf = PdfProbe.of(renderer.pdf(ReportRenderer.TICKET_SHEET, p, rows));

    assertPrintedWhole(pdf, name, address.substring(0, 300), content, reply);
    assertThat(pdf.pages()).isGreaterThan(2);
    for (int page = 1; page <= pdf.pages(); page++) {
      assertThat(pdf.text()).as("footer of every page").contains("第 " + page + " 页");
    }
    for (int i = 0; i < 40; i++) {
      assertPrintedWhole(pdf, i + "号记录：" + repeat("已电话联系来电人赵焜堃，", 5));
    }
    assertThat(pdf.undrawn()).isEmpty();
    assertLineBreaksFollowChineseRules(pdf);
  }

  @Test
  void everyCharacterOfGb18030Levels1And2IsPrintedAndDrawn() {
    // a PDF maps each glyph back to one character: characters the font draws with the same glyph
    // (胶 U+80F6 and 㬵 U+3B35, compatibility ideographs and their unified twins ...) go to
    // separate PDFs, or the text of one would read as the other
    List<String> missing = new ArrayList<>();
    TreeSet<String> undrawn = new TreeSet<>();
    for (int[] part : partsWithoutSharedGlyphs(Gb18030Repertoire.levels1And2())) {
      List<Map<String, ?>> rows = new ArrayList<>();
      int perRow = 120;
      for (int i = 0; i < part.length; i += perRow) {
        StringBuilder chunk = new StringBuilder();
        for (int j = i; j < Math.min(part.length, i + perRow); j++) {
          chunk.appendCodePoint(part[j]);
        }
        rows.add(
            Map.of(
                "at",
                String.format("U+%04X", part[i]),
                "actor",
                "-",
                "action",
                "-",
                "note",
                chunk.toString()));
      }
      PdfProbe pdf =
          PdfProbe.of(renderer.pdf(ReportRenderer.TICKET_SHEET, ticketParameters(), rows));
      TreeSet<Integer> extracted = new TreeSet<>();
      pdf.text().codePoints().forEach(extracted::add);
      for (int cp : part) {
        if (!Character.isWhitespace(cp)
            && Character.getType(cp) != Character.SPACE_SEPARATOR
            && !extracted.contains(cp)) {
          missing.add(String.format("U+%04X %s", cp, Character.toString(cp)));
        }
      }
      undrawn.addAll(pdf.undrawn());
    }
    assertThat(missing).as("characters of levels 1+2 not found in the PDF's text").isEmpty();
    assertThat(undrawn).as("characters of levels 1+2 without an outline").isEmpty();
  }

  /**
   * The code points split so that no two in one part are drawn with the same glyph of the same
   * font.
   */
  static List<int[]> partsWithoutSharedGlyphs(int[] codePoints) {
    FontSetInfo set = FontCoverageTest.fontSet();
    FontRenderContext frc = new FontRenderContext(null, false, false);
    Map<String, Integer> uses = new HashMap<>();
    List<List<Integer>> parts = new ArrayList<>();
    for (int cp : codePoints) {
      Font font = FontCoverageTest.fontFor(set, cp);
      int glyph =
          font == null ? -cp : font.createGlyphVector(frc, Character.toString(cp)).getGlyphCode(0);
      int part = uses.merge(System.identityHashCode(font) + ":" + glyph, 1, Integer::sum) - 1;
      while (parts.size() <= part) {
        parts.add(new ArrayList<>());
      }
      parts.get(part).add(cp);
    }
    return parts.stream().map(p -> p.stream().mapToInt(Integer::intValue).toArray()).toList();
  }

  @Test
  void noLineStartsWithClosingPunctuationOrEndsWithOpeningPunctuation() {
    // sentences of every length from 1 to 60 characters, each ending in a different mark, so that
    // for
    // any line width some mark falls exactly where the line is full
    String[] closing = {
      "，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "】", "》", "”", "……", "——", "％"
    };
    StringBuilder text = new StringBuilder();
    for (int n = 1; n <= 60; n++) {
      text.append("（").append(repeat("字", n)).append(closing[n % closing.length]);
    }
    Map<String, Object> ticket = ticketParameters();
    ticket.put("CONTENT", text.toString());
    ticket.put("ADDRESS", text.substring(0, text.lastIndexOf("（", 300)));
    PdfProbe ticketPdf =
        PdfProbe.of(renderer.pdf(ReportRenderer.TICKET_SHEET, ticket, history(text.toString())));
    assertPrintedWhole(ticketPdf, text.toString());
    assertLineBreaksFollowChineseRules(ticketPdf);

    Map<String, Object> slip = slipParameters();
    slip.put("REQUIREMENTS", text.toString());
    PdfProbe slipPdf =
        PdfProbe.of(renderer.pdf(ReportRenderer.SUPERVISION_SLIP, slip, history(text.toString())));
    assertPrintedWhole(slipPdf, text.toString());
    assertLineBreaksFollowChineseRules(slipPdf);
  }

  /** GB/T 15834 and W3C clreq: marks that may not begin a line, and marks that may not end one. */
  static void assertLineBreaksFollowChineseRules(PdfProbe pdf) {
    String mayNotStart = "、。，．；：？！）］｝〕〉》」』】〗〙〛”’…—·％‰℃";
    String mayNotEnd = "（［｛〔〈《「『【〖〘〚“‘";
    for (String line : pdf.lines()) {
      assertThat(mayNotStart.indexOf(line.charAt(0)))
          .as("line starts with a closing mark: " + line)
          .isLessThan(0);
      assertThat(mayNotEnd.indexOf(line.charAt(line.length() - 1)))
          .as("line ends with an opening mark: " + line)
          .isLessThan(0);
    }
  }

  /** Each value appears whole in the PDF's text (lines joined); the message stays short. */
  static void assertPrintedWhole(PdfProbe pdf, String... values) {
    String joined = pdf.joined();
    for (String value : values) {
      if (!joined.contains(value)) {
        int found = 0;
        while (found < value.length() && joined.contains(value.substring(0, found + 1))) {
          found++;
        }
        throw new AssertionError(
            "not printed whole ("
                + value.length()
                + " chars): only its first "
                + found
                + " characters are, up to \""
                + value.substring(Math.max(0, found - 10), found)
                + "\"");
      }
    }
  }

  static void assertDrawnWithInk(PdfProbe pdf, String... characters) {
    for (String ch : characters) {
      List<Integer> ink = pdf.inkOf(ch);
      assertThat(ink).as("occurrences of " + ch).isNotEmpty();
      assertThat(ink).as("dark pixels where " + ch + " is drawn").allMatch(dark -> dark > 10);
    }
  }

  private static String repeat(String s, int times) {
    return s.repeat(times);
  }
}
