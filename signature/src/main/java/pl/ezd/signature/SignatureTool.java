package pl.ezd.signature;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Command-line tool for administrators, in the module's jar.
 *
 * <pre>
 * verify FILE [--detached CONTENT] [--trust PATH]... [--trust-qualified PATH]...
 *        [--trust-trusted-profile PATH]... [--trust-personal PATH]... [--crl FILE]... [--online]
 *        [--trusted-list FILE... --trusted-list-signers PATH]
 *        [--tl-store DIR --lotl-signers PATH [--lotl-url URL] [--refresh]]
 * trust-import FILE --store DIR --url URL
 * trust-status DIR --lotl-signers PATH [--lotl-url URL] [--refresh]
 * sign FILE --format xades-enveloped|xades-detached|pades
 *        (--pkcs12 FILE | --pkcs11 LIBRARY --slot ID) [--alias NAME] [--tsa URL] [--out FILE]
 * </pre>
 *
 * <p>{@code verify} prints the verdict word (VALID, INVALID, INDETERMINATE) on the first line, then
 * the details; exit status 0, 1, 2 respectively, 3 for a usage or configuration error.
 * {@code sign} takes the key password or PIN from the environment variable
 * {@code EZD_SIGNING_PASSWORD}, or asks on the console.
 */
public final class SignatureTool {

    static final int EXIT_VALID = 0;
    static final int EXIT_INVALID = 1;
    static final int EXIT_INDETERMINATE = 2;
    static final int EXIT_ERROR = 3;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    SignatureTool(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /**
     * @param args the command and its options
     */
    public static void main(String[] args) {
        System.exit(new SignatureTool(System.out, System.err, System.getenv()).run(args));
    }

    int run(String[] args) {
        if (args.length < 2) {
            return usage("missing command or file");
        }
        try {
            Options o = Options.parse(args);
            return switch (args[0]) {
                case "verify" -> verify(o);
                case "sign" -> sign(o);
                case "trust-import" -> trustImport(o);
                case "trust-status" -> trustStatus(o);
                default -> usage("unknown command: " + args[0]);
            };
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        } catch (SignatureException | IOException e) {
            err.println("error: " + e.getMessage());
            return EXIT_ERROR;
        }
    }

    private int verify(Options o) throws IOException {
        SignatureVerifier.Builder b = SignatureVerifier.builder();
        addAnchors(b, o, "--trust", SignatureKind.ADVANCED_OTHER);
        addAnchors(b, o, "--trust-qualified", SignatureKind.QUALIFIED_SIGNATURE);
        addAnchors(b, o, "--trust-trusted-profile", SignatureKind.TRUSTED_PROFILE);
        addAnchors(b, o, "--trust-personal", SignatureKind.PERSONAL_SIGNATURE);
        List<byte[]> crls = new ArrayList<>();
        for (String crl : o.all("--crl")) {
            crls.add(Files.readAllBytes(Path.of(crl)));
        }
        b.crls(crls).onlineRevocation(o.flag("--online"));
        List<java.security.cert.X509Certificate> listSigners = new ArrayList<>();
        for (String path : o.all("--trusted-list-signers")) {
            listSigners.addAll(TrustAnchors.load(Path.of(path)));
        }
        for (String list : o.all("--trusted-list")) {
            if (listSigners.isEmpty()) {
                throw new IllegalArgumentException("--trusted-list needs --trusted-list-signers PATH");
            }
            b.trustedList(Files.readAllBytes(Path.of(list)), listSigners);
        }
        if (o.one("--tl-store") != null) {
            listOfTrustedLists(b, o, Path.of(o.one("--tl-store")));
        }
        SignatureVerifier verifier = b.build();
        for (String line : verifier.trustedListStatus()) {
            err.println("trusted list " + line);
        }
        Path file = Path.of(o.file);
        byte[] document = Files.readAllBytes(file);
        String detached = o.one("--detached");
        VerificationReport report = detached == null
                ? verifier.verify(document, file.getFileName().toString())
                : verifier.verifyDetached(document, file.getFileName().toString(),
                        Files.readAllBytes(Path.of(detached)), Path.of(detached).getFileName().toString());
        print(report);
        return switch (report.verdict()) {
            case VALID -> EXIT_VALID;
            case INVALID -> EXIT_INVALID;
            case INDETERMINATE -> EXIT_INDETERMINATE;
        };
    }

    private static void listOfTrustedLists(SignatureVerifier.Builder b, Options o, Path store) {
        List<java.security.cert.X509Certificate> signers = new ArrayList<>();
        for (String path : o.all("--lotl-signers")) {
            signers.addAll(TrustAnchors.load(Path.of(path)));
        }
        if (signers.isEmpty()) {
            throw new IllegalArgumentException("the list of trusted lists needs --lotl-signers PATH");
        }
        String url = o.one("--lotl-url") != null ? o.one("--lotl-url") : TrustedListStore.EU_LOTL_URL;
        b.listOfTrustedLists(url, signers, TrustedListStore.at(store), o.flag("--refresh"));
    }

    /** Keeps a list file (brought on a medium) in the installation's store as published at --url. */
    private int trustImport(Options o) throws IOException {
        String store = o.one("--store");
        String url = o.one("--url");
        if (store == null || url == null) {
            throw new IllegalArgumentException("trust-import needs --store DIR and --url URL");
        }
        Path written = TrustedListStore.at(Path.of(store)).importList(url, Files.readAllBytes(Path.of(o.file)));
        out.println("IMPORTED " + written);
        return 0;
    }

    /** Checks the stored lists (downloading newer ones with --refresh); 0 when every list is usable. */
    private int trustStatus(Options o) {
        SignatureVerifier.Builder b = SignatureVerifier.builder();
        listOfTrustedLists(b, o, Path.of(o.file));
        List<String> status = b.build().trustedListStatus();
        boolean allPassed = !status.isEmpty() && status.stream().allMatch(l -> l.contains("signature TOTAL_PASSED"));
        out.println(allPassed ? "OK" : "PROBLEM");
        status.forEach(out::println);
        return allPassed ? 0 : EXIT_INDETERMINATE;
    }

    private void print(VerificationReport r) {
        out.println(r.verdict());
        if (!r.reason().isEmpty()) {
            out.println("reason: " + r.reason());
        }
        out.println("summary: " + r.summaryPl());
        for (VerificationReport.SignatureResult s : r.signatures()) {
            out.println("signature " + s.id() + ": " + s.verdict() + (s.reason().isEmpty() ? "" : " (" + s.reason() + ")"));
            out.println("  kind: " + s.kind() + ", format: " + s.format() + ", signer: " + s.signer());
            s.claimedSigningTimeIfAny().ifPresent(t -> out.println("  claimed signing time: " + t));
            s.provenSigningTimeIfAny().ifPresent(t -> out.println("  proven signing time: " + t));
            out.println("  coverage: " + s.coverage() + " " + s.coveredObjects());
            for (VerificationReport.CertificateInfo c : s.certificates()) {
                out.println("  certificate: " + c.subject() + (c.trustAnchor() ? " [trust anchor]" : "")
                        + " valid " + c.notBefore() + " .. " + c.notAfter());
            }
            for (VerificationReport.Check c : s.checks()) {
                out.println("  check " + (c.passed() ? "ok  " : "FAIL") + " " + c.name() + ": " + c.detail());
            }
        }
    }

    private static void addAnchors(SignatureVerifier.Builder b, Options o, String option, SignatureKind kind) {
        for (String path : o.all(option)) {
            b.trustAnchors(kind, TrustAnchors.load(Path.of(path)));
        }
    }

    private int sign(Options o) throws IOException {
        String formatName = o.one("--format");
        if (formatName == null) {
            throw new IllegalArgumentException("--format is required");
        }
        SignatureFormat format = SignatureFormat.valueOf(formatName.toUpperCase(Locale.ROOT).replace('-', '_'));
        char[] secret = secret();
        SigningKey key;
        if (o.one("--pkcs12") != null) {
            key = SigningKey.fromPkcs12(Path.of(o.one("--pkcs12")), secret, o.one("--alias"));
        } else if (o.one("--pkcs11") != null && o.one("--slot") != null) {
            key = SigningKey.fromPkcs11(Path.of(o.one("--pkcs11")), Long.parseLong(o.one("--slot")), secret, o.one("--alias"));
        } else {
            throw new IllegalArgumentException("give --pkcs12 FILE or --pkcs11 LIBRARY --slot ID");
        }
        String tsa = o.one("--tsa");
        DocumentSigner signer = DocumentSigner.builder(key).timestampAuthority(tsa == null ? null : URI.create(tsa)).build();
        Path file = Path.of(o.file);
        byte[] signed = signer.sign(format, Files.readAllBytes(file), file.getFileName().toString());
        Path target = o.one("--out") != null ? Path.of(o.one("--out")) : defaultOutput(file, format);
        Files.write(target, signed);
        out.println("SIGNED " + target);
        return 0;
    }

    private static Path defaultOutput(Path file, SignatureFormat format) {
        String name = file.getFileName().toString();
        String out = switch (format) {
            case XADES_DETACHED -> name + ".xades";
            case XADES_ENVELOPED, PADES -> {
                int dot = name.lastIndexOf('.');
                yield dot > 0 ? name.substring(0, dot) + "-signed" + name.substring(dot) : name + "-signed";
            }
        };
        return file.resolveSibling(out);
    }

    private char[] secret() {
        String fromEnv = env.get("EZD_SIGNING_PASSWORD");
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("set EZD_SIGNING_PASSWORD or run on a terminal");
        }
        return console.readPassword("Password or PIN: ");
    }

    private int usage(String problem) {
        err.println("error: " + problem);
        err.println("usage: verify FILE [--detached CONTENT] [--trust PATH]... [--trust-qualified PATH]...");
        err.println("              [--trust-trusted-profile PATH]... [--trust-personal PATH]... [--crl FILE]... [--online]");
        err.println("              [--trusted-list FILE... --trusted-list-signers PATH]");
        err.println("              [--tl-store DIR --lotl-signers PATH [--lotl-url URL] [--refresh]]");
        err.println("       trust-import FILE --store DIR --url URL");
        err.println("       trust-status DIR --lotl-signers PATH [--lotl-url URL] [--refresh]");
        err.println("       sign FILE --format xades-enveloped|xades-detached|pades");
        err.println("              (--pkcs12 FILE | --pkcs11 LIBRARY --slot ID) [--alias NAME] [--tsa URL] [--out FILE]");
        err.println("       (password or PIN from EZD_SIGNING_PASSWORD, or asked on the terminal)");
        return EXIT_ERROR;
    }

    /** Parsed command line: the file, repeatable options with values, and flags. */
    private static final class Options {
        private static final List<String> FLAGS = List.of("--online", "--refresh");
        private String file;
        private final Map<String, List<String>> values = new HashMap<>();

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if (a.startsWith("--")) {
                    if (FLAGS.contains(a)) {
                        o.values.computeIfAbsent(a, k -> new ArrayList<>()).add("true");
                    } else if (i + 1 < args.length) {
                        o.values.computeIfAbsent(a, k -> new ArrayList<>()).add(args[++i]);
                    } else {
                        throw new IllegalArgumentException(a + " needs a value");
                    }
                } else if (o.file == null) {
                    o.file = a;
                } else {
                    throw new IllegalArgumentException("unexpected argument: " + a);
                }
            }
            if (o.file == null) {
                throw new IllegalArgumentException("missing FILE");
            }
            return o;
        }

        List<String> all(String option) {
            return values.getOrDefault(option, List.of());
        }

        String one(String option) {
            List<String> v = all(option);
            return v.isEmpty() ? null : v.get(v.size() - 1);
        }

        boolean flag(String option) {
            return values.containsKey(option);
        }
    }
}
