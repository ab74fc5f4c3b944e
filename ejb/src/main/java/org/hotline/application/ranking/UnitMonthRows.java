package org.hotline.application.ranking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.hotline.application.text.Messages;
import org.hotline.domain.model.ranking.Attribution;
import org.hotline.domain.model.ranking.NumberedOutcome;
import org.hotline.domain.model.ranking.RankingPeriod;
import org.hotline.domain.model.ranking.RankingRepository;
import org.hotline.domain.model.ranking.TicketOutcome;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * The detail rows of a unit's month, read page by page (keyset on the ticket id): every ticket due
 * in the month or reached by a callback in it, marked with what it counts for — on time (replied by
 * its deadline) and closed in the month only for tickets due in the month, as the tallies count.
 */
final class UnitMonthRows implements Iterator<Map<String, ?>> {
  private final RankingRepository rankings;
  private final String unitCode;
  private final RankingPeriod period;
  private final Attribution attribution;
  private final int size;
  private final Locale locale;
  private Iterator<Map<String, ?>> page = Collections.emptyIterator();
  private long after = Long.MIN_VALUE;
  private boolean last;

  UnitMonthRows(
      RankingRepository rankings,
      String unitCode,
      RankingPeriod period,
      Attribution attribution,
      int size,
      Locale locale) {
    this.rankings = rankings;
    this.locale = locale;
    this.unitCode = unitCode;
    this.period = period;
    this.attribution = attribution;
    this.size = size;
  }

  @Override
  public boolean hasNext() {
    while (!page.hasNext() && !last) {
      List<NumberedOutcome> outcomes =
          rankings.unitMonthPage(unitCode, period.from(), period.to(), attribution, after, size);
      last = outcomes.size() < size;
      if (!outcomes.isEmpty()) {
        after = outcomes.get(outcomes.size() - 1).outcome().ticketId();
      }
      List<Map<String, ?>> rows = new ArrayList<>(outcomes.size());
      for (NumberedOutcome o : outcomes) {
        rows.add(row(o.outcome(), o.number()));
      }
      page = rows.iterator();
    }
    return page.hasNext();
  }

  @Override
  public Map<String, ?> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return page.next();
  }

  private Map<String, ?> row(TicketOutcome o, String number) {
    boolean dueInMonth =
        o.dueAt() != null && !o.dueAt().isBefore(period.from()) && o.dueAt().isBefore(period.to());
    boolean onTime = dueInMonth && o.repliedAt() != null && !o.repliedAt().isAfter(o.dueAt());
    boolean closed = dueInMonth && o.closedAt() != null && o.closedAt().isBefore(period.to());
    Map<String, Object> m = new HashMap<>();
    m.put("number", number);
    m.put("due", minutes(BusinessTime.display(o.dueAt())));
    m.put("replied", minutes(BusinessTime.display(o.repliedAt())));
    m.put("closed", minutes(BusinessTime.display(o.closedAt())));
    m.put("callback", Messages.label(o.callbackResult(), locale));
    m.put(
        "counts",
        (onTime ? Messages.text("pdf.ranking.repliedInTime", locale) + " " : "")
            + (closed ? Messages.text("pdf.ranking.closedInMonth", locale) : ""));
    return m;
  }

  private static String minutes(java.time.OffsetDateTime t) {
    return t == null ? null : t.toString().substring(0, 16).replace('T', ' ');
  }
}
