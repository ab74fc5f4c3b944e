package org.hotline.application.callback;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.ValidationException;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * Reads an uploaded file of service records (服务记录导入) into rows: CSV through Apache Commons CSV
 * (UTF-8 with or without a byte-order mark, or GB18030 as Chinese Excel saves it) or the first
 * sheet of an XLSX workbook through Apache POI. The first row names the columns, in any order: the
 * JSON field names ({@code sourceSystem, externalId, kind, occurredAt, citizenPhone, officerBadge,
 * unitCode, summary}) or their Chinese headings ({@code 来源系统, 外部编号, 类型, 发生时间, 群众电话, 警号, 单位编码, 摘要}).
 * A date cell of a workbook is read as Asia/Shanghai time; so are the local times people export
 * ({@code 2026-11-29 10:15}, {@code 2026/11/29 10:15:30}), and the kind may be given by its Chinese
 * name (110接处警, 窗口办事) as well as its code ({@link UploadValues}). Empty rows are skipped.
 *
 * <p>A file that cannot be read at all, or whose header lacks a column, is refused as a whole
 * ({@link ValidationException}, field {@code file} or {@code header.<column>}); a line that is not
 * valid CSV (an unterminated quote) is reported with its line ({@link #BROKEN_LINE}) and the other
 * rows are kept; a NUL or other control character in a cell is the cell's business; bad values are
 * the business of {@link ServiceRecordService}, row by row.
 */
public final class ServiceRecordFile {

  /**
   * A row of the file: its number (the header is row 1) and its values; or, for a line that could
   * not be read as CSV, no values and the reason ({@link #BROKEN_LINE}), refused on its own.
   */
  public record Row(int line, ServiceRecordInput input, List<FieldViolation> broken) {

    /** A row that was read. */
    public Row(int line, ServiceRecordInput input) {
      this(line, input, List.of());
    }
  }

  /** Reason of a line that is not valid CSV (an unterminated quote …), reported with its line. */
  public static final String BROKEN_LINE = "BROKEN_LINE";

  /** The most rows one upload may hold. */
  public static final int MAX_ROWS = ServiceRecordService.MAX_BATCH;

  static final List<String> COLUMNS =
      List.of(
          "sourceSystem",
          "externalId",
          "kind",
          "occurredAt",
          "citizenPhone",
          "officerBadge",
          "unitCode",
          "summary");
  private static final List<String> REQUIRED_COLUMNS =
      List.of("sourceSystem", "externalId", "kind", "occurredAt", "citizenPhone", "unitCode");
  private static final Map<String, String> HEADINGS =
      Map.of(
          "来源系统",
          "sourceSystem",
          "外部编号",
          "externalId",
          "类型",
          "kind",
          "发生时间",
          "occurredAt",
          "群众电话",
          "citizenPhone",
          "警号",
          "officerBadge",
          "单位编码",
          "unitCode",
          "摘要",
          "summary");

  private ServiceRecordFile() {}

  /**
   * Whether the bytes are a binary file rather than text: a NUL byte in the first line or NUL bytes
   * making more than 10 % of the first 8 KiB (no CSV in UTF-8 or GB18030 holds them; a stray NUL or
   * another control character inside a cell is the cell's business and is refused with its line) or
   * the signature of an old Excel/OLE2 file, a PDF, a PNG, a JPEG or a GIF.
   */
  static boolean binary(byte[] content) {
    int n = Math.min(content.length, 8192);
    int nul = 0;
    boolean firstLine = true;
    for (int i = 0; i < n; i++) {
      if (content[i] == '\n') {
        firstLine = false;
      } else if (content[i] == 0) {
        if (firstLine) {
          return true; // no header of a CSV holds a NUL (UTF-16 text, a binary format)
        }
        nul++;
      }
    }
    // a stray NUL in a data line is that cell's business (refused with its line), many are binary
    if (nul * 10 > n) {
      return true;
    }
    return startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)
        || startsWith(content, '%', 'P', 'D', 'F')
        || startsWith(content, 0x89, 'P', 'N', 'G')
        || startsWith(content, 0xFF, 0xD8, 0xFF)
        || startsWith(content, 'G', 'I', 'F', '8');
  }

  private static boolean startsWith(byte[] content, int... signature) {
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((content[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the bytes are an XLSX workbook (a ZIP container) rather than CSV text. */
  public static boolean isWorkbook(byte[] content) {
    return content.length > 3
        && content[0] == 'P'
        && content[1] == 'K'
        && content[2] == 3
        && content[3] == 4;
  }

  /**
   * The rows of a CSV or XLSX file (told apart by content).
   *
   * @throws ValidationException the file is empty, unreadable, too long, or its header lacks a
   *     column
   */
  public static List<Row> read(byte[] content) {
    if (content == null || content.length == 0) {
      throw refused("file", FieldViolation.REQUIRED);
    }
    if (isWorkbook(content)) {
      return readWorkbook(content);
    }
    if (binary(content)) {
      // not text and not an XLSX (a .xls, an image, a PDF renamed .xlsx): one error for the file,
      // not a header of garbage columns
      throw refused("file", FieldViolation.INVALID);
    }
    return readCsv(decode(content));
  }

  /**
   * The rows of a CSV text. A line that is not valid CSV (an unterminated quote, text after a
   * closing quote) does not refuse the file: it is reported as a row of its own with {@link
   * #BROKEN_LINE} at its line, and reading goes on at the next line, so the good rows are kept.
   */
  static List<Row> readCsv(String text) {
    // empty lines are records here, so that the numbers count the lines of the file; skipped below
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(false).get();
    List<List<String>> lines = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    List<Integer> broken = new ArrayList<>();
    int[] starts = lineStarts(text);
    int from = 1; // the line reading (re)starts at
    while (from <= starts.length) {
      int restart = -1;
      try (CSVParser parser =
          CSVParser.parse(new StringReader(text.substring(starts[from - 1])), format)) {
        long endOfPrevious = 0;
        java.util.Iterator<CSVRecord> it = parser.iterator();
        while (true) {
          CSVRecord r;
          try {
            if (!it.hasNext()) {
              break;
            }
            r = it.next();
          } catch (java.io.UncheckedIOException | IllegalStateException e) {
            // e.g. an unterminated quote: the record began on the line after the previous one
            int line = from + (int) endOfPrevious;
            broken.add(line);
            restart = line + 1;
            break;
          }
          // a record starts on the line after the previous one ended (a quoted cell may span lines)
          int line = from + (int) endOfPrevious;
          endOfPrevious = parser.getCurrentLineNumber();
          if (r.stream().allMatch(String::isBlank)) {
            continue;
          }
          lines.add(r.stream().map(ServiceRecordFile::blanksAround).toList());
          numbers.add(line);
          if (lines.size() + broken.size() > MAX_ROWS + 1) {
            throw refused("file", FieldViolation.TOO_LONG);
          }
        }
      } catch (IOException e) {
        throw refused("file", FieldViolation.INVALID);
      }
      if (restart < 0) {
        break;
      }
      from = restart;
    }
    if (!broken.isEmpty() && (lines.isEmpty() || broken.get(0) < numbers.get(0))) {
      // the header itself is broken: no column can be told
      throw refused("file", FieldViolation.INVALID);
    }
    List<Row> rows = new ArrayList<>(rows(lines, numbers));
    for (int line : broken) {
      rows.add(new Row(line, null, List.of(new FieldViolation("line", BROKEN_LINE))));
    }
    rows.sort(java.util.Comparator.comparingInt(Row::line));
    return rows;
  }

  /**
   * The offset of each line's first character (line 1 at index 0), lines ended as Commons CSV
   * counts them: LF, CR LF or CR.
   */
  static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (i + 1 < text.length()) {
          starts.add(i + 1);
        }
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  static List<Row> readWorkbook(byte[] content) {
    List<List<String>> lines = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      Sheet sheet = book.getSheetAt(0);
      for (org.apache.poi.ss.usermodel.Row r : sheet) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < Math.max(r.getLastCellNum(), 0); c++) {
          values.add(cellText(r.getCell(c), formatter));
        }
        if (values.stream().allMatch(String::isBlank)) {
          continue;
        }
        lines.add(values);
        numbers.add(r.getRowNum() + 1);
        if (lines.size() > MAX_ROWS + 1) {
          throw refused("file", FieldViolation.TOO_LONG);
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ValidationException v) {
        throw v;
      }
      throw refused("file", FieldViolation.INVALID);
    }
    return rows(lines, numbers);
  }

  private static String cellText(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      LocalDateTime local = cell.getLocalDateTimeCellValue();
      return local.atZone(BusinessTime.ZONE).toOffsetDateTime().toString();
    }
    if (type == CellType.NUMERIC) {
      // phone numbers typed as numbers: 13912345678, never 1.39E10
      return new java.math.BigDecimal(Double.toString(cell.getNumericCellValue()))
          .stripTrailingZeros()
          .toPlainString();
    }
    return blanksAround(formatter.formatCellValue(cell));
  }

  /**
   * A cell without the plain blanks (U+0020) around it (a space after the comma is the file's
   * layout). Nothing else is trimmed: a control, bidi or zero-width character at either end stays
   * and is refused by the one rule of the services ({@code Violations.identifier}/{@code text}), as
   * in a JSON record.
   */
  static String blanksAround(String cell) {
    int from = 0;
    int to = cell.length();
    while (from < to && cell.charAt(from) == ' ') {
      from++;
    }
    while (to > from && cell.charAt(to - 1) == ' ') {
      to--;
    }
    return cell.substring(from, to);
  }

  private static List<Row> rows(List<List<String>> lines, List<Integer> numbers) {
    if (lines.isEmpty()) {
      throw refused("file", FieldViolation.REQUIRED);
    }
    Map<String, Integer> index = new HashMap<>();
    List<String> header = lines.get(0);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).replace("\uFEFF", "").strip();
      String column = HEADINGS.getOrDefault(name, name);
      for (String c : COLUMNS) {
        if (c.equalsIgnoreCase(column)) {
          index.putIfAbsent(c, i);
        }
      }
    }
    List<FieldViolation> missing =
        REQUIRED_COLUMNS.stream()
            .filter(c -> !index.containsKey(c))
            .map(c -> new FieldViolation("header." + c, FieldViolation.REQUIRED))
            .toList();
    if (!missing.isEmpty()) {
      throw new ValidationException(missing);
    }
    List<Row> rows = new ArrayList<>();
    for (int n = 1; n < lines.size(); n++) {
      List<String> v = lines.get(n);
      if (v.stream().allMatch(String::isBlank)) {
        continue;
      }
      rows.add(
          new Row(
              numbers.get(n),
              new ServiceRecordInput(
                  at(v, index, "sourceSystem"),
                  at(v, index, "externalId"),
                  UploadValues.kind(at(v, index, "kind")),
                  UploadValues.occurredAt(at(v, index, "occurredAt")),
                  at(v, index, "citizenPhone"),
                  at(v, index, "officerBadge"),
                  at(v, index, "unitCode"),
                  at(v, index, "summary"))));
    }
    return rows;
  }

  private static String at(List<String> values, Map<String, Integer> index, String column) {
    Integer i = index.get(column);
    return i == null || i >= values.size() ? null : values.get(i);
  }

  /**
   * UTF-8 (a byte-order mark dropped) when the bytes are valid UTF-8, else GB18030 (Chinese Excel's
   * CSV).
   */
  static String decode(byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      return new String(content, Charset.forName("GB18030"));
    }
  }

  private static ValidationException refused(String field, String reason) {
    return new ValidationException(List.of(new FieldViolation(field, reason)));
  }
}
