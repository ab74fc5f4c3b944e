package org.hotline.domain.model.rating;

/** Ratings (评价). */
public interface RatingRepository {

  void save(Rating rating);
}
