package org.hotline.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import org.hotline.application.error.ValidationException;
import org.junit.jupiter.api.Test;

/** The shared parsing of typed request parameters: strict, in range, the parameter named. */
class RequestParametersTest {

  @SuppressWarnings("unused")
  private static void resource(
      @QueryParam("page") Integer page,
      @PathParam("id") long id,
      @QueryParam("overdue") Boolean overdue) {}

  private static Annotation[] annotationsOf(int parameter) throws NoSuchMethodException {
    return RequestParametersTest.class.getDeclaredMethod(
            "resource", Integer.class, long.class, Boolean.class)
        .getParameterAnnotations()[parameter];
  }

  private static String rejected(Runnable parse) {
    ValidationException e = catchThrowableOfType(ValidationException.class, parse::run);
    assertThat(e).isNotNull();
    assertThat(e.violations()).hasSize(1);
    assertThat(e.violations().get(0).reason()).isEqualTo("INVALID");
    return e.violations().get(0).field();
  }

  @Test
  void integersAreDecimalAndInRange() throws Exception {
    var page = new RequestParameters().getConverter(Integer.class, Integer.class, annotationsOf(0));
    assertThat(page.fromString("3")).isEqualTo(3);
    assertThat(page.fromString("")).isNull();
    assertThat(rejected(() -> page.fromString("abc"))).isEqualTo("page");
    assertThat(rejected(() -> page.fromString("ten"))).isEqualTo("page");
    assertThat(rejected(() -> page.fromString("2147483648"))).isEqualTo("page");
    assertThat(rejected(() -> page.fromString("1.5"))).isEqualTo("page");
  }

  @Test
  void integersAreTakenExactlyAsSent() throws Exception {
    var page = new RequestParameters().getConverter(Integer.class, Integer.class, annotationsOf(0));
    for (String bad : new String[] {"+3", " 3", "3 ", "\u0663", "\uFF13", "3\u200B"}) {
      assertThat(rejected(() -> page.fromString(bad))).as(bad).isEqualTo("page");
    }
  }

  @Test
  void aYearIsFourPlainDigitsInASaneRange() throws Exception {
    var year =
        new RequestParameters()
            .getConverter(java.time.Year.class, java.time.Year.class, annotationsOf(0));
    assertThat(year.fromString("2026")).isEqualTo(java.time.Year.of(2026));
    assertThat(year.fromString("")).isNull();
    for (String bad : new String[] {"+2026", " 2026", "2026 ", "02026", "26", "0", "99999"}) {
      assertThat(rejected(() -> year.fromString(bad))).as(bad).isEqualTo("page");
    }
  }

  @Test
  void pathIdsAreNamedToo() throws Exception {
    var id = new RequestParameters().getConverter(long.class, long.class, annotationsOf(1));
    assertThat(id.fromString("42")).isEqualTo(42L);
    assertThat(rejected(() -> id.fromString("99999999999999999999"))).isEqualTo("id");
    assertThat(rejected(() -> id.fromString("4x"))).isEqualTo("id");
  }

  @Test
  void booleansAreTrueOrFalseOnly() throws Exception {
    var overdue =
        new RequestParameters().getConverter(Boolean.class, Boolean.class, annotationsOf(2));
    assertThat(overdue.fromString("true")).isTrue();
    assertThat(overdue.fromString("FALSE")).isFalse();
    assertThat(rejected(() -> overdue.fromString("yes"))).isEqualTo("overdue");
    assertThat(rejected(() -> overdue.fromString("1"))).isEqualTo("overdue");
  }

  @Test
  void otherTypesAreLeftToTheRuntime() {
    assertThat(new RequestParameters().getConverter(String.class, String.class, new Annotation[0]))
        .isNull();
  }
}
