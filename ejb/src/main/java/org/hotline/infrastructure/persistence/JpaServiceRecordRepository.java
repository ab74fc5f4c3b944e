package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hotline.domain.model.servicerecord.ServiceRecord;
import org.hotline.domain.model.servicerecord.ServiceRecordRepository;

/** JPA repository of service records (服务记录). */
@ApplicationScoped
public class JpaServiceRecordRepository implements ServiceRecordRepository {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Override
  public Optional<ServiceRecord> findBySource(String sourceSystem, String externalId) {
    return em.createNamedQuery("ServiceRecord.bySource", ServiceRecord.class)
        .setParameter("source", sourceSystem)
        .setParameter("external", externalId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ServiceRecord> find(Long id) {
    return Optional.ofNullable(em.find(ServiceRecord.class, id));
  }

  @Override
  public Optional<ServiceRecord> findForUpdate(Long id) {
    return Optional.ofNullable(
        id == null
            ? null
            : em.find(ServiceRecord.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void save(ServiceRecord record) {
    em.persist(record);
  }
}
