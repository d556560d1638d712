package pl.ezd.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * Version 1 of the EZD's JSON API, for our screens' scripts and for an office's domain systems.
 * Clients authenticate with HTTP Basic; every call acts within the caller's organisation.
 * The description is served at {@code /openapi}.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "EZD API", version = "1",
        description = "Elektroniczne Zarządzanie Dokumentacją: registry, file plan (JRWA), workflow inbox and audit trail of one organisation"))
public class RestApplication extends Application {
}
