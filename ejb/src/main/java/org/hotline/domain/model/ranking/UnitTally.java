package org.hotline.domain.model.ranking;

/**
 * The counts of one unit in one month, as the repository reads them from {@link TicketOutcome}:
 * tickets due (reply deadline in the month), replied by their deadline, closed by the end of the
 * month; first callbacks in the month (reached = satisfied + basically satisfied + dissatisfied;
 * unreachable apart); re-visits after rectification in the month and how many of them satisfied.
 */
public record UnitTally(
    String unitCode,
    long due,
    long repliedOnTime,
    long closed,
    long satisfied,
    long basicallySatisfied,
    long dissatisfied,
    long unreachable,
    long revisits,
    long revisitsSatisfied) {

  public static UnitTally empty(String unitCode) {
    return new UnitTally(unitCode, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** Callbacks that reached the citizen (unreachable excluded). */
  public long reached() {
    return satisfied + basicallySatisfied + dissatisfied;
  }

  public Rate reply() {
    return Rate.of(repliedOnTime, due);
  }

  public Rate closure() {
    return Rate.of(closed, due);
  }

  public Rate satisfaction() {
    return Rate.of(satisfied + basicallySatisfied, reached());
  }

  public Rate revisit() {
    return Rate.of(revisitsSatisfied, revisits);
  }

  /** The sum of two tallies of the same unit (two months, or two queries' halves). */
  public UnitTally plus(UnitTally o) {
    return new UnitTally(
        unitCode,
        due + o.due,
        repliedOnTime + o.repliedOnTime,
        closed + o.closed,
        satisfied + o.satisfied,
        basicallySatisfied + o.basicallySatisfied,
        dissatisfied + o.dissatisfied,
        unreachable + o.unreachable,
        revisits + o.revisits,
        revisitsSatisfied + o.revisitsSatisfied);
  }
}
