package org.hotline.domain.model.officer;

import java.util.List;
import java.util.Optional;

/** Officers (民警) by badge number and unit. */
public interface OfficerRepository {

  /** Every officer, by unit order then badge number. */
  List<Officer> all();

  /** The officers of one unit (by its code), by badge number. */
  List<Officer> ofUnit(String unitCode);

  Optional<Officer> findByBadge(String badgeNumber);

  Optional<Officer> find(Long id);

  /** Whether no officer exists yet (the demo data loads them once). */
  boolean isEmpty();

  void save(Officer officer);
}
