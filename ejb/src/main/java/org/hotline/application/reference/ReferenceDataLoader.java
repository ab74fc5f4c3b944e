package org.hotline.application.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.hotline.domain.model.area.Area;
import org.hotline.domain.model.area.AreaLevel;
import org.hotline.domain.model.area.AreaRepository;
import org.hotline.domain.model.catalogue.CatalogueItem;
import org.hotline.domain.model.catalogue.CatalogueRepository;
import org.hotline.domain.model.category.Category;
import org.hotline.domain.model.category.CategoryRepository;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitKind;
import org.hotline.domain.model.unit.UnitRepository;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.PasswordHasher;
import org.hotline.domain.model.user.Role;
import org.hotline.domain.model.user.UserRepository;

/**
 * Loads a {@link ReferenceDataSet} (基础数据: units, categories, areas, catalogue, users) into an empty
 * database, in the caller's transaction: the demo county at start-up with {@code
 * -Dhotline.demo=true}, or a site's own folder with {@code -Dhotline.reference.dir=}. Units,
 * categories and areas keep the order of their files; each catalogue item gets its first version by
 * {@code system}.
 */
@ApplicationScoped
public class ReferenceDataLoader {

  @Inject private UnitRepository units;

  @Inject private CategoryRepository categories;

  @Inject private AreaRepository areas;

  @Inject private CatalogueRepository catalogue;

  @Inject private UserRepository users;

  @Inject private PasswordHasher hasher;

  /**
   * Saves every row of {@code set}; its users get {@code initialPassword} (hashed).
   *
   * @throws IllegalArgumentException an unknown unit kind, area level or role name
   */
  public void load(ReferenceDataSet set, char[] initialPassword) {
    Map<String, Unit> unitsByCode = new HashMap<>();
    int order = 0;
    for (ReferenceDataSet.UnitRow u : set.units()) {
      Unit unit =
          new Unit(
              u.code(), u.name(), UnitKind.valueOf(u.kind()), unitsByCode.get(u.parent()), order++);
      units.save(unit);
      unitsByCode.put(u.code(), unit);
    }
    Map<String, Category> categoriesByCode = new HashMap<>();
    for (ReferenceDataSet.CategoryRow c : set.categories()) {
      boolean leaf = c.replyDays() != null;
      Category category =
          new Category(
              c.code(),
              c.name(),
              categoriesByCode.get(c.parent()),
              c.police(),
              leaf ? c.replyDays() : 0,
              leaf);
      categories.save(category);
      categoriesByCode.put(c.code(), category);
    }
    Map<String, Area> areasByCode = new HashMap<>();
    for (ReferenceDataSet.AreaRow a : set.areas()) {
      Area area =
          new Area(
              a.code(),
              a.name(),
              areasByCode.get(a.parent()),
              AreaLevel.valueOf(a.level()),
              unitsByCode.get(a.station()));
      areas.save(area);
      areasByCode.put(a.code(), area);
    }
    for (ReferenceDataSet.CatalogueRow c : set.catalogue()) {
      CatalogueItem item = new CatalogueItem(c.code(), unitsByCode.get(c.unit()));
      catalogue.add(item);
      catalogue.addVersion(
          item.revise(
              c.title(),
              c.duties(),
              c.categories(),
              c.keywords(),
              false,
              "system",
              BusinessTime.now(),
              "初始职责清单 initial catalogue"));
    }
    for (ReferenceDataSet.UserRow u : set.users()) {
      EnumSet<Role> roles = EnumSet.noneOf(Role.class);
      u.roles().forEach(r -> roles.add(Role.valueOf(r)));
      users.save(
          new AppUser(
              u.username(),
              u.displayName(),
              hasher.hash(initialPassword.clone()),
              unitsByCode.get(u.unit()),
              roles));
    }
  }
}
