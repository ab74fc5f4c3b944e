package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.slip.SlipEvent;
import org.hotline.domain.model.slip.SlipRepository;
import org.hotline.domain.model.slip.SlipStatus;
import org.hotline.domain.model.slip.SupervisionSlip;

@ApplicationScoped
public class JpaSlipRepository implements SlipRepository {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Override
  public void add(SupervisionSlip slip) {
    em.persist(slip);
    em.flush();
  }

  @Override
  public Optional<SupervisionSlip> find(Long id) {
    return Optional.ofNullable(em.find(SupervisionSlip.class, id));
  }

  @Override
  public Optional<SupervisionSlip> findForUpdate(Long id) {
    return Optional.ofNullable(
        em.find(SupervisionSlip.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void append(SlipEvent event) {
    em.persist(event);
  }

  @Override
  public List<SlipEvent> history(Long slipId) {
    return em.createQuery(
            "SELECT e FROM SlipEvent e WHERE e.slipId = :id ORDER BY e.occurredAt, e.id",
            SlipEvent.class)
        .setParameter("id", slipId)
        .getResultList();
  }

  @Override
  public int nextSeq(int year) {
    Integer max =
        em.createQuery("SELECT MAX(s.seq) FROM SupervisionSlip s WHERE s.year = :y", Integer.class)
            .setParameter("y", year)
            .getSingleResult();
    return max == null ? 1 : max + 1;
  }

  @Override
  public List<SupervisionSlip> register(int year, List<String> unitCode) {
    var query =
        em.createQuery(
                "SELECT s FROM SupervisionSlip s WHERE s.year = :y"
                    + (unitCode == null ? "" : " AND s.unit.code IN :unit")
                    + " ORDER BY s.seq DESC",
                SupervisionSlip.class)
            .setParameter("y", year);
    if (unitCode != null) {
      query.setParameter("unit", unitCode);
    }
    return query.getResultList();
  }

  @Override
  public List<SupervisionSlip> openOfUnit(String unitCode) {
    return em.createQuery(
            "SELECT s FROM SupervisionSlip s WHERE s.unit.code = :unit AND s.status <> :done"
                + " ORDER BY s.deadline",
            SupervisionSlip.class)
        .setParameter("unit", unitCode)
        .setParameter("done", SlipStatus.RESOLVED)
        .getResultList();
  }

  @Override
  public List<SupervisionSlip> ofTicket(Long ticketId) {
    return em.createQuery(
            "SELECT s FROM SupervisionSlip s JOIN s.tickets t WHERE t.id = :id ORDER BY s.id",
            SupervisionSlip.class)
        .setParameter("id", ticketId)
        .getResultList();
  }
}
