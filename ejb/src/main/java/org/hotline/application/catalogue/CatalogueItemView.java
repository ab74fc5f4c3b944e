package org.hotline.application.catalogue;

import java.time.OffsetDateTime;
import java.util.List;
import org.hotline.domain.model.catalogue.CatalogueItemVersion;
import org.hotline.domain.model.shared.BusinessTime;

/** A catalogue item in one of its versions (the one in force, or a past one). */
public record CatalogueItemView(
    String code,
    String unitCode,
    String unitName,
    int version,
    String title,
    String duties,
    List<String> categoryCodes,
    List<String> keywords,
    boolean retired,
    String changedBy,
    OffsetDateTime changedAt,
    String reason) {

  public static CatalogueItemView of(CatalogueItemVersion v) {
    var item = v.item();
    return new CatalogueItemView(
        item.code(),
        item.unit().code(),
        item.unit().name(),
        v.number(),
        v.title(),
        v.duties(),
        v.categoryCodes(),
        v.keywords(),
        v.retired(),
        v.changedBy(),
        BusinessTime.display(v.changedAt()),
        v.reason());
  }
}
