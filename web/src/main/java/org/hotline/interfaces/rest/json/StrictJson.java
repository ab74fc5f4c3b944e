package org.hotline.interfaces.rest.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.hotline.application.error.FieldViolation;

/**
 * Parses a request body as strict JSON (RFC 8259) with Jackson: malformed JSON and trailing data
 * are refused ({@code MALFORMED} on the root), a key given twice in one object is refused ({@code
 * DUPLICATE_KEY} on that key); the parsed tree is then checked against the target type by {@link
 * JsonShape}.
 */
public final class StrictJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .build();

  private StrictJson() {}

  /**
   * The reasons {@code body} may not be bound to {@code target}, each with its field.
   *
   * @param body the raw request body (UTF-8 JSON, not blank)
   * @param target the type the resource method takes
   * @return the violations found; empty when the body is acceptable
   */
  public static List<FieldViolation> violations(byte[] body, Type target) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(body);
    } catch (JsonParseException e) {
      String duplicate = duplicateKey(e);
      if (duplicate != null) {
        return List.of(
            new FieldViolation(
                JsonShape.path(pathOf(e.getProcessor()), duplicate), FieldViolation.DUPLICATE_KEY));
      }
      return List.of(new FieldViolation(JsonShape.ROOT, JsonShape.MALFORMED));
    } catch (StreamConstraintsException e) {
      return List.of(new FieldViolation(JsonShape.ROOT, FieldViolation.TOO_LONG));
    } catch (IOException e) {
      return List.of(new FieldViolation(JsonShape.ROOT, JsonShape.MALFORMED));
    }
    List<FieldViolation> found = new ArrayList<>();
    JsonShape.check(tree, target, JsonShape.ROOT, found);
    return found;
  }

  /** The key named by Jackson's duplicate-key error, or null for another parse error. */
  private static String duplicateKey(JsonParseException e) {
    String message = e.getOriginalMessage();
    String marker = "Duplicate field '";
    if (message == null || !message.startsWith(marker)) {
      return null;
    }
    int end = message.indexOf('\'', marker.length());
    return end < 0 ? null : message.substring(marker.length(), end);
  }

  /** Where the parser was (the object holding the duplicate key). */
  private static String pathOf(Object processor) {
    if (processor instanceof JsonParser p && p.getParsingContext() != null) {
      var context = p.getParsingContext().getParent();
      StringBuilder path = new StringBuilder();
      List<String> parts = new ArrayList<>();
      for (var c = context; c != null && !c.inRoot(); c = c.getParent()) {
        parts.add(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName());
      }
      for (String part : parts) {
        if (part == null) {
          continue;
        }
        path.append(part.startsWith("[") || path.isEmpty() ? part : "." + part);
      }
      return path.isEmpty() ? JsonShape.ROOT : path.toString();
    }
    return JsonShape.ROOT;
  }
}
