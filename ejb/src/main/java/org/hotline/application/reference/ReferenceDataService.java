package org.hotline.application.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.application.reference.ReferenceViews.AreaView;
import org.hotline.application.reference.ReferenceViews.CategorySuggestionView;
import org.hotline.application.reference.ReferenceViews.CategoryView;
import org.hotline.application.reference.ReferenceViews.UnitView;
import org.hotline.application.routing.DutyWords;
import org.hotline.domain.model.area.Area;
import org.hotline.domain.model.area.AreaLevel;
import org.hotline.domain.model.area.AreaRepository;
import org.hotline.domain.model.catalogue.CatalogueRepository;
import org.hotline.domain.model.catalogue.WordSegmenter;
import org.hotline.domain.model.category.Category;
import org.hotline.domain.model.category.CategoryRepository;
import org.hotline.domain.model.unit.UnitRepository;

/**
 * Lists units, categories and areas for pickers and integrations; finds categories and areas by
 * what an operator types (name, pinyin, initials: {@link PickerSearch}); suggests categories from a
 * call's content ({@link CategorySuggester}) and areas from its address ({@link AreaFromAddress}).
 */
@Stateless
@PermitAll
public class ReferenceDataService {

  /** Most items a picker search returns (the default when no limit is asked). */
  public static final int MAX_LIMIT = 50;

  static final int SUGGESTIONS = 3;
  static final int MAX_CONTENT = 4000;
  static final int MAX_ADDRESS = 300;

  @Inject private UnitRepository units;

  @Inject private CategoryRepository categories;

  @Inject private AreaRepository areas;

  @Inject private CatalogueRepository catalogue;

  @Inject private WordSegmenter segmenter;

  @Inject private CategoryNameWords categoryNameWords;

  @Inject private DutyWords dutyWords;

  public List<UnitView> units() {
    return units.all().stream().map(UnitView::of).toList();
  }

  /**
   * The units matching {@code q} best first (所有单位; all of them when {@code q} and {@code limit} are
   * null): for the pickers that choose units by name, pinyin or pinyin initials.
   *
   * @param q what was typed: part of the name, pinyin, pinyin initials or the code
   * @param limit at most this many (1-{@value #MAX_LIMIT}; null: {@value #MAX_LIMIT} matches, or
   *     every unit without q)
   * @throws org.hotline.application.error.ValidationException q TOO_LONG, limit INVALID
   */
  public List<UnitView> units(String q, Integer limit) {
    if (q == null && limit == null) {
      return units();
    }
    return search(units(), q, limit, UnitView::code, UnitView::name, UnitView::name);
  }

  public List<CategoryView> categories() {
    return categories.all().stream().map(CategoryView::of).toList();
  }

  public List<AreaView> areas() {
    return areas.all().stream().map(AreaView::of).toList();
  }

  /**
   * The categories matching {@code q} best first (all of them in code order when {@code q} is
   * null).
   *
   * @param q what was typed: part of the name or path, pinyin, pinyin initials or the code
   * @param leaf when true only leaves, when false only parents, when null both
   * @param limit at most this many (1-{@value #MAX_LIMIT}; null: {@value #MAX_LIMIT} matches, or
   *     every item without q)
   * @throws org.hotline.application.error.ValidationException q TOO_LONG, limit INVALID
   */
  public List<CategoryView> categories(String q, Boolean leaf, Integer limit) {
    if (q == null && leaf == null && limit == null) {
      return categories();
    }
    List<CategoryView> all =
        categories().stream().filter(c -> leaf == null || c.leaf() == leaf).toList();
    return search(all, q, limit, CategoryView::code, CategoryView::name, CategoryView::path);
  }

  /**
   * The areas matching {@code q} best first (all of them in code order when {@code q} is null).
   *
   * @param q what was typed: part of the name or path, pinyin, pinyin initials or the code
   * @param leaf when true only communities, when false only districts and streets, when null all
   * @param limit at most this many (1-{@value #MAX_LIMIT}; null: {@value #MAX_LIMIT} matches, or
   *     every item without q)
   * @throws org.hotline.application.error.ValidationException q TOO_LONG, limit INVALID
   */
  public List<AreaView> areas(String q, Boolean leaf, Integer limit) {
    if (q == null && leaf == null && limit == null) {
      return areas();
    }
    List<AreaView> all = areas().stream().filter(a -> leaf == null || a.leaf() == leaf).toList();
    return search(all, q, limit, AreaView::code, AreaView::name, AreaView::path);
  }

  private <T> List<T> search(
      List<T> all,
      String q,
      Integer limit,
      Function<T, String> code,
      Function<T, String> name,
      Function<T, String> path) {
    Violations v = new Violations();
    String query = v.text("q", q, false, PickerSearch.MAX_QUERY_LENGTH);
    if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
      v.add("limit", FieldViolation.INVALID);
    }
    v.throwIfAny();
    if (query == null) {
      return limit == null ? all : all.stream().limit(limit).toList();
    }
    return PickerSearch.rank(all, query, code, name, path, limit == null ? MAX_LIMIT : limit);
  }

  /**
   * 分类建议: the three leaf categories the content most likely belongs to, best first.
   *
   * @param content the content typed so far (blank: none)
   * @throws org.hotline.application.error.ValidationException content TOO_LONG
   */
  public List<CategorySuggestionView> suggestCategories(String content) {
    Violations v = new Violations();
    String text = v.text("content", content, false, MAX_CONTENT);
    v.throwIfAny();
    if (text == null) {
      return List.of();
    }
    List<Category> leaves = categories.all().stream().filter(Category::leaf).toList();
    Map<String, Category> byCode =
        leaves.stream().collect(Collectors.toMap(Category::code, c -> c));
    List<CategorySuggester.Candidate> candidates =
        leaves.stream()
            .map(c -> new CategorySuggester.Candidate(c.code(), categoryNameWords.of(c.name())))
            .toList();
    List<CategorySuggester.Duty> duties =
        catalogue.all().stream()
            .filter(i -> !i.retired())
            .map(
                i ->
                    new CategorySuggester.Duty(
                        i.current().categoryCodes(),
                        i.current().keywords(),
                        dutyWords.of(i.current())))
            .toList();
    return CategorySuggester.suggest(text, segmenter.words(text), candidates, duties, SUGGESTIONS)
        .stream()
        .map(s -> CategorySuggestionView.of(byCode.get(s.code()), s.score(), s.words()))
        .toList();
  }

  /**
   * 地址识别区域: the areas (communities first, then streets) the address names, best first, at most
   * three.
   *
   * @param address the address typed so far (blank: none)
   * @throws org.hotline.application.error.ValidationException address TOO_LONG
   */
  public List<AreaView> areasInAddress(String address) {
    Violations v = new Violations();
    String text = v.text("address", address, false, MAX_ADDRESS);
    v.throwIfAny();
    if (text == null) {
      return List.of();
    }
    List<Area> named = areas.all().stream().filter(a -> a.level() != AreaLevel.DISTRICT).toList();
    Map<String, Area> byCode = named.stream().collect(Collectors.toMap(Area::code, a -> a));
    List<AreaFromAddress.Place> places =
        named.stream().map(a -> new AreaFromAddress.Place(a.code(), a.name(), a.leaf())).toList();
    return AreaFromAddress.find(text, places, SUGGESTIONS).stream()
        .map(byCode::get)
        .map(AreaView::of)
        .toList();
  }
}
