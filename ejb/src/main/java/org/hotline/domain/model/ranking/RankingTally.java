package org.hotline.domain.model.ranking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * 月度汇总行: the counts of one unit in one month under one rule of attribution, kept in step with the
 * tickets' outcomes in the transaction that changes them ({@link MonthlyTallies}). A row is created
 * empty the first time a ticket counts for its unit and month, then only incremented and
 * decremented.
 */
@Entity
@Table(name = "ranking_tally")
@NamedQuery(
    name = "RankingTally.ofMonth",
    query = "SELECT t FROM RankingTally t WHERE t.month = :month AND t.attribution = :attribution")
@NamedQuery(
    name = "RankingTally.increment",
    query =
        "UPDATE RankingTally t SET t.due = t.due + :due, t.repliedOnTime = t.repliedOnTime + :onTime,"
            + " t.closed = t.closed + :closed, t.satisfied = t.satisfied + :satisfied,"
            + " t.basicallySatisfied = t.basicallySatisfied + :basically,"
            + " t.dissatisfied = t.dissatisfied + :dissatisfied,"
            + " t.unreachable = t.unreachable + :unreachable, t.revisits = t.revisits + :revisits,"
            + " t.revisitsSatisfied = t.revisitsSatisfied + :revisitsSatisfied"
            + " WHERE t.month = :month AND t.attribution = :attribution AND t.unitCode = :unit")
@IdClass(RankingTally.Id.class)
public class RankingTally {

  @jakarta.persistence.Id
  @Column(name = "ranking_month", length = 7)
  private String month;

  @jakarta.persistence.Id
  @Enumerated(EnumType.STRING)
  @Column(name = "attribution", length = 20)
  private Attribution attribution;

  @jakarta.persistence.Id
  @Column(name = "unit_code", length = 40)
  private String unitCode;

  @Column(name = "due_count", nullable = false)
  private long due;

  @Column(name = "replied_on_time", nullable = false)
  private long repliedOnTime;

  @Column(name = "closed_count", nullable = false)
  private long closed;

  @Column(name = "satisfied", nullable = false)
  private long satisfied;

  @Column(name = "basically_satisfied", nullable = false)
  private long basicallySatisfied;

  @Column(name = "dissatisfied", nullable = false)
  private long dissatisfied;

  @Column(name = "unreachable", nullable = false)
  private long unreachable;

  @Column(name = "revisits", nullable = false)
  private long revisits;

  @Column(name = "revisits_satisfied", nullable = false)
  private long revisitsSatisfied;

  protected RankingTally() {}

  /** An empty row for {@code key}. */
  public RankingTally(MonthlyTallies.Key key) {
    this.month = key.month();
    this.attribution = key.attribution();
    this.unitCode = key.unitCode();
  }

  /** The counts as a tally of the unit. */
  public UnitTally tally() {
    return new UnitTally(
        unitCode,
        due,
        repliedOnTime,
        closed,
        satisfied,
        basicallySatisfied,
        dissatisfied,
        unreachable,
        revisits,
        revisitsSatisfied);
  }

  /** The primary key (month, attribution, unit). */
  public static class Id implements Serializable {
    private static final long serialVersionUID = 1L;
    private String month;
    private Attribution attribution;
    private String unitCode;

    protected Id() {}

    public Id(MonthlyTallies.Key key) {
      this.month = key.month();
      this.attribution = key.attribution();
      this.unitCode = key.unitCode();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Id i
          && Objects.equals(month, i.month)
          && attribution == i.attribution
          && Objects.equals(unitCode, i.unitCode);
    }

    @Override
    public int hashCode() {
      return Objects.hash(month, attribution, unitCode);
    }
  }
}
