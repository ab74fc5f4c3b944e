package org.hotline.interfaces.rest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.hotline.application.error.CheckedPerRow;
import org.hotline.application.error.FieldViolation;
import org.hotline.domain.model.shared.RefusedCharacter;
import org.hotline.domain.model.shared.TextCharacters;

/**
 * Checks a parsed JSON tree against the Java type it will be bound to (JSON 形状校验), so that no value
 * is silently converted: a boolean field takes only {@code true}/{@code false} (not {@code 1},
 * {@code "1"}, {@code "yes"}), a number field only an integral number within the field's range, a
 * text field only a string with acceptable characters ({@link TextCharacters}), a list only an
 * array, a record only an object (not an array whose first element would be used). {@code null} is
 * left to the application's own "required" rules. A key that names no property is ignored (its
 * texts still checked) unless it looks like a misspelling of one ({@link #UNKNOWN_FIELD}).
 */
public final class JsonShape {

  /** The field name used for the body as a whole. */
  public static final String ROOT = "body";

  /** Not JSON at all. */
  public static final String MALFORMED = "MALFORMED";

  /**
   * Reason of a key that names no property but differs from one only in letter case ({@code
   * Confidential}) or by a slip of the keyboard ({@code confidental}: {@link #nearest}): refused,
   * since ignoring it would drop what the client meant — a caller's wish for confidentiality.
   */
  public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";

  private JsonShape() {}

  /** {@code parent.name}, or {@code name} at the root. */
  public static String path(String parent, String name) {
    return ROOT.equals(parent) ? name : parent + "." + name;
  }

  /**
   * Records in {@code found} every value of {@code node} that does not fit {@code type}.
   *
   * @param node the JSON value (null or JSON null: nothing to check)
   * @param type the Java type it binds to
   * @param path the field's path for the error ({@link #ROOT} for the body)
   * @param found where violations are added
   */
  public static void check(JsonNode node, Type type, String path, List<FieldViolation> found) {
    if (node == null || node.isNull()) {
      if (type instanceof Class<?> c && c.isPrimitive()) {
        found.add(new FieldViolation(path, FieldViolation.REQUIRED));
      }
      return;
    }
    Class<?> raw = raw(type);
    if (raw == Object.class
        || JsonNode.class.isAssignableFrom(raw)
        || raw.getName().startsWith("jakarta.json.")) {
      return;
    }
    if (raw == String.class || raw.isEnum() || raw == Character.class || raw == char.class) {
      text(node, path, found);
    } else if (raw == Boolean.class || raw == boolean.class) {
      expect(node.isBoolean(), path, found);
    } else if (integral(raw)) {
      integer(node, raw, path, found);
    } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
      expect(node.isNumber(), path, found);
    } else if (raw.getName().startsWith("java.time.") || raw == java.util.UUID.class) {
      // parsed from a string by JSON-B; the format is the application's business
      text(node, path, found);
    } else if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
      array(node, raw.isArray() ? raw.getComponentType() : argument(type, 0), path, found);
    } else if (Map.class.isAssignableFrom(raw)) {
      if (expect(node.isObject(), path, found)) {
        node.properties()
            .forEach(e -> check(e.getValue(), argument(type, 1), path(path, e.getKey()), found));
      }
    } else if (expect(node.isObject(), path, found)) {
      properties(node, raw, path, found);
    }
  }

  private static void text(JsonNode node, String path, List<FieldViolation> found) {
    // a text of invisible characters only (padding, a tab) is blank: the service names it REQUIRED
    if (expect(node.isTextual(), path, found)
        && !org.hotline.domain.model.shared.VisibleText.isBlank(node.textValue())) {
      RefusedCharacter.in(node.textValue(), TextCharacters.multiLineField(path))
          .ifPresent(r -> found.add(FieldViolation.invalidCharacter(path, r)));
    }
  }

  private static void integer(
      JsonNode node, Class<?> raw, String path, List<FieldViolation> found) {
    if (!expect(node.isIntegralNumber(), path, found)) {
      return;
    }
    BigInteger value = node.bigIntegerValue();
    BigInteger min;
    BigInteger max;
    if (raw == Integer.class || raw == int.class) {
      min = BigInteger.valueOf(Integer.MIN_VALUE);
      max = BigInteger.valueOf(Integer.MAX_VALUE);
    } else if (raw == Short.class || raw == short.class) {
      min = BigInteger.valueOf(Short.MIN_VALUE);
      max = BigInteger.valueOf(Short.MAX_VALUE);
    } else if (raw == Byte.class || raw == byte.class) {
      min = BigInteger.valueOf(Byte.MIN_VALUE);
      max = BigInteger.valueOf(Byte.MAX_VALUE);
    } else if (raw == BigInteger.class) {
      return;
    } else {
      min = BigInteger.valueOf(Long.MIN_VALUE);
      max = BigInteger.valueOf(Long.MAX_VALUE);
    }
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      found.add(new FieldViolation(path, FieldViolation.OUT_OF_RANGE));
    }
  }

  private static void array(JsonNode node, Type element, String path, List<FieldViolation> found) {
    if (!expect(node.isArray(), path, found)) {
      return;
    }
    // a batch whose service refuses a bad record alone: its characters are the service's to judge
    boolean perRow = raw(element).isAnnotationPresent(CheckedPerRow.class);
    for (int i = 0; i < node.size(); i++) {
      // errors of an element name the list, so that clients see the field they sent; an element
      // that is an object (a record of a batch) is named with its index, as an uploaded row is
      // with its line: [3].externalId for the body's fourth record, items[2].note in a list field
      String at =
          node.get(i) != null && node.get(i).isObject()
              ? (ROOT.equals(path) ? "" : path) + "[" + i + "]"
              : path;
      List<FieldViolation> inner = new java.util.ArrayList<>();
      check(node.get(i), element, at, inner);
      inner.stream()
          .filter(v -> !found.contains(v))
          .filter(v -> !(perRow && FieldViolation.INVALID_CHARACTER.equals(v.reason())))
          .forEach(found::add);
    }
  }

  private static void properties(
      JsonNode node, Class<?> raw, String path, List<FieldViolation> found) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Type declared = propertyType(raw, e.getKey());
      if (declared != null) {
        check(e.getValue(), declared, path(path, e.getKey()), found);
      } else if (propertyType(raw, caseOf(raw, e.getKey())) != null
          || nearest(raw, e.getKey()) != null) {
        // "Confidential" or "confidental" for "confidential": a mistyped key would silently drop
        // what it says
        found.add(new FieldViolation(path(path, e.getKey()), UNKNOWN_FIELD));
      } else {
        // an unknown key is ignored, but its text must still be clean
        checkTexts(e.getValue(), path(path, e.getKey()), found);
      }
    }
  }

  /** Characters of every string under an unknown key. */
  private static void checkTexts(JsonNode node, String path, List<FieldViolation> found) {
    if (node.isTextual()) {
      text(node, path, found);
    } else if (node.isContainerNode()) {
      node.forEach(child -> checkTexts(child, path, found));
    }
  }

  /**
   * The property of {@code raw} spelled like {@code key} but for letter case, or {@code key} itself
   * when there is none (then it names no property either).
   */
  private static String caseOf(Class<?> raw, String key) {
    return names(raw).filter(key::equalsIgnoreCase).findFirst().orElse(key);
  }

  /**
   * The property of {@code raw} that {@code key} misspells, or null: at most one edit (a letter
   * added, dropped or changed; Levenshtein distance, letter case ignored) for keys of 4 to 7
   * characters, two for longer ones; shorter keys are never taken for another ({@code id} is not
   * {@code ip}).
   *
   * @param raw the class the object binds to
   * @param key a key that names none of its properties exactly
   */
  static String nearest(Class<?> raw, String key) {
    if (key.length() < 4) {
      return null;
    }
    var distance =
        new org.apache.commons.text.similarity.LevenshteinDistance(key.length() < 8 ? 1 : 2);
    String lower = key.toLowerCase(java.util.Locale.ROOT);
    return names(raw)
        .filter(n -> distance.apply(lower, n.toLowerCase(java.util.Locale.ROOT)) >= 0)
        .findFirst()
        .orElse(null);
  }

  /** The names of the properties of {@code raw}: a record's components or its instance fields. */
  private static java.util.stream.Stream<String> names(Class<?> raw) {
    return raw.isRecord()
        ? java.util.Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getName)
        : java.util.stream.Stream.<Class<?>>iterate(
                raw, c -> c != null && c != Object.class, Class::getSuperclass)
            .flatMap(c -> java.util.Arrays.stream(c.getDeclaredFields()))
            .filter(f -> !Modifier.isStatic(f.getModifiers()))
            .map(Field::getName);
  }

  /** The declared type of a record component or a field named {@code name}, or null. */
  private static Type propertyType(Class<?> raw, String name) {
    if (raw.isRecord()) {
      for (RecordComponent c : raw.getRecordComponents()) {
        if (c.getName().equals(name)) {
          return c.getGenericType();
        }
      }
      return null;
    }
    for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
          return f.getGenericType();
        }
      } catch (NoSuchFieldException notHere) {
        // look in the superclass
      }
    }
    return null;
  }

  private static boolean expect(boolean ok, String path, List<FieldViolation> found) {
    if (!ok) {
      found.add(new FieldViolation(path, FieldViolation.WRONG_TYPE));
    }
    return ok;
  }

  private static boolean integral(Class<?> raw) {
    return raw == Long.class
        || raw == long.class
        || raw == Integer.class
        || raw == int.class
        || raw == Short.class
        || raw == short.class
        || raw == Byte.class
        || raw == byte.class
        || raw == BigInteger.class;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    }
    if (type instanceof WildcardType w && w.getUpperBounds().length > 0) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }
}
