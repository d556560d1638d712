package pl.ezd.documents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/** Reads {@link SignatureSettings} once for the deployment, from the server's MicroProfile Config. */
@ApplicationScoped
public class SignatureSettingsProducer {

    @Inject
    Config config;

    // @Singleton: a record cannot be proxied, and the settings never change while deployed
    @Produces
    @Singleton
    SignatureSettings signatureSettings() {
        return SignatureSettings.from(config);
    }
}
