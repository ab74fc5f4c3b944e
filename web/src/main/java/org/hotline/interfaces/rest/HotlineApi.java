package org.hotline.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API under /api; its OpenAPI document is served at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Police hotline case management API (警务热线工单系统)",
            version = "1",
            description =
                "JSON over HTTP. Authentication: HTTP Basic or the pages' session. Errors are "
                    + "RFC 9457 application/problem+json with a stable `code`, the offending `errors[].field` "
                    + "and a `detail` in Chinese or English by Accept-Language."))
public class HotlineApi extends Application {}
