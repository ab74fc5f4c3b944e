package org.hotline.application.catalogue;

import java.time.OffsetDateTime;
import java.util.List;
import org.hotline.application.user.UserNames;
import org.hotline.domain.model.catalogue.CatalogueItemVersion;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * A catalogue item in one of its versions (the one in force, or a past one); {@code changedByName}
 * the display name of who made the version (null when the user is unknown).
 */
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
    String reason,
    String changedByName) {

  /** The view of version {@code v}; {@code names} gives the display name of its author. */
  public static CatalogueItemView of(CatalogueItemVersion v, UserNames names) {
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
        v.reason(),
        v.changedBy() == null ? null : names.displayName(v.changedBy()));
  }
}
