package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.ezd.epuap.control.EpuapLetter;
import pl.ezd.epuap.control.EpuapLetterWriter;
import pl.ezd.epuap.control.EpuapSampleLetters;

/**
 * Attachments given by URI in ePUAP documents, fetched during the import from the inbox's file
 * repository (here the simulator's, over real HTTP): the fetched file lands with the registered
 * item like an inline one; a URI to another host is refused and the document waits in "needs
 * attention" with the reason; a repository that does not answer keeps the document pending, tried
 * again at the next pulls, and it is registered once the repository answers. The system
 * certificate that signs the pulls is the one the demo stored, sealed at rest.
 */
class EpuapAttachmentsIT {

    private static final EpuapSampleLetters SAMPLES = new EpuapSampleLetters(66);

    @BeforeAll
    static void pullOften() {
        EpuapImportIT.pullOften();
        JsonObject inbox = Ezd.get("admin", "api/v1/epuap/inbox").object();
        assertThat(inbox.getString("fileRepositoryUrl")).as("the demo inbox names the simulator's repository")
                .isEqualTo(EpuapImportIT.FILES);
    }

    /** A letter with one attachment by URI (and the sample's own inline ones, if any). */
    private static byte[] letter(String title, URI uri, String description) {
        EpuapLetter l;
        synchronized (SAMPLES) {
            l = SAMPLES.next().letter();
        }
        List<EpuapLetter.Attachment> attachments = new java.util.ArrayList<>(l.attachments().stream().filter(EpuapLetter.Attachment::isInline).toList());
        attachments.add(EpuapLetter.Attachment.byUri("dokumentacja.pdf", "application/pdf", description, uri));
        return EpuapLetterWriter.write(new EpuapLetter(l.templateNamespace(), l.rootElement(), l.documentName(), l.stylesheetHref(),
                l.date(), l.addressees(), l.senders(), title, l.kind(), l.place(), l.paragraphs(), attachments, l.otherContent(), false));
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String sha1(byte[] bytes) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(bytes));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static JsonObject registeredTask(String title) throws Exception {
        return EpuapImportIT.await(() -> EpuapImportIT.tasks("kierownik", title).stream().findFirst().orElse(null));
    }

    @Test
    void anAttachmentByUriIsFetchedAndStoredWithTheItem() throws Exception {
        String tag = Api.unique();
        String name = "mapa-" + tag + ".pdf";
        byte[] content = pdf("Mapa z zaznaczonym drzewem " + tag);
        EpuapImportIT.putFile(name, content, 0);
        String title = "Wniosek z załącznikiem w repozytorium " + tag;
        EpuapImportIT.seed("Repozytoryjny " + tag, letter(title, URI.create(EpuapImportIT.FILES + name), sha1(content)),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), "");

        long itemId = registeredTask(title).getJsonNumber("itemId").longValue();
        String documents = Ezd.get("kancelaria", "api/v1/incoming-items/" + itemId + "/documents").body();
        assertThat(documents).as("stored as a file of the item, the bytes the repository served")
                .contains("dokumentacja.pdf").contains(sha256(content));
        JsonObject receipt = Ezd.get("kancelaria", "api/v1/epuap/receipts/" + itemId).object();
        assertThat(receipt.getString("state")).isEqualTo("REGISTERED");
        assertThat(receipt.getInt("attachmentAttempts")).isZero();
        JsonObject item = Ezd.get("kancelaria", "api/v1/incoming-items/" + itemId).object();
        assertThat(item.getJsonObject("metadata").getString("notes")).contains("pobrane z repozytorium ePUAP").doesNotContain("nie pobrane");
    }

    @Test
    void anAttachmentOnAnotherHostIsRefusedWithTheReason() throws Exception {
        String tag = Api.unique();
        String sender = "Obcy " + tag;
        EpuapImportIT.seed(sender, letter("Pismo z obcym adresem " + tag, URI.create("http://169.254.169.254/latest/meta-data/" + tag),
                null), Instant.now().truncatedTo(ChronoUnit.SECONDS), "");
        String good = "Pismo po obcym adresie " + tag;
        EpuapImportIT.seed("Dobry " + tag, EpuapImportIT.letter(good), Instant.now().truncatedTo(ChronoUnit.SECONDS), "");

        registeredTask(good);
        JsonObject refused = EpuapImportIT.await(() -> Ezd.get("kancelaria", "api/v1/epuap/attention").json().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("senderName", "").equals(sender)).findFirst().orElse(null));
        assertThat(refused.getString("reason")).contains("dokumentacja.pdf", "poza repozytorium plików ePUAP tej skrytki");
        assertThat(refused.getString("acknowledgedAt", null)).as("set aside, so acknowledged: it blocks nobody").isNotNull();
    }

    @Test
    void aRepositoryThatDoesNotAnswerIsTriedAgainAndTheLetterRegisteredOnceItAnswers() throws Exception {
        String tag = Api.unique();
        String name = "opinia-" + tag + ".pdf";
        byte[] content = pdf("Opinia dendrologa " + tag);
        EpuapImportIT.putFile(name, content, 2); // the repository answers 503 twice
        String title = "Wniosek, którego załącznik był chwilowo niedostępny " + tag;
        EpuapImportIT.seed("Cierpliwy " + tag, letter(title, URI.create(EpuapImportIT.FILES + name), sha1(content)),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), "");

        long itemId = registeredTask(title).getJsonNumber("itemId").longValue();
        JsonObject receipt = Ezd.get("kancelaria", "api/v1/epuap/receipts/" + itemId).object();
        assertThat(receipt.getString("state")).isEqualTo("REGISTERED");
        assertThat(receipt.getInt("attachmentAttempts")).as("two pulls found the repository down").isEqualTo(2);
        assertThat(EpuapImportIT.tasks("kierownik", title)).as("registered once").hasSize(1);
        assertThat(Ezd.get("kancelaria", "api/v1/incoming-items/" + itemId + "/documents").body()).contains(sha256(content));
        assertThat(EpuapImportIT.status().getInt("waiting")).isZero();
    }
}
