/**
 * 满意度答复来源: records the provenance of every satisfaction answer (QR rating, SMS reply, callback
 * outcome) in one shape and counts them per channel. Depends on the domain model and on the events
 * of the SMS and ticket parts.
 */
package org.hotline.application.satisfaction;
