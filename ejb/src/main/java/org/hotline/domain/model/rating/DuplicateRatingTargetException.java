package org.hotline.domain.model.rating;

/**
 * A second active rating target (评价对象) of the same kind, unit and name, refused by the database
 * constraint {@code uk_rating_target_active_name} (two admins creating it at once).
 */
public class DuplicateRatingTargetException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param cause the persistence error of the violated constraint
   */
  public DuplicateRatingTargetException(Throwable cause) {
    super("an active rating target of this kind, unit and name exists", cause);
  }
}
