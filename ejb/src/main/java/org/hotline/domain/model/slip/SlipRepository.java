package org.hotline.domain.model.slip;

import java.util.List;
import java.util.Optional;

public interface SlipRepository {

  void add(SupervisionSlip slip);

  Optional<SupervisionSlip> find(Long id);

  /** The slip with its row locked until the transaction ends (SELECT ... FOR UPDATE). */
  Optional<SupervisionSlip> findForUpdate(Long id);

  void append(SlipEvent event);

  List<SlipEvent> history(Long slipId);

  /** The next free number of the year (1 for the first slip). */
  int nextSeq(int year);

  /** The register: slips of a year, of the given units (null: every unit), newest first. */
  List<SupervisionSlip> register(int year, List<String> unitCodes);

  /** Open slips (not resolved) of a unit. */
  List<SupervisionSlip> openOfUnit(String unitCode);

  /** Slips that concern a ticket. */
  List<SupervisionSlip> ofTicket(Long ticketId);
}
