package org.hotline.domain.model.area;

import java.util.List;
import java.util.Optional;

public interface AreaRepository {

  Optional<Area> findByCode(String code);

  List<Area> all();

  void save(Area area);
}
