package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hotline.domain.model.rating.Rating;
import org.hotline.domain.model.rating.RatingRepository;

/** JPA repository of ratings (评价). */
@ApplicationScoped
public class JpaRatingRepository implements RatingRepository {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Override
  public void save(Rating rating) {
    em.persist(rating);
  }
}
