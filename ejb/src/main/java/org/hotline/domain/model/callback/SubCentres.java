package org.hotline.domain.model.callback;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 分中心 (callback sub-centres): which serving units each sub-centre calls back for, and which agents
 * work for a sub-centre (all other agents work for the city centre, 市中心, which sees everything).
 */
public interface SubCentres {

  /**
   * One sub-centre as the administration sees it.
   *
   * @param active false once retired (its units and agents then belong to the city centre)
   * @param unitCodes the serving units it calls back for
   * @param agents the usernames of its agents
   */
  record Entry(
      String code,
      String name,
      int sortOrder,
      boolean active,
      List<String> unitCodes,
      List<String> agents) {}

  /** Every sub-centre, retired ones too, in order. */
  List<Entry> entries();

  /** The sub-centre of {@code unitCode}, if any. */
  Optional<String> ofUnit(String unitCode);

  /** Renames, reorders, retires ({@code active} false) or reactivates a sub-centre. */
  void update(String code, String name, int sortOrder, boolean active);

  /** The units of a sub-centre become exactly {@code unitCodes}. */
  void replaceUnits(String code, List<String> unitCodes);

  /** The agents of a sub-centre become exactly {@code usernames}. */
  void replaceAgents(String code, List<String> usernames);

  /** code → name of the active sub-centres, in order. */
  Map<String, String> all();

  /** The sub-centre an agent works for, empty for the city centre. */
  Optional<String> ofAgent(String username);

  /** The unit codes a sub-centre serves. */
  List<String> unitCodes(String subCentreCode);

  /** unit code → sub-centre code, for every unit that has one. */
  Map<String, String> byUnit();

  /** Creates a sub-centre (demo data and administration). */
  void create(String code, String name, int sortOrder);

  void assignUnit(String unitCode, String subCentreCode);

  void assignAgent(String username, String subCentreCode);
}
