package nl.wmoregio.web.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1. Served as OpenAPI at /openapi by MicroProfile OpenAPI. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Wmo Regio API", version = "1",
                description = "Regio, gemeenten en (later) inkoop, toegang, toezicht en kwaliteit van een Wmo-centrumregeling. "
                        + "Fouten volgen RFC 9457 (application/problem+json); wijzigingen vragen If-Match met de ETag."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
