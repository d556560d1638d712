package pl.ezd.epuap.boundary;

import java.time.Instant;
import pl.ezd.epuap.entity.ReceivedDocument;

/** A received ePUAP document with its transport data (the item's receipt record), without its content. */
public record ReceivedView(long id, String source, String state, String reason, int attempts, String adresSkrytki,
                           String documentSha1, Instant dataNadania, String senderId, String senderName, String senderKind,
                           String senderUser, String senderSystem, String replyAddress, boolean testDocument, String fileName,
                           long size, boolean upp, Instant storedAt, Instant processedAt, Instant acknowledgedAt, Long itemId,
                           String rpwNumber, Long documentId, String signatureVerdict, String signatureSummary,
                           int attachmentAttempts) {

    static ReceivedView of(ReceivedDocument d) {
        return new ReceivedView(d.getId(), d.getSource().name(), d.getState().name(), d.getReason(), d.getAttempts(),
                d.getAdresSkrytki(), d.getDocumentSha1(), d.getDataNadania(), d.getSenderId(), d.getSenderName(),
                d.getSenderKind(), d.getSenderUser(), d.getSenderSystem(), d.getReplyAddress(), d.isTestDocument(),
                d.getFileName(), d.getContentSize(), d.getUppFileName() != null, d.getStoredAt(), d.getProcessedAt(),
                d.getAcknowledgedAt(), d.getItemId(), d.getRpwNumber(), d.getDocumentId(), d.getSignatureVerdict(),
                d.getSignatureSummary(), d.getAttachmentAttempts());
    }
}
