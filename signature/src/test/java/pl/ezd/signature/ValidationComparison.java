package pl.ezd.signature;

import eu.europa.esig.dss.policy.ValidationPolicyFacade;
import java.io.ByteArrayOutputStream;

/**
 * Our validation against straightforward DSS, alternating one-second slices in one JVM so that
 * both see the same machine (this 2-core machine's speed drifts by tens of percent between JMH
 * benchmarks run minutes apart). Not a test; run by hand, see docs/PERFORMANCE.md.
 */
public final class ValidationComparison {

    private ValidationComparison() {
    }

    /**
     * @param args seconds to run (default 60) and document size in bytes (default 10240)
     * @throws Exception if signing or validation fails
     */
    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 60;
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 10240;
        TestPki pki = TestPki.get();
        byte[] signed = DocumentSigner.builder(pki.signer.signingKey()).build()
                .sign(SignatureFormat.XADES_ENVELOPED, SignatureBenchmarks.letter(size), "pismo.xml");
        SignatureVerifier verifier = pki.verifier().build();
        ByteArrayOutputStream policy = new ByteArrayOutputStream();
        ValidationPolicyFacade.newFacade().marshall(StrictPolicy.parameters(), policy);
        byte[] policyXml = policy.toByteArray();

        long[] nanos = new long[2];
        int[] counts = new int[2];
        long stop = System.nanoTime() + seconds * 1_000_000_000L;
        for (int slice = 0; System.nanoTime() < stop; slice++) {
            int which = slice % 2;
            long start = System.nanoTime();
            long end = start + 1_000_000_000L;
            int n = 0;
            while (System.nanoTime() < end) {
                if (which == 0) {
                    verifier.verify(signed, "pismo.xml");
                } else {
                    StraightforwardDss.validate(pki, signed, "pismo.xml", policyXml);
                }
                n++;
            }
            if (slice >= 10) { // the first ten slices are warm-up
                nanos[which] += System.nanoTime() - start;
                counts[which] += n;
            }
        }
        double ours = counts[0] * 1e9 / nanos[0];
        double dss = counts[1] * 1e9 / nanos[1];
        System.out.printf("ours %.1f ops/s, DSS straightforward %.1f ops/s, ratio %.2f%n", ours, dss, ours / dss);
    }
}
