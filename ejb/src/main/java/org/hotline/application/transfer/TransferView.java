package org.hotline.application.transfer;

import java.time.OffsetDateTime;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.TransferRecord;

/** A transfer record as the API shows it. */
public record TransferView(
    Long id,
    String direction,
    String unitCode,
    OffsetDateTime createdAt,
    String createdBy,
    String externalReference,
    String externalStatus,
    String externalNote,
    OffsetDateTime updatedAt) {

  public static TransferView of(TransferRecord r) {
    return new TransferView(
        r.id(),
        r.direction().name(),
        r.unitCode(),
        BusinessTime.display(r.createdAt()),
        r.createdBy(),
        r.externalReference(),
        r.externalStatus().name(),
        r.externalNote(),
        BusinessTime.display(r.updatedAt()));
  }
}
