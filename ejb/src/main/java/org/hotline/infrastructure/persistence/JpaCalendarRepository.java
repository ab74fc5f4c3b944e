package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.calendar.CalendarDay;
import org.hotline.domain.model.calendar.CalendarRepository;

@ApplicationScoped
public class JpaCalendarRepository implements CalendarRepository {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Override
  public List<CalendarDay> between(LocalDate from, LocalDate to) {
    return em.createNamedQuery("CalendarDay.between", CalendarDay.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public List<CalendarDay> all() {
    return em.createQuery("SELECT d FROM CalendarDay d ORDER BY d.day", CalendarDay.class)
        .getResultList();
  }

  @Override
  public Optional<CalendarDay> find(LocalDate day) {
    return Optional.ofNullable(em.find(CalendarDay.class, day));
  }

  @Override
  public void save(CalendarDay day) {
    if (em.find(CalendarDay.class, day.day()) == null) {
      em.persist(day);
    }
  }

  @Override
  public void delete(CalendarDay day) {
    em.remove(em.contains(day) ? day : em.merge(day));
  }
}
