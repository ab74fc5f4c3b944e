package org.hotline.domain.model.category;

import java.util.List;
import java.util.Optional;

public interface CategoryRepository {

  Optional<Category> findByCode(String code);

  List<Category> all();

  void save(Category category);
}
