package org.hotline.application.reference;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of reference data (基础数据) read from JSON files: {@code units.json}, {@code categories.json},
 * {@code areas.json}, {@code catalogue.json} and {@code users.json}, each an array of objects in
 * the format of docs/reference-data.md. A missing file is an empty list. Parents come before their
 * children, and every code a row refers to is defined in the set, or the set is refused.
 *
 * @param units units in display order (parents first)
 * @param categories categories, parents first; a leaf has {@code replyDays}
 * @param areas areas, parents first; a street names the station of its jurisdiction
 * @param catalogue responsibility catalogue items (职责清单), each with its first version
 * @param users users with their unit and roles (optional: a site may create its users otherwise)
 */
public record ReferenceDataSet(
    List<UnitRow> units,
    List<CategoryRow> categories,
    List<AreaRow> areas,
    List<CatalogueRow> catalogue,
    List<UserRow> users) {

  /** The demo county's set, shipped in the application ({@code reference-data/demo}). */
  public static final String DEMO = "reference-data/demo";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /** A unit: stable code, name, kind ({@code UnitKind}), parent code or null. */
  public record UnitRow(String code, String name, String kind, String parent) {}

  /**
   * A category: police matter or not, parent code, reply deadline in working days (null: not a
   * leaf).
   */
  public record CategoryRow(
      String code, String name, boolean police, String parent, Integer replyDays) {}

  /** An area: level ({@code AreaLevel}), parent code, the station of its jurisdiction (streets). */
  public record AreaRow(String code, String name, String level, String parent, String station) {}

  /** A catalogue item of a unit with its duties, the categories it covers and routing keywords. */
  public record CatalogueRow(
      String code,
      String unit,
      String title,
      String duties,
      List<String> categories,
      List<String> keywords) {
    public CatalogueRow {
      categories = categories == null ? List.of() : List.copyOf(categories);
      keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
  }

  /** A user: username, display name, unit code, role names ({@code Role}). */
  public record UserRow(String username, String displayName, String unit, List<String> roles) {
    public UserRow {
      roles = roles == null ? List.of() : List.copyOf(roles);
    }
  }

  /**
   * Reads a set from the class path, e.g. {@link #DEMO}.
   *
   * @throws IllegalArgumentException a file is malformed or a row refers to an unknown code
   */
  public static ReferenceDataSet fromClasspath(String folder) {
    ClassLoader loader = ReferenceDataSet.class.getClassLoader();
    return of(name -> loader.getResourceAsStream(folder + "/" + name), folder);
  }

  /**
   * Reads a site's own set from a folder of the file system.
   *
   * @throws IllegalArgumentException a file is malformed or a row refers to an unknown code
   */
  public static ReferenceDataSet fromDirectory(Path folder) {
    return of(
        name -> {
          Path file = folder.resolve(name);
          return Files.exists(file) ? Files.newInputStream(file) : null;
        },
        folder.toString());
  }

  private interface Source {
    InputStream open(String name) throws IOException;
  }

  private static ReferenceDataSet of(Source source, String where) {
    ReferenceDataSet set =
        new ReferenceDataSet(
            read(source, where, "units.json", new TypeReference<List<UnitRow>>() {}),
            read(source, where, "categories.json", new TypeReference<List<CategoryRow>>() {}),
            read(source, where, "areas.json", new TypeReference<List<AreaRow>>() {}),
            read(source, where, "catalogue.json", new TypeReference<List<CatalogueRow>>() {}),
            read(source, where, "users.json", new TypeReference<List<UserRow>>() {}));
    set.checkReferences(where);
    return set;
  }

  private static <T> List<T> read(
      Source source, String where, String name, TypeReference<List<T>> type) {
    try (InputStream in = source.open(name)) {
      if (in == null) {
        return List.of();
      }
      com.fasterxml.jackson.databind.JsonNode tree = JSON.readTree(in);
      checkCharacters(tree, "", where + "/" + name);
      return List.copyOf(JSON.readerFor(type).readValue(tree));
    } catch (IOException e) {
      throw new IllegalArgumentException(where + "/" + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Refuses a text holding a character the hotline refuses wherever text comes in ({@link
   * org.hotline.domain.model.shared.TextCharacters}: control characters, bidirectional overrides,
   * line breaks outside multi-line fields), as the API would.
   *
   * @throws IllegalArgumentException naming the file and the field
   */
  private static void checkCharacters(
      com.fasterxml.jackson.databind.JsonNode node, String field, String file) {
    if (node.isTextual()) {
      var refused =
          org.hotline.domain.model.shared.RefusedCharacter.in(
              node.textValue(),
              org.hotline.domain.model.shared.TextCharacters.multiLineField(field));
      if (refused.isPresent()) {
        throw new IllegalArgumentException(
            file
                + ": "
                + field
                + " holds a refused character "
                + refused.get().label()
                + " at position "
                + refused.get().position());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkCharacters(node.get(i), field + "[" + i + "]", file);
      }
    } else if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e ->
                  checkCharacters(
                      e.getValue(), field.isEmpty() ? e.getKey() : field + "." + e.getKey(), file));
    }
  }

  private void checkReferences(String where) {
    Set<String> unitCodes = new HashSet<>();
    for (UnitRow u : units) {
      require(
          u.parent() == null || unitCodes.contains(u.parent()),
          where,
          "units.json",
          u.code(),
          "parent",
          u.parent());
      unitCodes.add(u.code());
    }
    Set<String> categoryCodes = new HashSet<>();
    for (CategoryRow c : categories) {
      require(
          c.parent() == null || categoryCodes.contains(c.parent()),
          where,
          "categories.json",
          c.code(),
          "parent",
          c.parent());
      categoryCodes.add(c.code());
    }
    Set<String> areaCodes = new HashSet<>();
    for (AreaRow a : areas) {
      require(
          a.parent() == null || areaCodes.contains(a.parent()),
          where,
          "areas.json",
          a.code(),
          "parent",
          a.parent());
      require(
          a.station() == null || unitCodes.contains(a.station()),
          where,
          "areas.json",
          a.code(),
          "station",
          a.station());
      areaCodes.add(a.code());
    }
    for (CatalogueRow c : catalogue) {
      require(unitCodes.contains(c.unit()), where, "catalogue.json", c.code(), "unit", c.unit());
    }
    for (UserRow u : users) {
      require(unitCodes.contains(u.unit()), where, "users.json", u.username(), "unit", u.unit());
    }
  }

  private static void require(
      boolean ok, String where, String file, String row, String field, String value) {
    if (!ok) {
      throw new IllegalArgumentException(
          where
              + "/"
              + file
              + ": "
              + row
              + " refers to "
              + field
              + " "
              + value
              + ", which is not defined before it");
    }
  }
}
