package org.hotline.domain.model.ticket;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The structured facts of a history event (流转详情): an ordered set of named values — codes, times,
 * numbers, flags and lists of codes — stored as one JSON object in {@code ticket_event.detail},
 * e.g. {@code {"result":"DISSATISFIED","attempt":1}} or {@code {"unit":"PS-CHENGGUAN"}}. Never a
 * sentence: people read it rendered in their language (see {@code
 * application.text.HistoryDetails}).
 *
 * <p>Values are {@link String}, {@link Long}, {@link Boolean} or a {@link List} of strings; a null
 * value is left out. Rows written before (issue 9) hold {@code key=value;key=value} text: {@link
 * #parse(String)} reads both forms, and {@link #legacyText()} writes the old form, which the API
 * keeps serving as {@code detail}.
 */
public final class EventDetail {

  private static final EventDetail EMPTY = new EventDetail(Map.of());

  private final Map<String, Object> values;

  private EventDetail(Map<String, Object> values) {
    this.values = values;
  }

  /** No facts. */
  public static EventDetail none() {
    return EMPTY;
  }

  /** One fact. */
  public static EventDetail of(String name, Object value) {
    return EMPTY.and(name, value);
  }

  /** These facts and one more (left out when {@code value} is null); an int becomes a long. */
  public EventDetail and(String name, Object value) {
    if (value == null) {
      return this;
    }
    Map<String, Object> next = new LinkedHashMap<>(values);
    next.put(name, normalise(value));
    return new EventDetail(Collections.unmodifiableMap(next));
  }

  /** The facts in the order they were given. */
  public Map<String, Object> values() {
    return values;
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The stored form: a JSON object, or null when there are no facts. */
  public String json() {
    if (values.isEmpty()) {
      return null;
    }
    JsonObjectBuilder b = Json.createObjectBuilder();
    values.forEach(
        (k, v) -> {
          if (v instanceof Long n) {
            b.add(k, n);
          } else if (v instanceof Boolean f) {
            b.add(k, f);
          } else if (v instanceof List<?> list) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            list.forEach(x -> a.add(String.valueOf(x)));
            b.add(k, a);
          } else {
            b.add(k, String.valueOf(v));
          }
        });
    return b.build().toString();
  }

  /**
   * The form written before JSON ({@code unit=PS-CHENGGUAN;catalogue=X}); lists joined with commas.
   */
  public String legacyText() {
    if (values.isEmpty()) {
      return null;
    }
    return values.entrySet().stream()
        .map(
            e ->
                e.getKey()
                    + "="
                    + (e.getValue() instanceof List<?> l
                        ? l.stream().map(String::valueOf).collect(Collectors.joining(","))
                        : e.getValue()))
        .collect(Collectors.joining(";"));
  }

  /**
   * The facts of a stored detail: a JSON object, or the older {@code key=value;key=value} text (a
   * part without {@code =} is kept under the name {@code value}); null or blank is none.
   */
  public static EventDetail parse(String stored) {
    if (stored == null || stored.isBlank()) {
      return EMPTY;
    }
    String text = stored.strip();
    if (text.startsWith("{")) {
      try (JsonReader r = Json.createReader(new StringReader(text))) {
        return fromJson(r.readObject());
      } catch (JsonParsingException | ClassCastException e) {
        // not JSON after all: read it as the older form below
      }
    }
    EventDetail d = EMPTY;
    for (String part : text.split(";")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      d = eq < 0 ? d.and("value", part) : d.and(part.substring(0, eq), part.substring(eq + 1));
    }
    return d;
  }

  private static EventDetail fromJson(JsonObject o) {
    EventDetail d = EMPTY;
    for (Map.Entry<String, JsonValue> e : o.entrySet()) {
      JsonValue v = e.getValue();
      Object value =
          switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            case NUMBER ->
                ((JsonNumber) v).isIntegral()
                    ? (Object) ((JsonNumber) v).longValue()
                    : v.toString();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case ARRAY ->
                v.asJsonArray().stream()
                    .map(x -> x instanceof JsonString s ? s.getString() : x.toString())
                    .toList();
            case NULL -> null;
            default -> v.toString();
          };
      d = d.and(e.getKey(), value);
    }
    return d;
  }

  private static Object normalise(Object value) {
    if (value instanceof Integer || value instanceof Short) {
      return ((Number) value).longValue();
    }
    if (value instanceof Long || value instanceof Boolean || value instanceof String) {
      return value;
    }
    if (value instanceof List<?> list) {
      return List.copyOf(new ArrayList<>(list.stream().map(String::valueOf).toList()));
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    return String.valueOf(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventDetail other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return String.valueOf(json());
  }
}
