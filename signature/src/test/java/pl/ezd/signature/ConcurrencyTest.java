package pl.ezd.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One signer and one verifier shared by several threads, as in the application server. */
class ConcurrencyTest {

    @Test
    void sharedSignerAndVerifierGiveTheSameVerdictsUnderConcurrency() throws Exception {
        TestPki pki = TestPki.get();
        DocumentSigner signer = DocumentSigner.builder(pki.signer.signingKey()).build();
        SignatureVerifier verifier = pki.verifier().build();
        byte[] tampered = new String(signer.sign(SignatureFormat.XADES_ENVELOPED, RoundTripTest.LETTER, "a.xml"),
                StandardCharsets.UTF_8).replace("zaswiadczenia", "pozwolenia").getBytes(StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Verdict[]>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    Verdict[] v = new Verdict[6];
                    for (int i = 0; i < 3; i++) {
                        byte[] letter = ("<pismo nr=\"" + thread + "-" + i + "\">tresc</pismo>").getBytes(StandardCharsets.UTF_8);
                        byte[] signed = signer.sign(SignatureFormat.XADES_ENVELOPED, letter, "p.xml");
                        v[2 * i] = verifier.verify(signed, "p.xml").verdict();
                        v[2 * i + 1] = verifier.verify(tampered, "a.xml").verdict();
                    }
                    return v;
                }));
            }
            for (Future<Verdict[]> f : results) {
                Verdict[] v = f.get();
                for (int i = 0; i < v.length; i++) {
                    assertThat(v[i]).isEqualTo(i % 2 == 0 ? Verdict.VALID : Verdict.INVALID);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
