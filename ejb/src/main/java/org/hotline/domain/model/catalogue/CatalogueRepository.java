package org.hotline.domain.model.catalogue;

import java.util.List;
import java.util.Optional;

public interface CatalogueRepository {

  List<CatalogueItem> all();

  Optional<CatalogueItem> findByCode(String code);

  List<CatalogueItemVersion> versions(String code);

  void add(CatalogueItem item);

  void addVersion(CatalogueItemVersion version);
}
