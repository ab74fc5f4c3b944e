package org.hotline.domain.model.rating;

import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.officer.Officer;

/** Rating targets (评价对象) and their codes (评价码). */
public interface RatingTargetRepository {

  /** Every target, by unit order, kind and name. */
  List<RatingTarget> all();

  /** The targets of one unit (by its code), by kind and name. */
  List<RatingTarget> ofUnit(String unitCode);

  Optional<RatingTarget> find(Long id);

  /** The target of an officer, if one exists. */
  Optional<RatingTarget> ofOfficer(Officer officer);

  /**
   * The active target of this kind, unit and name (not an officer's), if any.
   *
   * @return the target that holds the name, or empty
   */
  Optional<RatingTarget> activeNamed(
      RatingTargetKind kind, org.hotline.domain.model.unit.Unit unit, String name);

  /**
   * Persists a new target and writes it at once, so that a second active target of the same kind,
   * unit and name is refused here ({@link DuplicateRatingTargetException}) rather than at commit.
   */
  void add(RatingTarget target);

  /** The code with this token, in force or revoked. */
  Optional<RatingCode> codeByToken(String token);

  /** Whether no target exists yet (the demo data loads them once). */
  boolean isEmpty();

  void save(RatingTarget target);

  /** Persists a newly issued code of a saved target. */
  void save(RatingCode code);
}
