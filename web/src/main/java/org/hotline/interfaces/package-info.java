/**
 * Entry points: JAX-RS resources and their request bodies ({@code interfaces.<feature>.rest}) and
 * the RFC 9457 problem mapping ({@code interfaces.rest}). A resource checks the shape of a request,
 * calls one application service and maps the result; it holds no business rule and never touches
 * the EntityManager. The pages (src/main/webapp) use this same API.
 */
package org.hotline.interfaces;
