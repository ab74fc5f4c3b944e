package org.hotline.application.calendar;

import org.hotline.domain.model.calendar.WorkingCalendar;
import org.hotline.domain.model.ticket.Actor;

/**
 * CDI event (工作日历已修改): the working-day calendar was edited in the current transaction. Fired
 * synchronously by {@link CalendarService}; observers (the deadline recomputation) run in the
 * edit's transaction, so a failure rolls the edit back. Keeps {@code application.calendar} free of
 * any dependency on the packages that build on the calendar.
 *
 * @param calendar the calendar as edited (read from the table, not yet the cached one)
 * @param actor who edited it
 */
public record WorkingCalendarEdited(WorkingCalendar calendar, Actor actor) {}
