package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Documents over the API: a PDF stored and read back byte for byte, its text extracted in the
 * background and its first page previewed; a broken PDF ends as a visible extraction failure; an
 * oversized upload is refused; content altered on disk is refused; other organisations' callers
 * cannot read it.
 */
class DocumentsIT {

    static byte[] pdf(String text) throws Exception {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String path(String title) {
        return "api/v1/documents?kind=LETTER&title=" + URLEncoder.encode(title, StandardCharsets.UTF_8);
    }

    /** The version once its extraction has ended (polls; extraction runs after the upload commits). */
    private static JsonObject extracted(String user, int id, int number) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            var reply = Ezd.get(user, "api/v1/documents/" + id);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonObject version = reply.object().getJsonArray("versions").getJsonObject(number - 1);
            if (!"PENDING".equals(version.getString("extractionStatus")) || Instant.now().isAfter(until)) {
                return version;
            }
            Thread.sleep(250);
        }
    }

    @Test
    void aPdfIsStoredReadBackIdenticalWithItsTextAndAPreview() throws Exception {
        byte[] pdf = pdf("Wniosek o wydanie zezwolenia na usuniecie drzewa");
        var added = Ezd.upload("kancelaria", path("Wniosek – ul. Lipowa 3"), "wniosek Lipowa ąę.pdf", pdf);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonObject document = added.object();
        int id = document.getInt("id");
        JsonObject first = document.getJsonArray("versions").getJsonObject(0);
        assertThat(first.getString("fileName")).isEqualTo("wniosek Lipowa ąę.pdf");
        assertThat(first.getString("mediaType")).isEqualTo("application/pdf");
        assertThat(first.getJsonNumber("size").longValue()).isEqualTo(pdf.length);
        assertThat(first.getString("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));

        var download = Ezd.download("referent", "api/v1/documents/" + id + "/versions/1/content");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.body()).isEqualTo(pdf);

        JsonObject version = extracted("referent", id, 1);
        assertThat(version.getString("extractionStatus")).isEqualTo("EXTRACTED");
        var text = Ezd.download("referent", "api/v1/documents/" + id + "/versions/1/text");
        assertThat(text.status()).isEqualTo(200);
        assertThat(new String(text.body(), StandardCharsets.UTF_8)).contains("Wniosek o wydanie zezwolenia na usuniecie drzewa");

        var preview = Ezd.download("referent", "api/v1/documents/" + id + "/versions/1/preview");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.contentType()).isEqualTo("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(preview.body())).getWidth()).isGreaterThan(100);

        var listed = Ezd.get("referent", "api/v1/documents?max=20");
        assertThat(listed.json().asJsonArray().getValuesAs(JsonObject.class)).extracting(d -> d.getInt("id")).contains(id);
    }

    @Test
    void aNewVersionLeavesTheFirstAsItWas() throws Exception {
        byte[] v1 = pdf("Projekt decyzji wersja pierwsza");
        byte[] v2 = "Projekt decyzji – wersja druga, tekstem".getBytes(StandardCharsets.UTF_8);
        int id = Ezd.upload("referent", path("Projekt decyzji"), "projekt.pdf", v1).object().getInt("id");

        var changed = Ezd.upload("referent", "api/v1/documents/" + id + "/versions", "projekt.txt", v2);
        assertThat(changed.status()).as(changed.body()).isEqualTo(201);
        assertThat(changed.object().getInt("currentVersion")).isEqualTo(2);
        assertThat(changed.object().getJsonArray("versions").getJsonObject(1).getString("mediaType")).isEqualTo("text/plain");

        assertThat(Ezd.download("referent", "api/v1/documents/" + id + "/versions/1/content").body()).isEqualTo(v1);
        assertThat(Ezd.download("referent", "api/v1/documents/" + id + "/versions/2/content").body()).isEqualTo(v2);
        assertThat(Ezd.get("referent", "api/v1/documents/" + id + "/versions/3/content").status()).isEqualTo(404);
        assertThat(Ezd.download("referent", "api/v1/documents/" + id + "/versions/2/preview").status())
                .as("no preview of a text file").isEqualTo(422);
    }

    @Test
    void aBrokenPdfEndsAsAVisibleExtractionFailure() throws Exception {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer garbage %%EOF"
                .getBytes(StandardCharsets.US_ASCII);
        var added = Ezd.upload("kancelaria", path("Uszkodzony skan"), "skan.pdf", broken);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        int id = added.object().getInt("id");

        JsonObject version = extracted("kancelaria", id, 1);
        assertThat(version.getString("extractionStatus")).isEqualTo("FAILED");
        assertThat(version.getString("extractionFailure")).isNotBlank();
        assertThat(Ezd.download("kancelaria", "api/v1/documents/" + id + "/versions/1/content").body())
                .as("the content itself is still served").isEqualTo(broken);
        assertThat(Ezd.download("kancelaria", "api/v1/documents/" + id + "/versions/1/preview").status()).isEqualTo(422);
    }

    @Test
    void contentAlteredOnDiskIsRefusedNotServed() throws Exception {
        byte[] original = ("Decyzja nr " + java.util.UUID.randomUUID() + ": odmowa").getBytes(StandardCharsets.UTF_8);
        int id = Ezd.upload("referent", path("Decyzja"), "decyzja.txt", original).object().getInt("id");
        java.nio.file.Path contentDir = java.nio.file.Path.of(System.getProperty("ezd.content-dir", "target/it-data/ezd/content"));
        java.nio.file.Path stored;
        try (var files = java.nio.file.Files.walk(contentDir)) {
            stored = files.filter(java.nio.file.Files::isRegularFile).filter(file -> {
                try {
                    return java.util.Arrays.equals(java.nio.file.Files.readAllBytes(file), original);
                } catch (java.io.IOException e) {
                    return false;
                }
            }).findFirst().orElseThrow(() -> new AssertionError("content not found under " + contentDir));
        }
        byte[] altered = original.clone();
        altered[altered.length - 1] = '!';
        java.nio.file.Files.write(stored, altered);

        var refused = Ezd.download("referent", "api/v1/documents/" + id + "/versions/1/content");
        assertThat(refused.status()).isEqualTo(500);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("CONTENT_INTEGRITY").doesNotContain("odmow!");
    }

    @Test
    void anOversizedUploadIsRefused() {
        byte[] tooLarge = new byte[10_200_000];
        var refused = Ezd.upload("kancelaria", path("Za duży"), "duzy.bin", tooLarge);
        assertThat(refused.status()).as(refused.body()).isEqualTo(413);
        assertThat(refused.object().getString("code")).isEqualTo("CONTENT_TOO_LARGE");
    }

    @Test
    void badRequestsAreRefusedWithAReason() {
        var noName = Ezd.post("kancelaria", "api/v1/documents?title=x", "{}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.object().getString("message")).contains("Content-Disposition");

        var noTitle = Ezd.upload("kancelaria", "api/v1/documents", "a.txt", "abc".getBytes(StandardCharsets.UTF_8));
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.object().getString("message")).contains("Tytuł");

        var empty = Ezd.upload("kancelaria", path("Pusty"), "a.txt", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);

        var badKind = Ezd.upload("kancelaria", "api/v1/documents?title=x&kind=SZPARGAL", "a.txt", "abc".getBytes(StandardCharsets.UTF_8));
        assertThat(badKind.status()).isEqualTo(400);
    }

    @Test
    void anotherOrganisationCannotReadIt() throws Exception {
        int id = Ezd.upload("kancelaria", path("Pismo poufne"), "poufne.pdf", pdf("Poufne")).object().getInt("id");

        assertThat(Ezd.get("admin.regionu", "api/v1/documents/" + id).status()).isIn(403, 404);
        assertThat(Ezd.download("admin.regionu", "api/v1/documents/" + id + "/versions/1/content").status()).isIn(403, 404);
        assertThat(Ezd.get("admin.regionu", "api/v1/documents").status()).isIn(403, 404);
        assertThat(Ezd.upload("admin.regionu", "api/v1/documents/" + id + "/versions", "x.txt", new byte[] {1}).status())
                .isIn(403, 404);
        assertThat(Ezd.get("referent", "api/v1/documents/987654321").status()).isEqualTo(404);
    }
}
