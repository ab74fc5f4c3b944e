package org.hotline.domain.model.ticket;

/**
 * Criteria of a ticket listing. {@code visibleUnitCode} restricts to one owner unit (unit roles);
 * null means every unit (centre roles). With a {@code text}, the full-text index (Chinese word
 * segmentation) matches content and address, and the caller name when {@code
 * textMatchesCallerName}. {@code assistingUnitCode} lists the tickets on which that unit has a part
 * still to reply (协办). {@code overdue}: still owed by the unit after its reply deadline (超期);
 * {@code slipProposed}: a supervision slip was proposed after a second dissatisfaction (建议督办).
 * {@code callerPhone} is the prefix of the normalised (E.164) caller number to match, see {@link
 * CallerPhones#lookupPrefix}; a unit role never matches the caller data of a confidential (保密)
 * ticket. {@code urgency} keeps one urgency (紧急程度); {@code repeatCallsSince}, when set, keeps the
 * tickets of callers who called at least twice since that instant (重复来电: two or more tickets with
 * the same E.164 number). {@code merged}: null keeps every ticket, false leaves out merged calls
 * (并案) and the tickets of excluded ratings (不计入统计) — the tickets the analysis counts — true keeps
 * only merged calls (the full-text search leaves out merged calls only). {@code ownerUnitIn}, when
 * not null, keeps only the tickets owned by one of those units (a callback sub-centre's, 分中心;
 * empty: none). {@code callerNumberShown}, when not null, is where the searcher sees callers'
 * numbers whole ({@link CallerNumberShown}; a callback agent: tickets awaiting a revisit, 复访, and
 * those of the open tasks they work); {@code callerPhone} then matches those tickets only, so that
 * a number masked to the searcher ({@code 139****5678}) is never confirmed.
 */
public record TicketSearch(
    TicketStatus status,
    String unitCode,
    String visibleUnitCode,
    String callerPhone,
    String text,
    Boolean callbackDue,
    TicketOrder order,
    int page,
    int size,
    String categoryCode,
    String areaCode,
    Channel channel,
    java.time.Instant createdFrom,
    java.time.Instant createdBefore,
    boolean textMatchesCallerName,
    String assistingUnitCode,
    Boolean overdue,
    Boolean slipProposed,
    Urgency urgency,
    java.time.Instant repeatCallsSince,
    Boolean merged,
    java.util.List<String> ownerUnitIn,
    CallerNumberShown callerNumberShown) {

  public enum TicketOrder {
    /** newest first */
    NEWEST,
    /** nearest reply deadline first */
    DEADLINE,
    /** best full-text match first (with a text; otherwise newest first) */
    RELEVANCE,
    /**
     * most urgent first (特急, 紧急, 一般), then nearest reply deadline, then oldest: the dispatcher's
     * queue
     */
    URGENCY
  }

  /**
   * Whether the caller data (name, phone) of confidential (保密) tickets may be matched: only for
   * centre roles, who see those callers; a unit role must not be able to confirm a hidden caller.
   */
  public boolean matchesConfidentialCallers() {
    return textMatchesCallerName;
  }

  /** Whether the full-text index answers this search (a text to match). */
  public boolean fullText() {
    return text != null;
  }
}
