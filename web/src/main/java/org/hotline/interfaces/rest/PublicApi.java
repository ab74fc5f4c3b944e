package org.hotline.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource class (or method) that answers without a login (公开接口): the pages' texts the
 * login page needs and the public rating page's API. Everything else under {@code /api} needs a
 * login ({@link LoginRequiredFilter}). Keep this list the one the README calls public.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicApi {}
