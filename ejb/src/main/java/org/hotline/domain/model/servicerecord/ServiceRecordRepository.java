package org.hotline.domain.model.servicerecord;

import java.util.Optional;

/** Service records (服务记录) by their source key. */
public interface ServiceRecordRepository {

  Optional<ServiceRecord> findBySource(String sourceSystem, String externalId);

  Optional<ServiceRecord> find(Long id);

  /** The record, locked for the rest of the transaction (one invitation per record). */
  Optional<ServiceRecord> findForUpdate(Long id);

  void save(ServiceRecord record);
}
