package org.hotline.application.error;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the element type of a batch (批量) whose records the service checks one by one, refusing a
 * bad record alone with its reasons (e.g. {@code ServiceRecordInput}): the JSON body check then
 * leaves a record's character errors ({@code INVALID_CHARACTER}) to the service, so that one record
 * with an invisible character does not refuse the whole request. What cannot be bound at all (a
 * malformed body, a value of the wrong JSON type) still refuses the request.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CheckedPerRow {}
