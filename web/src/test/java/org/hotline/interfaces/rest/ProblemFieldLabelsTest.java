package org.hotline.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hotline.application.error.FieldViolation;
import org.junit.jupiter.api.Test;

/**
 * Every field a problem can name has a label in both problem bundles (issue 12 item 1: 「"replyDays"
 * 的值无效」 named the JSON field). The field names are collected from the code: the first argument of
 * every {@code Violations} call ({@code v.add("x", …)}, {@code v.text("x", …)}), of helpers taking
 * the violations first ({@code range(v, "replyDays", …)}), of {@code new FieldViolation("x", …)},
 * the fields of unique-constraint conflicts, and every query, path and form parameter of the
 * resources.
 */
class ProblemFieldLabelsTest {

  private static final List<Pattern> FIELD_SITES =
      List.of(
          Pattern.compile("\\bv\\.\\w+\\(\\s*\"([^\"]+)\""),
          Pattern.compile("\\(\\s*v\\s*,\\s*\"([^\"]+)\""),
          Pattern.compile("new FieldViolation\\(\\s*\"([^\"]+)\""),
          Pattern.compile("v\\.add\\(\\s*[^,;]*\\?\\s*\"(\\w+)\"\\s*:\\s*\"(\\w+)\""),
          Pattern.compile("@(?:QueryParam|PathParam|FormParam)\\(\"([^\"]+)\"\\)"),
          Pattern.compile("rule\\(\"\\w+\",\\s*ErrorCode\\.\\w+,\\s*\"(\\w+)\"\\)"));

  static Set<String> reportedFields() throws IOException {
    Set<String> names = new TreeSet<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("../ejb/src/main/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          String code = Files.readString(f, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
          for (Pattern p : FIELD_SITES) {
            Matcher m = p.matcher(code);
            while (m.find()) {
              for (int g = 1; g <= m.groupCount(); g++) {
                String name = m.group(g);
                if (name != null
                    && name.matches(
                        "[A-Za-z][A-Za-z0-9_.\\[\\]-]*[A-Za-z0-9\\]]")) { // "header." + column: the
                  // column's
                  names.add(ProblemMessages.labelKey(name));
                }
              }
            }
          }
        }
      }
    }
    names.add(ProblemMessages.labelKey(org.hotline.interfaces.rest.json.JsonShape.ROOT));
    names.addAll(bodyFields());
    return names;
  }

  /**
   * The JSON field names of every request body a resource reads (the strict JSON reader names them
   * for a wrong type or a missing value): the components of the records its methods take without a
   * JAX-RS annotation, walked into nested records and lists of records.
   */
  static Set<String> bodyFields() throws IOException {
    Set<String> names = new TreeSet<>();
    Path classes = Path.of("target/classes");
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.toString().endsWith("Resource.class")).toList()) {
        String name = classes.relativize(f).toString().replace('/', '.').replace(".class", "");
        Class<?> resource;
        try {
          resource = Class.forName(name, false, ProblemFieldLabelsTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        for (java.lang.reflect.Method m : resource.getDeclaredMethods()) {
          for (java.lang.reflect.Parameter p : m.getParameters()) {
            if (p.getAnnotations().length == 0) {
              walk(p.getParameterizedType(), names, new java.util.HashSet<>());
            }
          }
        }
      }
    }
    return names;
  }

  private static void walk(java.lang.reflect.Type type, Set<String> names, Set<Class<?>> seen) {
    if (type instanceof java.lang.reflect.ParameterizedType pt) {
      for (java.lang.reflect.Type arg : pt.getActualTypeArguments()) {
        walk(arg, names, seen);
      }
      return;
    }
    if (type instanceof Class<?> c
        && c.isRecord()
        // a refused character's position and code point describe a field, they are none
        && c != org.hotline.domain.model.shared.RefusedCharacter.class
        && c != org.hotline.application.error.FieldViolation.class
        && seen.add(c)) {
      for (java.lang.reflect.RecordComponent rc : c.getRecordComponents()) {
        names.add(rc.getName());
        walk(rc.getGenericType(), names, seen);
      }
    }
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ProblemFieldLabelsTest.class.getResourceAsStream("/" + name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyReportedFieldHasALabelInChineseAndEnglish() throws IOException {
    Set<String> fields = reportedFields();
    assertThat(fields).contains("newDeadline", "replyDays", "signHours", "remindBeforeDays");
    assertThat(fields).hasSizeGreaterThan(100);
    for (String bundle : List.of("problems_zh.properties", "problems_en.properties")) {
      Properties p = bundle(bundle);
      assertThat(fields.stream().filter(f -> !p.containsKey("label." + f)).toList())
          .as("fields without a label in %s", bundle)
          .isEmpty();
    }
  }

  @Test
  void messagesNameTheFieldInPeoplesWords() {
    assertThat(
            ProblemMessages.field(
                Locale.CHINESE, new FieldViolation("replyDays", FieldViolation.REQUIRED)))
        .isEqualTo("“回复时限（工作日）”为必填项。")
        .doesNotContain("replyDays");
    assertThat(
            ProblemMessages.field(
                Locale.ENGLISH, new FieldViolation("occurredAt", FieldViolation.INVALID)))
        .isEqualTo("\"time of service\" has an invalid value.");
    assertThat(
            ProblemMessages.field(
                Locale.CHINESE,
                new FieldViolation(
                    "newDeadline",
                    FieldViolation.BEYOND_LIMIT,
                    FieldViolation.subjects("2026-12-20", "5"))))
        .isEqualTo("“延期至”不能晚于 2026-12-20（时限规则最多延期 5 个工作日）。");
    assertThat(
            ProblemMessages.field(
                Locale.ENGLISH,
                new FieldViolation(
                    "replyDays", FieldViolation.INVALID, FieldViolation.subjects("0", "60"))))
        .isEqualTo("\"reply limit (working days)\" must be between 0 and 60.");
  }
}
