/**
 * The domain layer: entities, value objects and repository interfaces, grouped by aggregate in
 * {@code domain.model.<aggregate>}. Depends on nothing but Jakarta Persistence (and Hibernate's
 * caching/natural-id) annotations and the JDK; never on {@code application}, {@code infrastructure}
 * or Camunda.
 */
package org.hotline.domain;
