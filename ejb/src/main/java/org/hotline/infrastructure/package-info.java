/**
 * Technical implementations: JPA repositories, schema migrations, the Camunda engine (all of its
 * API stays in {@code infrastructure.bpm}), password hashing. Implements domain interfaces; nothing
 * in {@code domain} or {@code application} imports from here.
 */
package org.hotline.infrastructure;
