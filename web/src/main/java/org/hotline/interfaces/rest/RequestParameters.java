package org.hotline.interfaces.rest;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.ValidationException;
import org.hotline.domain.model.shared.CalendarText;

/**
 * The one way the API reads typed request parameters (查询参数/路径参数) — query, path, header, matrix,
 * cookie and form parameters declared as {@code int}/{@code Integer}, {@code long}/{@code Long} or
 * {@code boolean}/{@code Boolean} on any resource method.
 *
 * <p>JAX-RS answers a query or path parameter it cannot convert with 404, and silently reads {@code
 * ?flag=yes} as {@code false}. Here a value that is not a decimal integer in the type's range
 * ({@code page=abc}, {@code size=ten}, {@code year=twenty}, {@code id=99999999999999999999}) or not
 * exactly {@code true}/{@code false}, a blank at either end ({@code year=%202026}), a sign other
 * than minus ({@code +2026}), and a {@link Year} that is not four digits in a sane range ({@code
 * year=02026}, {@code year=26}: {@link CalendarText#year}) raise a {@link ValidationException}
 * naming the parameter with reason {@code INVALID}: 400 {@code VALIDATION_FAILED} (mapped by {@link
 * ClientErrorProblems}). Ranges that depend on the use (a page size, a year) stay with the service
 * that uses the value; an absent parameter stays null (or the primitive's default).
 */
@Provider
public class RequestParameters implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = name(annotations);
    boolean primitive = rawType.isPrimitive();
    if (rawType == Integer.class || rawType == int.class) {
      return (ParamConverter<T>)
          new Converter<>(name, v -> Integer.valueOf(decimal(v)), primitive ? 0 : null);
    }
    if (rawType == Long.class || rawType == long.class) {
      return (ParamConverter<T>)
          new Converter<>(name, v -> Long.valueOf(decimal(v)), primitive ? 0L : null);
    }
    if (rawType == Year.class) {
      return (ParamConverter<T>) new Converter<>(name, RequestParameters::strictYear, null);
    }
    if (rawType == Boolean.class || rawType == boolean.class) {
      return (ParamConverter<T>)
          new Converter<>(name, RequestParameters::strictBoolean, primitive ? false : null);
    }
    return null;
  }

  /** An optional minus and ASCII digits, nothing else (no plus sign, blank or other digits). */
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+");

  /** {@code value} when it is a plain decimal integer's text; IllegalArgumentException if not. */
  static String decimal(String value) {
    if (!DECIMAL.matcher(value).matches()) {
      throw new IllegalArgumentException(value);
    }
    return value;
  }

  /** A year by {@link CalendarText#year}: four ASCII digits in a sane range, nothing else. */
  static Year strictYear(String value) {
    return Year.of(CalendarText.year(value).orElseThrow(() -> new IllegalArgumentException(value)));
  }

  /** {@code true} or {@code false} (any case), nothing else. */
  static Boolean strictBoolean(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException(value);
    };
  }

  /** The parameter's name as the client wrote it, from its JAX-RS annotation. */
  static String name(Annotation[] annotations) {
    for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
      if (a instanceof QueryParam q) {
        return q.value();
      } else if (a instanceof PathParam p) {
        return p.value();
      } else if (a instanceof HeaderParam h) {
        return h.value();
      } else if (a instanceof MatrixParam m) {
        return m.value();
      } else if (a instanceof CookieParam c) {
        return c.value();
      } else if (a instanceof FormParam f) {
        return f.value();
      }
    }
    return "parameter";
  }

  /**
   * Parses with {@code parse}; blank is {@code absent} (null, or a primitive's default); a failure
   * names the parameter.
   */
  record Converter<T>(String name, Function<String, T> parse, T absent)
      implements ParamConverter<T> {

    @Override
    public T fromString(String value) {
      if (value == null || value.isEmpty()) {
        return absent;
      }
      try {
        // taken exactly as sent: " 2026", "2026 " and "+2026" are refused, not cleaned
        return parse.apply(value);
      } catch (RuntimeException e) {
        throw new ValidationException(List.of(new FieldViolation(name, FieldViolation.INVALID)));
      }
    }

    @Override
    public String toString(T value) {
      return value == null ? null : value.toString();
    }
  }
}
