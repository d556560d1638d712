package pl.ezd.signature;

import eu.europa.esig.dss.enumerations.Level;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.policy.EtsiValidationPolicy;
import eu.europa.esig.dss.policy.ValidationPolicyFacade;
import eu.europa.esig.dss.policy.jaxb.BasicSignatureConstraints;
import eu.europa.esig.dss.policy.jaxb.ConstraintsParameters;
import eu.europa.esig.dss.policy.jaxb.LevelConstraint;
import eu.europa.esig.dss.policy.jaxb.SignatureConstraints;
import eu.europa.esig.dss.policy.jaxb.SignedAttributesConstraints;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * The office's validation policy: DSS's default ETSI policy, with the checks the default only
 * warns about made failing where passing them matters for legal effect. Built once and shared:
 * the policy object is read-only during validation.
 *
 * <p>What is stricter than DSS's default, and why:
 * <ul>
 *   <li>PDF: later changes that hide or overlay content (shadow attacks) fail: annotation
 *       overlap, visual difference, DocMDP / FieldMDP / signature field lock violations,
 *       undefined changes, byte range collision.</li>
 *   <li>The signing certificate must be referenced by the signature, once (otherwise a
 *       certificate could be swapped for another with the same key).</li>
 *   <li>Time-stamps must be coherent in order (a time-stamp copied from elsewhere does not
 *       prove anything).</li>
 * </ul>
 * Partial coverage of an XML document, broken signed references and time-stamps that do not
 * cover the signature they sit on are made INVALID by {@code ReportMapper} itself.
 */
final class StrictPolicy {

    private static final String DSS_DEFAULT = "/policy/constraint.xml";

    private StrictPolicy() {
    }

    static ValidationPolicy create() {
        return new EtsiValidationPolicy(parameters());
    }

    /** The policy as DSS's JAXB model, e.g. to write it out as a policy file. */
    static ConstraintsParameters parameters() {
        try (InputStream in = StrictPolicy.class.getResourceAsStream(DSS_DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException(DSS_DEFAULT + " not on the class path (dss-policy-jaxb missing?)");
            }
            ConstraintsParameters params = ValidationPolicyFacade.newFacade().unmarshall(in);
            params.setName("EZD strict policy");
            params.setDescription("DSS default ETSI policy, with PDF modification, signing-certificate "
                    + "reference and time-stamp coherence checks made failing.");
            tighten(params.getSignatureConstraints());
            tighten(params.getCounterSignatureConstraints());
            if (params.getTimestamp() != null) {
                params.getTimestamp().setCoherence(fail());
            }
            return params;
        } catch (Exception e) {
            throw new SignatureException.ConfigurationException("Cannot build the validation policy", e);
        }
    }

    private static void tighten(SignatureConstraints constraints) {
        if (constraints == null) {
            return;
        }
        BasicSignatureConstraints basic = constraints.getBasicSignatureConstraints();
        if (basic != null) {
            setFail(basic::setByteRangeCollision);
            setFail(basic::setPdfAnnotationOverlap);
            setFail(basic::setPdfVisualDifference);
            setFail(basic::setDocMDP);
            setFail(basic::setFieldMDP);
            setFail(basic::setSigFieldLock);
            setFail(basic::setUndefinedChanges);
        }
        SignedAttributesConstraints signed = constraints.getSignedAttributes();
        if (signed != null) {
            setFail(signed::setSigningCertificatePresent);
            setFail(signed::setUnicitySigningCertificate);
        }
    }

    private static void setFail(Consumer<LevelConstraint> setter) {
        setter.accept(fail());
    }

    private static LevelConstraint fail() {
        LevelConstraint c = new LevelConstraint();
        c.setLevel(Level.FAIL);
        return c;
    }
}
