package org.hotline.application.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.hotline.application.reference.ReferenceViews.AreaView;
import org.hotline.application.reference.ReferenceViews.CategoryView;
import org.hotline.application.reference.ReferenceViews.UnitView;
import org.hotline.domain.model.area.AreaRepository;
import org.hotline.domain.model.category.CategoryRepository;
import org.hotline.domain.model.unit.UnitRepository;

/** Lists units, categories and areas for pickers and integrations. */
@Stateless
@PermitAll
public class ReferenceDataService {

  @Inject
  private UnitRepository units;

  @Inject
  private CategoryRepository categories;

  @Inject
  private AreaRepository areas;

  public List<UnitView> units() {
    return units.all().stream().map(UnitView::of).toList();
  }

  public List<CategoryView> categories() {
    return categories.all().stream().map(CategoryView::of).toList();
  }

  public List<AreaView> areas() {
    return areas.all().stream().map(AreaView::of).toList();
  }
}
