package pl.ezd.epuap.control;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An export package as downloaded from the ePUAP web inbox, read by {@link EpuapPackages#read}:
 * the documents its {@code Deskryptor.xml} describes, each with its transport data and its file,
 * the receipts (UPP/UPD) found beside them, and any other file.
 *
 * @param documents the documents in the descriptor's order
 * @param receipts the receipts (XML files whose root is the UPO namespace's {@code Dokument})
 * @param otherFiles paths of files neither described nor receipts (kept for the clerk to see)
 */
public record EpuapPackage(List<Document> documents, List<Receipt> receipts, List<String> otherFiles) {

    public EpuapPackage {
        documents = List.copyOf(documents);
        receipts = List.copyOf(receipts);
        otherFiles = List.copyOf(otherFiles);
    }

    /** The receipts that belong to a document. */
    public List<Receipt> receiptsOf(Document document) {
        return receipts.stream().filter(r -> document.path().equals(r.documentPath())).toList();
    }

    /**
     * One document of the package.
     *
     * @param transport what the descriptor says about its sending
     * @param path its path in the package
     * @param content its bytes, or null if the package lacks the file (see {@link #problem()})
     * @param problem why the document cannot be imported (Polish), or null
     */
    public record Document(Transport transport, String path, byte[] content, String problem) {

        public Document {
            Objects.requireNonNull(transport);
        }

        public Optional<String> problemIfAny() {
            return Optional.ofNullable(problem);
        }

        @Override
        public byte[] content() {
            return content == null ? null : content.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Document d && transport.equals(d.transport) && Objects.equals(path, d.path)
                    && Arrays.equals(content, d.content) && Objects.equals(problem, d.problem);
        }

        @Override
        public int hashCode() {
            return Objects.hash(transport, path, Arrays.hashCode(content), problem);
        }

        @Override
        public String toString() {
            return "Document[" + path + ", " + (content == null ? problem : content.length + " B") + ", " + transport + "]";
        }
    }

    /**
     * The transport data of one document, as {@code Deskryptor.xml} gives it (the same data the pull
     * service's {@code pobierzNastepny} returns). Absent values are null.
     *
     * @param senderId {@code DanePodmiotu/Identyfikator}: the sender's ePUAP identifier
     * @param senderType {@code DanePodmiotu/TypOsoby}
     * @param senderFirstName {@code DanePodmiotu/ImieSkrot}
     * @param senderLastNameOrName {@code DanePodmiotu/NazwiskoNazwa}: a person's surname or an institution's name
     * @param nip {@code DanePodmiotu/Nip}
     * @param pesel {@code DanePodmiotu/Pesel}
     * @param regon {@code DanePodmiotu/Regon}
     * @param consent {@code DanePodmiotu/Zgoda}: the sender agreed to electronic delivery
     * @param senderUser {@code DaneNadawcy/Uzytkownik}
     * @param senderSystem {@code DaneNadawcy/System}
     * @param sentAt {@code DataNadania} as an instant (ePUAP writes Polish local time), or null if unreadable
     * @param sentAtText {@code DataNadania} as written
     * @param inboxName {@code NazwaSkrytki}
     * @param inboxAddress {@code AdresSkrytki}
     * @param replyAddress {@code AdresOdpowiedzi}
     * @param additionalData {@code DaneDodatkowe}, base64-decoded (XML, may name the document's identifier)
     * @param fileName {@code NazwaPliku}
     * @param pathInArchive {@code SciezkaWArchiwum}
     */
    public record Transport(String senderId, String senderType, String senderFirstName, String senderLastNameOrName,
            String nip, String pesel, String regon, Boolean consent, String senderUser, String senderSystem, Instant sentAt,
            String sentAtText, String inboxName, String inboxAddress, String replyAddress, byte[] additionalData,
            String fileName, String pathInArchive) {

        /** "Jan Kowalski" or the institution's name, as the transport data gives it. */
        public String senderName() {
            return senderFirstName == null ? senderLastNameOrName
                    : senderLastNameOrName == null ? senderFirstName : senderFirstName + " " + senderLastNameOrName;
        }

        @Override
        public byte[] additionalData() {
            return additionalData == null ? null : additionalData.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Transport t && Objects.equals(senderId, t.senderId) && Objects.equals(senderType, t.senderType)
                    && Objects.equals(senderFirstName, t.senderFirstName)
                    && Objects.equals(senderLastNameOrName, t.senderLastNameOrName) && Objects.equals(nip, t.nip)
                    && Objects.equals(pesel, t.pesel) && Objects.equals(regon, t.regon) && Objects.equals(consent, t.consent)
                    && Objects.equals(senderUser, t.senderUser) && Objects.equals(senderSystem, t.senderSystem)
                    && Objects.equals(sentAt, t.sentAt) && Objects.equals(sentAtText, t.sentAtText)
                    && Objects.equals(inboxName, t.inboxName) && Objects.equals(inboxAddress, t.inboxAddress)
                    && Objects.equals(replyAddress, t.replyAddress) && Arrays.equals(additionalData, t.additionalData)
                    && Objects.equals(fileName, t.fileName) && Objects.equals(pathInArchive, t.pathInArchive);
        }

        @Override
        public int hashCode() {
            return Objects.hash(senderId, fileName, pathInArchive, sentAtText);
        }

        @Override
        public String toString() {
            return "Transport[" + senderName() + " (" + senderId + "), " + sentAtText + ", " + inboxAddress + ", " + fileName + "]";
        }
    }

    /** Which receipt: of submission (UPP, urzędowe poświadczenie przedłożenia) or of delivery (UPD). */
    public enum ReceiptKind {
        UPP, UPD
    }

    /**
     * A receipt found in the package.
     *
     * @param path its path in the package
     * @param kind UPP or UPD
     * @param receiptId {@code IdentyfikatorPoswiadczenia}
     * @param documentId {@code IdentyfikatorDokumentu}: the ePUAP identifier of the document it certifies
     * @param date {@code DataDoreczenia} (UPP) or {@code DataOdbioru} (UPD) as written
     * @param senderName {@code Nadawca/Nazwa}
     * @param addresseeName {@code Adresat/Nazwa}
     * @param signed whether it carries a {@code ds:Signature}
     * @param documentPath the path of the document it belongs to, or null when it cannot be matched
     * @param content its bytes, kept with the registered item
     */
    public record Receipt(String path, ReceiptKind kind, String receiptId, String documentId, String date, String senderName,
            String addresseeName, boolean signed, String documentPath, byte[] content) {

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Receipt r && path.equals(r.path) && Arrays.equals(content, r.content)
                    && Objects.equals(documentPath, r.documentPath);
        }

        @Override
        public int hashCode() {
            return Objects.hash(path, documentPath, Arrays.hashCode(content));
        }

        @Override
        public String toString() {
            return "Receipt[" + kind + " " + receiptId + ", " + path + " -> " + documentPath + "]";
        }
    }
}
