package pl.ezd.epuap.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import pl.ezd.epuap.control.EpuapDocumentException.Reason;
import pl.ezd.epuap.control.EpuapPackage.Document;
import pl.ezd.epuap.control.EpuapPackage.Receipt;
import pl.ezd.epuap.control.EpuapPackage.ReceiptKind;
import pl.ezd.epuap.control.EpuapPackage.Transport;
import pl.ezd.epuap.control.XmlTree.Element;

/**
 * Reads the export package of the ePUAP web inbox: a ZIP with {@code Deskryptor.xml} and the files it
 * describes, plus receipts. The descriptor's structure is the one published with the Apache-2.0
 * library mariusj/EpuapBrokerLib ({@code EmergencyDownload.xsd}):
 *
 * <pre>{@code
 * <Dokumenty>
 *   <Dokument>
 *     <DanePodmiotu><Identyfikator/><TypOsoby/><ImieSkrot/><NazwiskoNazwa/><Nip/><Pesel/><Regon/><Zgoda/></DanePodmiotu>
 *     <DaneNadawcy><Uzytkownik/><System/></DaneNadawcy>
 *     <DataNadania>25.11.2026T14:03:12.345</DataNadania>
 *     <NazwaSkrytki/><AdresSkrytki/><AdresOdpowiedzi/>
 *     <DaneDodatkowe>base64</DaneDodatkowe>
 *     <NazwaPliku/><SciezkaWArchiwum/>
 *   </Dokument>
 * </Dokumenty>
 * }</pre>
 *
 * It is read tolerantly: elements by local name in any namespace and order, missing ones null, the
 * date also in ISO form, a document's file found by its path or else by its file name, a missing
 * file reported on that document (not the whole package). Receipts are the XML files whose root is
 * {@code Dokument} of the UPO namespace, matched to a document by the identifier in the document's
 * additional data, else by lying in the same folder as exactly one document, else by its file name.
 *
 * <p>Refused outright, with a Polish reason: a file that is not a ZIP, a package without or with a
 * malformed descriptor, a path leaving the package (zip-slip: {@code ..}, absolute paths, drive
 * letters), duplicate paths, too many files, a file or a total larger than the limits, or a
 * compression ratio that only a ZIP bomb has. Sizes are counted while inflating, never taken from
 * the ZIP's headers. Thread-safe.
 */
public final class EpuapPackages {

    /**
     * @param maxPackageBytes the largest ZIP accepted
     * @param maxEntries the most files in it
     * @param maxEntryBytes the largest file, uncompressed
     * @param maxTotalBytes all files together, uncompressed
     * @param maxRatio the largest ratio of uncompressed to compressed size (past 1 MiB uncompressed)
     */
    public record Limits(long maxPackageBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {

        /** 100 MiB package, 1000 files, 30 MiB per file, 200 MiB in all, ratio 100. */
        public static final Limits DEFAULT = new Limits(100L << 20, 1000, 30L << 20, 200L << 20, 100);
    }

    private static final String DESCRIPTOR = "Deskryptor.xml";
    /** ePUAP's export writes names in the DOS code page without the UTF-8 flag; flagged names are read as UTF-8 anyway. */
    private static final Charset NAMES = Charset.isSupported("IBM852") ? Charset.forName("IBM852") : StandardCharsets.UTF_8;
    private static final DateTimeFormatter EPUAP_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy'T'HH:mm:ss[.SSS]");
    private static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");
    private static final Pattern DOCUMENT_ID = Pattern.compile("<(?:\\w+:)?IdentyfikatorDokumentu>\\s*([^<\\s]+)\\s*<");

    private EpuapPackages() {
    }

    public static EpuapPackage read(byte[] zip) throws EpuapDocumentException {
        return read(zip, Limits.DEFAULT);
    }

    public static EpuapPackage read(byte[] zip, Limits limits) throws EpuapDocumentException {
        if (zip == null || zip.length == 0) {
            throw refused("Paczka jest pusta (nie zawiera żadnych danych).");
        }
        if (zip.length > limits.maxPackageBytes()) {
            throw refused("Paczka ma " + EpuapLimits.megabytes(zip.length) + ", a EZD przyjmuje paczki do "
                    + EpuapLimits.megabytes(limits.maxPackageBytes()) + ".");
        }
        Map<String, byte[]> files = unzip(zip, limits);
        String descriptorPath = files.keySet().stream().filter(p -> fileName(p).equalsIgnoreCase(DESCRIPTOR))
                .min((a, b) -> Integer.compare(a.length(), b.length()))
                .orElseThrow(() -> refused("Paczka nie zawiera pliku Deskryptor.xml, który opisuje przesłane dokumenty; "
                        + "to nie jest paczka pobrana ze skrzynki ePUAP albo jest niekompletna."));
        Element descriptor;
        try {
            descriptor = XmlTree.parse(files.get(descriptorPath), EpuapLimits.DEFAULT, (ns, n) -> -1).root();
        } catch (EpuapDocumentException e) {
            throw new EpuapDocumentException(Reason.BAD_PACKAGE, "Plik Deskryptor.xml paczki jest uszkodzony: " + e.getMessage(), e);
        }
        if (!"Dokumenty".equals(descriptor.name)) {
            throw refused("Plik Deskryptor.xml paczki nie opisuje dokumentów (jego główny element to „" + descriptor.name
                    + "”, a oczekiwano „Dokumenty”).");
        }
        String base = parent(descriptorPath);
        List<Document> documents = new ArrayList<>();
        List<String> used = new ArrayList<>(List.of(descriptorPath));
        for (Element d : descriptor.children("Dokument")) {
            Transport t = transport(d);
            Optional<String> path = locate(files, base, t);
            if (path.isPresent()) {
                used.add(path.get());
                documents.add(new Document(t, path.get(), files.get(path.get()), null));
            } else {
                String name = t.pathInArchive() != null ? t.pathInArchive() : t.fileName();
                documents.add(new Document(t, name, null, name == null
                        ? "Deskryptor nie podaje nazwy pliku tego dokumentu."
                        : "W paczce brakuje pliku „" + name + "”, który opisuje Deskryptor.xml."));
            }
        }
        if (documents.isEmpty()) {
            throw refused("Plik Deskryptor.xml nie opisuje żadnego dokumentu.");
        }
        List<Receipt> receipts = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (used.contains(f.getKey())) {
                continue;
            }
            Optional<Receipt> receipt = receipt(f.getKey(), f.getValue(), documents);
            if (receipt.isPresent()) {
                receipts.add(receipt.get());
            } else {
                other.add(f.getKey());
            }
        }
        return new EpuapPackage(documents, receipts, other);
    }

    private static Map<String, byte[]> unzip(byte[] zip, Limits limits) throws EpuapDocumentException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[16384];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), NAMES)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw refused("Paczka zawiera więcej niż " + limits.maxEntries() + " plików.");
                }
                String name = entry.getName();
                String path = safePath(name);
                if (entry.isDirectory()) {
                    continue;
                }
                if (files.containsKey(path)) {
                    throw refused("Paczka zawiera dwa pliki o tej samej ścieżce „" + path + "”.");
                }
                var out = new ByteArrayOutputStream();
                long size = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > limits.maxEntryBytes()) {
                        throw refused("Plik „" + path + "” w paczce ma po rozpakowaniu ponad "
                                + EpuapLimits.megabytes(limits.maxEntryBytes()) + ", więcej niż EZD przyjmuje.");
                    }
                    if (total > limits.maxTotalBytes()) {
                        throw refused("Pliki paczki mają po rozpakowaniu razem ponad "
                                + EpuapLimits.megabytes(limits.maxTotalBytes()) + ", więcej niż EZD przyjmuje.");
                    }
                    if (total > (1 << 20) && total > (long) limits.maxRatio() * zip.length) {
                        throw refused("Paczka rozpakowuje się do rozmiaru ponad " + limits.maxRatio()
                                + " razy większego niż ona sama; tak wygląda bomba ZIP, więc EZD jej nie przyjmuje.");
                    }
                    out.write(buffer, 0, n);
                }
                files.put(path, out.toByteArray());
            }
        } catch (ZipException e) {
            throw new EpuapDocumentException(Reason.BAD_PACKAGE, "Plik nie jest poprawnym archiwum ZIP (" + e.getMessage() + ").", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new EpuapDocumentException(Reason.BAD_PACKAGE, "Paczki nie da się rozpakować (" + e.getMessage() + ").", e);
        }
        if (entries == 0) {
            throw refused("Plik nie jest archiwum ZIP albo nie zawiera żadnych plików.");
        }
        return files;
    }

    /** The entry's path with "/" separators; refused if it could leave the package. */
    static String safePath(String name) throws EpuapDocumentException {
        String path = name.replace('\\', '/');
        boolean dangerous = path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.indexOf('\0') >= 0
                || java.util.Arrays.asList(path.split("/")).contains("..");
        if (dangerous) {
            throw refused("Paczka zawiera plik o niebezpiecznej ścieżce „" + name.replace("\0", "\\0")
                    + "”, która prowadzi poza paczkę; EZD jej nie przyjmuje.");
        }
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        return path;
    }

    private static Optional<String> locate(Map<String, byte[]> files, String base, Transport t) {
        List<String> candidates = new ArrayList<>();
        if (t.pathInArchive() != null) {
            try {
                String p = safePath(t.pathInArchive());
                candidates.add(base + p);
                candidates.add(p);
            } catch (EpuapDocumentException e) {
                // a descriptor pointing outside the package finds nothing
            }
        }
        for (String c : candidates) {
            if (files.containsKey(c)) {
                return Optional.of(c);
            }
        }
        if (t.fileName() != null) {
            List<String> byName = files.keySet().stream().filter(p -> fileName(p).equals(t.fileName())).toList();
            if (byName.size() == 1) {
                return Optional.of(byName.get(0));
            }
        }
        return Optional.empty();
    }

    private static Transport transport(Element d) {
        Optional<Element> podmiot = d.child("DanePodmiotu");
        Optional<Element> nadawca = d.child("DaneNadawcy");
        String zgoda = podmiot.map(p -> p.textAt("Zgoda")).orElse(null);
        String sent = d.textAt("DataNadania");
        byte[] additional = null;
        String extra = d.child("DaneDodatkowe").map(Element::rawText).map(s -> s.replaceAll("\\s+", "")).orElse("");
        if (!extra.isEmpty()) {
            try {
                additional = Base64.getDecoder().decode(extra);
            } catch (IllegalArgumentException e) {
                additional = extra.getBytes(StandardCharsets.UTF_8);
            }
        }
        return new Transport(p(podmiot, "Identyfikator"), p(podmiot, "TypOsoby"), p(podmiot, "ImieSkrot"),
                p(podmiot, "NazwiskoNazwa"), p(podmiot, "Nip"), p(podmiot, "Pesel"), p(podmiot, "Regon"),
                zgoda == null ? null : Boolean.valueOf(zgoda.strip().equalsIgnoreCase("true") || zgoda.strip().equals("1")),
                p(nadawca, "Uzytkownik"), p(nadawca, "System"), instant(sent), sent, d.textAt("NazwaSkrytki"),
                d.textAt("AdresSkrytki"), d.textAt("AdresOdpowiedzi"), additional, d.textAt("NazwaPliku"),
                d.textAt("SciezkaWArchiwum"));
    }

    private static String p(Optional<Element> parent, String name) {
        return parent.map(e -> e.textAt(name)).orElse(null);
    }

    /** ePUAP's "dd.MM.yyyy'T'HH:mm:ss.SSS" in Polish time, or ISO with or without an offset. */
    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, EPUAP_DATE).atZone(POLAND).toInstant();
        } catch (DateTimeParseException e) {
            // try ISO
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // try ISO local
        }
        try {
            return LocalDateTime.parse(text).atZone(POLAND).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Optional<Receipt> receipt(String path, byte[] content, List<Document> documents) {
        if (!path.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            return Optional.empty();
        }
        Element root;
        try {
            root = XmlTree.parse(content, EpuapLimits.DEFAULT, (ns, n) -> -1).root();
        } catch (EpuapDocumentException e) {
            return Optional.empty();
        }
        if (!root.is(EpuapNamespaces.UPO, "Dokument")) {
            return Optional.empty();
        }
        Optional<Element> upp = root.child("UPP");
        Optional<Element> body = upp.or(() -> root.child("UPD"));
        if (body.isEmpty()) {
            return Optional.empty();
        }
        Element b = body.get();
        ReceiptKind kind = upp.isPresent() ? ReceiptKind.UPP : ReceiptKind.UPD;
        String documentId = b.textAt("IdentyfikatorDokumentu");
        String date = kind == ReceiptKind.UPP ? b.textAt("DataDoreczenia") : b.textAt("DataOdbioru");
        boolean signed = root.children.stream().anyMatch(c -> c.is(EpuapNamespaces.XMLDSIG, "Signature"));
        return Optional.of(new Receipt(path, kind, b.textAt("IdentyfikatorPoswiadczenia"), documentId, date,
                b.textAt("Nadawca", "Nazwa"), b.textAt("Adresat", "Nazwa"), signed, match(path, documentId, documents), content));
    }

    /** The document a receipt belongs to: by identifier, else the only document in its folder, else by file name. */
    private static String match(String receiptPath, String documentId, List<Document> documents) {
        List<Document> present = documents.stream().filter(d -> d.content() != null).toList();
        if (documentId != null) {
            for (Document d : present) {
                if (documentId.equals(documentIdOf(d.transport()))) {
                    return d.path();
                }
            }
        }
        String folder = parent(receiptPath);
        List<Document> sameFolder = present.stream().filter(d -> parent(d.path()).equals(folder)).toList();
        if (!folder.isEmpty() && sameFolder.size() == 1) {
            return sameFolder.get(0).path();
        }
        String receiptName = fileName(receiptPath);
        for (Document d : present) {
            String stem = fileName(d.path()).replaceFirst("\\.[^.]*$", "");
            if (stem.length() >= 3 && receiptName.contains(stem)) {
                return d.path();
            }
        }
        return null;
    }

    /** The last {@code IdentyfikatorDokumentu} of the additional data, as ePUAP fills it. */
    static String documentIdOf(Transport t) {
        if (t.additionalData() == null) {
            return null;
        }
        Matcher m = DOCUMENT_ID.matcher(new String(t.additionalData(), StandardCharsets.UTF_8));
        String id = null;
        while (m.find()) {
            id = m.group(1);
        }
        return id;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    private static EpuapDocumentException refused(String messagePl) {
        return new EpuapDocumentException(Reason.BAD_PACKAGE, messagePl);
    }
}
