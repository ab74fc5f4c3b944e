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
            em.createNativeQuery("SELECT code, name FROM sub_centre ORDER BY sort_order, code")
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
}
