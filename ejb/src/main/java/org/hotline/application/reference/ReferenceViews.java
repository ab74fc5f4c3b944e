package org.hotline.application.reference;

import org.hotline.domain.model.area.Area;
import org.hotline.domain.model.category.Category;
import org.hotline.domain.model.unit.Unit;

/** Read models of the reference data, as the API lists them. */
public final class ReferenceViews {

  private ReferenceViews() {}

  /** GET /api/units item. */
  public record UnitView(
      String code,
      String name,
      String kind,
      String parentCode,
      boolean police,
      boolean handlesTickets) {

    public static UnitView of(Unit u) {
      return new UnitView(
          u.code(),
          u.name(),
          u.kind().name(),
          u.parent() == null ? null : u.parent().code(),
          u.police(),
          u.handlesTickets());
    }
  }

  /** GET /api/categories item; only leaves can be put on a ticket. */
  public record CategoryView(
      String code,
      String name,
      String path,
      String parentCode,
      boolean police,
      int deadlineDays,
      boolean leaf) {

    public static CategoryView of(Category c) {
      return new CategoryView(
          c.code(),
          c.name(),
          c.path(),
          c.parent() == null ? null : c.parent().code(),
          c.police(),
          c.deadlineDays(),
          c.leaf());
    }
  }

  /** GET /api/areas item; only communities (leaves) can be put on a ticket. */
  public record AreaView(
      String code,
      String name,
      String path,
      String parentCode,
      String level,
      String stationCode,
      boolean leaf) {

    public static AreaView of(Area a) {
      return new AreaView(
          a.code(),
          a.name(),
          a.path(),
          a.parent() == null ? null : a.parent().code(),
          a.level().name(),
          a.station() == null ? null : a.station().code(),
          a.leaf());
    }
  }

  /**
   * GET /api/categories/suggested item: a leaf category suggested from a call's content, its score
   * and the words of the content that led to it.
   */
  public record CategorySuggestionView(
      String code, String name, String path, int score, java.util.List<String> words) {

    public static CategorySuggestionView of(Category c, int score, java.util.List<String> words) {
      return new CategorySuggestionView(c.code(), c.name(), c.path(), score, words);
    }
  }
}
