package nl.wmoregio.web.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import nl.wmoregio.web.platform.rest.openapi.ApiDocumentFilter;
import nl.wmoregio.web.platform.rest.openapi.ApiVersie;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, version 1 (semver in {@link ApiVersie}). Its OpenAPI document is at /wmo/api/v1/openapi.json
 * (and .yaml), made complete by {@link ApiDocumentFilter}; Payara also serves it at /openapi. See docs/api.md.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Wmo Regio API", version = ApiVersie.VERSIE,
                description = ApiDocumentFilter.BESCHRIJVING),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
