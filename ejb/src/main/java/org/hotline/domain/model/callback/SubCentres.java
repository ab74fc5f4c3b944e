package org.hotline.domain.model.callback;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 分中心 (callback sub-centres): which serving units each sub-centre calls back for, and which agents
 * work for a sub-centre (all other agents work for the city centre, 市中心, which sees everything).
 */
public interface SubCentres {

  /** code → name, in order. */
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
