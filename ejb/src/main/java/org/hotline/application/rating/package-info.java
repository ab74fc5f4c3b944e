/**
 * 扫码评警 (scan-to-rate, issue 15): rating targets and their QR codes, the public rating by token, and
 * what follows a rating. Use-case services; they depend on {@code domain.model.rating} and the
 * callback centre's contracts, never on the interfaces layer. See docs/rating.md.
 */
package org.hotline.application.rating;
