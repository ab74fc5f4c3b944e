package org.hotline.domain.model.unit;

import java.util.List;
import java.util.Optional;

public interface UnitRepository {

  Optional<Unit> findByCode(String code);

  List<Unit> all();

  void save(Unit unit);
}
