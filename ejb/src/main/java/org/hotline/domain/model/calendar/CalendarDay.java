package org.hotline.domain.model.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * An exception to the ordinary week (工作日历): a public holiday on a weekday (not working) or a
 * swapped working weekend day (调休上班, working). Days without a row follow Monday–Friday.
 */
@Entity
@Table(name = "calendar_day")
@NamedQuery(
    name = "CalendarDay.between",
    query = "SELECT d FROM CalendarDay d WHERE d.day BETWEEN :from AND :to ORDER BY d.day")
public class CalendarDay {

  @Id
  @Column(name = "cal_date")
  private LocalDate day;

  @Column(name = "working", nullable = false)
  private boolean working;

  @Column(name = "note", length = 100)
  private String note;

  protected CalendarDay() {}

  public CalendarDay(LocalDate day, boolean working, String note) {
    this.day = day;
    this.working = working;
    this.note = note;
  }

  public LocalDate day() {
    return day;
  }

  public boolean working() {
    return working;
  }

  public String note() {
    return note;
  }

  public void change(boolean working, String note) {
    this.working = working;
    this.note = note;
  }
}
