package pl.ezd.epuap.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import pl.ezd.epuap.control.EpuapDocumentException.Reason;
import pl.ezd.epuap.control.EpuapLetter.Attachment;
import pl.ezd.epuap.control.EpuapLetter.Field;
import pl.ezd.epuap.control.EpuapLetter.Party;

/**
 * A readable rendering of an ePUAP document for the clerk, and a PDF copy for the case file.
 *
 * <p><b>HTML.</b> The template's own stylesheet when one is installed locally, otherwise EZD's
 * generic rendering of any CRD template ({@code epuap-generic.xsl}: headings, sender, addressee,
 * date, title, paragraphs, other fields, attachment list, whether it is signed). The public
 * templates' stylesheets cannot be downloaded by the server, so an administrator installs them in a
 * directory, laid out as the {@code href} of the document's {@code xml-stylesheet} instruction
 * without its scheme: {@code http://crd.gov.pl/wzor/2013/12/12/1410/styl.xsl} is looked up as
 * {@code <directory>/crd.gov.pl/wzor/2013/12/12/1410/styl.xsl}. A stylesheet must be
 * self-contained: XSLT runs with secure processing (no extension functions) and with no access to
 * anything outside ({@code xsl:include}, {@code xsl:import}, {@code document()} and DTDs are
 * refused). A stylesheet that fails is reported and the generic rendering is used instead.
 *
 * <p><b>PDF.</b> Always EZD's own layout of the letter (A4, DejaVu Sans, so Polish letters survive
 * and the text can be extracted), ending with the SHA-256 of the original document, so the copy in
 * the case file can be matched with the original kept in the register. Thread-safe.
 */
public final class EpuapRendering {

    /** An HTML rendering and how it was made. */
    public record Html(String html, boolean templateStylesheet, String stylesheetRefusal) {

        /** Whether the template's own stylesheet made it (otherwise EZD's generic rendering did). */
        public boolean byTemplateStylesheet() {
            return templateStylesheet;
        }

        /** Why an installed stylesheet was not used (Polish), if one was refused. */
        public Optional<String> refusal() {
            return Optional.ofNullable(stylesheetRefusal);
        }
    }

    private record Compiled(FileTime modified, Templates templates) {
    }

    private static final Templates GENERIC = compileGeneric();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.MM.yyyy", Locale.forLanguageTag("pl"));

    private final Path stylesheets;
    private final EpuapLimits limits;
    private final Map<Path, Compiled> compiled = new ConcurrentHashMap<>();

    /**
     * @param stylesheets the directory of installed template stylesheets, or null for none
     */
    public EpuapRendering(Path stylesheets) {
        this(stylesheets, EpuapLimits.DEFAULT);
    }

    public EpuapRendering(Path stylesheets, EpuapLimits limits) {
        this.stylesheets = stylesheets == null ? null : stylesheets.toAbsolutePath().normalize();
        this.limits = limits;
    }

    /**
     * Renders a document as HTML.
     *
     * @param xml the document as received
     * @throws EpuapDocumentException if the document itself is refused (as {@link EpuapDocuments#read} refuses it)
     */
    public Html html(byte[] xml) throws EpuapDocumentException {
        EpuapLetter letter = EpuapDocuments.read(xml, limits);
        Document dom = dom(xml);
        Optional<Path> installed = installedStylesheet(letter.stylesheetHref());
        String refusal = null;
        if (installed.isPresent()) {
            try {
                return new Html(transform(templates(installed.get()), dom), true, null);
            } catch (EpuapDocumentException e) {
                refusal = e.getMessage();
            }
        }
        try {
            return new Html(transform(GENERIC, dom), false, refusal);
        } catch (EpuapDocumentException e) {
            throw new IllegalStateException("EZD's generic ePUAP stylesheet failed", e);
        }
    }

    /**
     * The installed stylesheet for an {@code xml-stylesheet} href, if there is one: only http(s)
     * addresses, only inside the directory.
     */
    Optional<Path> installedStylesheet(String href) {
        if (stylesheets == null || href == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(href);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getPath() == null) {
                return Optional.empty();
            }
            Path file = stylesheets.resolve(uri.getHost().toLowerCase(Locale.ROOT) + uri.getPath()).normalize();
            if (!file.startsWith(stylesheets) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(file);
        } catch (URISyntaxException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    private Templates templates(Path file) throws EpuapDocumentException {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            Compiled c = compiled.get(file);
            if (c != null && c.modified().equals(modified)) {
                return c.templates();
            }
            byte[] xsl = Files.readAllBytes(file);
            Templates t = compile(xsl, file.getFileName().toString());
            compiled.put(file, new Compiled(modified, t));
            return t;
        } catch (IOException e) {
            throw new EpuapDocumentException(Reason.BAD_STYLESHEET, "Nie udało się odczytać arkusza stylów „" + file.getFileName()
                    + "”: " + e.getMessage(), e);
        }
    }

    /** Compiles a stylesheet parsed without DTD; anything it refers to outside itself is refused. */
    static Templates compile(byte[] xsl, String name) throws EpuapDocumentException {
        Document stylesheet;
        try {
            var builder = HardenedXml.documentBuilderFactory().newDocumentBuilder();
            builder.setErrorHandler(null);
            stylesheet = builder.parse(new ByteArrayInputStream(xsl));
        } catch (SAXException | IOException | javax.xml.parsers.ParserConfigurationException e) {
            throw new EpuapDocumentException(Reason.BAD_STYLESHEET, "Arkusz stylów „" + name
                    + "” nie jest poprawnym plikiem XML albo zawiera deklarację DTD: " + e.getMessage(), e);
        }
        try {
            Templates templates = withJdkClassLoader(
                    () -> HardenedXml.transformerFactory().newTemplates(new DOMSource(stylesheet, "ezd-stylesheet:/" + name)));
            withJdkClassLoader(templates::newTransformer); // defines the compiled classes now, so failures show here
            return templates;
        } catch (TransformerException | RuntimeException e) {
            throw new EpuapDocumentException(Reason.BAD_STYLESHEET, "Arkusz stylów „" + name
                    + "” odrzucono: korzysta z plików lub funkcji spoza siebie albo zawiera błąd (" + e.getMessage() + ").", e);
        }
    }

    private static Templates compileGeneric() {
        try (InputStream in = EpuapRendering.class.getResourceAsStream("epuap-generic.xsl")) {
            return compile(in.readAllBytes(), "epuap-generic.xsl");
        } catch (IOException | EpuapDocumentException e) {
            throw new IllegalStateException("EZD's generic ePUAP stylesheet is missing or broken", e);
        }
    }

    private static String transform(Templates templates, Document dom) throws EpuapDocumentException {
        try {
            Transformer t = withJdkClassLoader(templates::newTransformer);
            t.setURIResolver((href, base) -> {
                throw new TransformerException("external resource refused: " + href);
            });
            t.setErrorListener(new javax.xml.transform.ErrorListener() {
                @Override
                public void warning(TransformerException e) {
                }

                @Override
                public void error(TransformerException e) throws TransformerException {
                    throw e;
                }

                @Override
                public void fatalError(TransformerException e) throws TransformerException {
                    throw e;
                }
            });
            StringWriter out = new StringWriter();
            withJdkClassLoader(() -> {
                t.transform(new DOMSource(dom), new StreamResult(out));
                return null;
            });
            return out.toString();
        } catch (TransformerException | RuntimeException | StackOverflowError e) {
            throw new EpuapDocumentException(Reason.BAD_STYLESHEET, "Arkusz stylów wzoru odrzucono: przy wizualizacji "
                    + "sięgał do plików lub funkcji spoza siebie albo zawiódł (" + e + ").", e);
        }
    }

    private interface XsltWork<T> {
        T run() throws TransformerException;
    }

    /**
     * Runs XSLT work with the system class loader as the thread's context class loader. The JDK's
     * XSLT compiler defines each compiled stylesheet in a class loader whose parent is the context
     * class loader; inside the application server that is the deployment's module class loader,
     * which need not see the JDK's internal translet runtime. The compiled stylesheet needs nothing
     * of the application (extension functions are off).
     */
    private static <T> T withJdkClassLoader(XsltWork<T> work) throws TransformerException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        try {
            return work.run();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static Document dom(byte[] xml) throws EpuapDocumentException {
        try {
            var builder = HardenedXml.documentBuilderFactory().newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException | javax.xml.parsers.ParserConfigurationException e) {
            // EpuapDocuments.read accepted it, so this is not expected
            throw new EpuapDocumentException(Reason.MALFORMED, "Dokument nie jest poprawnym plikiem XML.", e);
        }
    }

    /**
     * A PDF copy of a document for the case file.
     *
     * @param xml the document as received
     * @throws EpuapDocumentException if the document is refused
     */
    public byte[] pdf(byte[] xml) throws EpuapDocumentException {
        return pdf(EpuapDocuments.read(xml, limits), xml);
    }

    /**
     * A PDF copy of a letter already read.
     *
     * @param letter the letter
     * @param original the document's bytes, whose SHA-256 the copy names
     */
    public static byte[] pdf(EpuapLetter letter, byte[] original) {
        String sha256 = sha256(original);
        try (PdfLayout pdf = new PdfLayout(letter.title(), "Wizualizacja dokumentu elektronicznego ePUAP")) {
            pdf.identifiedBy(sha256.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            pdf.paragraph("Dokument elektroniczny ePUAP" + (letter.documentName() != null ? ": " + letter.documentName() : ""), 9);
            pdf.heading(letter.title(), 15);
            String kind = letter.kind();
            String placeAndDate = join(", ", letter.place(), letter.date() == null ? null : DATE.format(letter.date()));
            if (kind != null) {
                pdf.paragraph("Rodzaj pisma: " + kind, 10);
            }
            if (!placeAndDate.isEmpty()) {
                pdf.paragraph("Miejscowość i data: " + placeAndDate, 10);
            }
            parties(pdf, "Nadawca", letter.senders());
            parties(pdf, "Adresat", letter.addressees());
            pdf.heading("Treść", 12);
            if (letter.paragraphs().isEmpty() && letter.otherContent().isEmpty()) {
                pdf.paragraph("(dokument nie zawiera treści poza tytułem)", 10);
            }
            for (String p : letter.paragraphs()) {
                pdf.paragraph(p, 10.5f).space(5);
            }
            for (Field f : letter.otherContent()) {
                pdf.paragraph(f.label() + ": " + f.value(), 10);
            }
            pdf.heading("Załączniki", 12);
            if (letter.attachments().isEmpty()) {
                pdf.paragraph("Brak załączników.", 10);
            }
            int n = 0;
            for (Attachment a : letter.attachments()) {
                n++;
                String what = a.isInline() ? "w treści dokumentu, " + size(a.size()) : "plik w repozytorium ePUAP: " + a.uri();
                pdf.indented(n + ". " + a.fileName() + (a.mimeType() != null ? " (" + a.mimeType() + ")" : "") + ", " + what, 10, 8);
                if (a.description() != null && a.isInline()) {
                    pdf.indented(a.description(), 9, 20);
                }
            }
            pdf.heading("Podpis elektroniczny", 12);
            pdf.paragraph(letter.signed() ? "Dokument zawiera podpis elektroniczny; jego ważność podaje raport weryfikacji podpisu."
                    : "Dokument nie zawiera podpisu elektronicznego.", 10);
            pdf.space(14);
            pdf.paragraph("Wizualizacja sporządzona przez EZD z oryginalnego dokumentu elektronicznego, który jest przechowywany "
                    + "w rejestrze przesyłek wpływających. Skrót SHA-256 oryginału: " + sha256, 8);
            return pdf.toPdf();
        }
    }

    private static void parties(PdfLayout pdf, String heading, java.util.List<Party> parties) {
        pdf.heading(heading, 12);
        if (parties.isEmpty()) {
            pdf.paragraph("Nie podano.", 10);
        }
        for (Party p : parties) {
            pdf.boldParagraph(p.displayName(), 10.5f);
            if (p.address() != null && !p.address().oneLine().isEmpty()) {
                pdf.paragraph(p.address().oneLine(), 10);
            }
            String ids = join(", ", p.pesel() == null ? null : "PESEL " + p.pesel(), p.regon() == null ? null : "REGON " + p.regon(),
                    p.nip() == null ? null : "NIP " + p.nip(), p.krs() == null ? null : "KRS " + p.krs());
            if (!ids.isEmpty()) {
                pdf.paragraph(ids, 10);
            }
            String contact = join(", ", p.email() == null ? null : "e-mail " + p.email(), p.phone() == null ? null : "tel. " + p.phone());
            if (!contact.isEmpty()) {
                pdf.paragraph(contact, 10);
            }
            pdf.space(4);
        }
    }

    private static String join(String separator, String... parts) {
        return java.util.Arrays.stream(parts).filter(s -> s != null && !s.isBlank())
                .collect(java.util.stream.Collectors.joining(separator));
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 512) / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0).replace('.', ',');
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
