/**
 * Use-case services: thin, they own the transaction, the role and unit checks, and turn requests
 * into calls on the domain. May depend on {@code domain}; reach infrastructure only through the
 * interfaces the domain declares (repositories, {@code TicketProcess}, {@code PasswordHasher}).
 */
package org.hotline.application;
