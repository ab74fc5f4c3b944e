package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotline.domain.model.callback.SubCentres;

/** Sub-centres (分中心) over three small tables, read with plain SQL. */
@ApplicationScoped
public class JpaSubCentres implements SubCentres {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, String> all() {
    Map<String, String> all = new LinkedHashMap<>();
    for (Object[] r :
        (List<Object[]>)
            em.createNativeQuery(
                    "SELECT code, name FROM sub_centre WHERE active = TRUE ORDER BY sort_order, code")
                .getResultList()) {
      all.put((String) r[0], (String) r[1]);
    }
    return all;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Optional<String> ofAgent(String username) {
    return ((List<String>)
            em.createNativeQuery("SELECT sub_centre_code FROM sub_centre_agent WHERE username = ?1")
                .setParameter(1, username)
                .getResultList())
        .stream().findFirst();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<String> unitCodes(String subCentreCode) {
    return em.createNativeQuery(
            "SELECT unit_code FROM sub_centre_unit WHERE sub_centre_code = ?1 ORDER BY unit_code")
        .setParameter(1, subCentreCode)
        .getResultList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, String> byUnit() {
    Map<String, String> map = new LinkedHashMap<>();
    for (Object[] r :
        (List<Object[]>)
            em.createNativeQuery("SELECT unit_code, sub_centre_code FROM sub_centre_unit")
                .getResultList()) {
      map.put((String) r[0], (String) r[1]);
    }
    return map;
  }

  @Override
  public void create(String code, String name, int sortOrder) {
    em.createNativeQuery("INSERT INTO sub_centre (code, name, sort_order) VALUES (?1, ?2, ?3)")
        .setParameter(1, code)
        .setParameter(2, name)
        .setParameter(3, sortOrder)
        .executeUpdate();
  }

  @Override
  public void assignUnit(String unitCode, String subCentreCode) {
    em.createNativeQuery("INSERT INTO sub_centre_unit (unit_code, sub_centre_code) VALUES (?1, ?2)")
        .setParameter(1, unitCode)
        .setParameter(2, subCentreCode)
        .executeUpdate();
  }

  @Override
  public void assignAgent(String username, String subCentreCode) {
    em.createNativeQuery("INSERT INTO sub_centre_agent (username, sub_centre_code) VALUES (?1, ?2)")
        .setParameter(1, username)
        .setParameter(2, subCentreCode)
        .executeUpdate();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Entry> entries() {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT code, name, sort_order, active FROM sub_centre ORDER BY sort_order, code")
            .getResultList();
    Map<String, List<String>> units =
        grouped("SELECT sub_centre_code, unit_code FROM sub_centre_unit ORDER BY unit_code");
    Map<String, List<String>> agents =
        grouped("SELECT sub_centre_code, username FROM sub_centre_agent ORDER BY username");
    return rows.stream()
        .map(
            r ->
                new Entry(
                    (String) r[0],
                    (String) r[1],
                    ((Number) r[2]).intValue(),
                    Boolean.TRUE.equals(r[3]) || (r[3] instanceof Number n && n.intValue() != 0),
                    units.getOrDefault((String) r[0], List.of()),
                    agents.getOrDefault((String) r[0], List.of())))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private Map<String, List<String>> grouped(String sql) {
    Map<String, List<String>> map = new java.util.HashMap<>();
    for (Object[] r : (List<Object[]>) em.createNativeQuery(sql).getResultList()) {
      map.computeIfAbsent((String) r[0], k -> new java.util.ArrayList<>()).add((String) r[1]);
    }
    return map;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Optional<String> ofUnit(String unitCode) {
    List<String> rows =
        em.createNativeQuery("SELECT sub_centre_code FROM sub_centre_unit WHERE unit_code = ?1")
            .setParameter(1, unitCode)
            .getResultList();
    return rows.stream().findFirst();
  }

  @Override
  public void update(String code, String name, int sortOrder, boolean active) {
    em.createNativeQuery(
            "UPDATE sub_centre SET name = ?1, sort_order = ?2, active = ?3 WHERE code = ?4")
        .setParameter(1, name)
        .setParameter(2, sortOrder)
        .setParameter(3, active)
        .setParameter(4, code)
        .executeUpdate();
  }

  @Override
  public void replaceUnits(String code, List<String> unitCodes) {
    em.createNativeQuery("DELETE FROM sub_centre_unit WHERE sub_centre_code = ?1")
        .setParameter(1, code)
        .executeUpdate();
    unitCodes.forEach(u -> assignUnit(u, code));
  }

  @Override
  public void replaceAgents(String code, List<String> usernames) {
    em.createNativeQuery("DELETE FROM sub_centre_agent WHERE sub_centre_code = ?1")
        .setParameter(1, code)
        .executeUpdate();
    usernames.forEach(u -> assignAgent(u, code));
  }
}
