package org.hotline.domain.model.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface CalendarRepository {

  List<CalendarDay> between(LocalDate from, LocalDate to);

  List<CalendarDay> all();

  Optional<CalendarDay> find(LocalDate day);

  void save(CalendarDay day);

  void delete(CalendarDay day);
}
