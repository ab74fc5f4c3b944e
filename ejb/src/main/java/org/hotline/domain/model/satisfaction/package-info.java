/**
 * 满意度答复来源: one provenance record for every satisfaction answer (QR rating, SMS reply, callback
 * outcome). Depends on nothing else of the domain.
 */
package org.hotline.domain.model.satisfaction;
