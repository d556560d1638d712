package pl.ezd.web.registry;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.file.UploadedFile;
import pl.ezd.correspondence.boundary.EarlierSender;
import pl.ezd.correspondence.boundary.IncomingItemForm;
import pl.ezd.correspondence.boundary.IncomingItems;
import pl.ezd.correspondence.boundary.NewFile;
import pl.ezd.correspondence.boundary.RegisteredItem;
import pl.ezd.correspondence.entity.DcmiType;
import pl.ezd.correspondence.entity.DeliveryMethod;
import pl.ezd.correspondence.entity.Dostep;
import pl.ezd.correspondence.entity.SenderAddress;
import pl.ezd.documents.boundary.ContentTooLargeException;
import pl.ezd.documents.boundary.Documents;
import pl.ezd.validation.boundary.InvalidInputException;
import pl.ezd.web.registry.PendingUploads.PendingFile;

/**
 * The registration form of the registry office: every field of the minimal metadata set as typed
 * (checked all at once by {@link IncomingItemForm}, errors shown beside their fields, nothing typed
 * lost), the sender picked from earlier senders or typed, files dropped and previewed before
 * saving, and one all-or-nothing registration that shows the RPW number and prints the label.
 */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");

    /** Field paths of {@link IncomingItemForm} (and of the files) → component ids in {@code register-form}. */
    static final Map<String, String> FIELD_IDS = Map.ofEntries(
            Map.entry("title", "title"), Map.entry("sender", "sender"),
            Map.entry("senderAddress", "sender-town"), Map.entry("senderAddress.town", "sender-town"),
            Map.entry("senderAddress.postcode", "sender-postcode"), Map.entry("senderAddress.street", "sender-street"),
            Map.entry("senderAddress.building", "sender-building"), Map.entry("senderAddress.flat", "sender-flat"),
            Map.entry("senderAddress.poBox", "sender-pobox"), Map.entry("senderAddress.country", "sender-country"),
            Map.entry("senderAddress.email", "sender-email"), Map.entry("dateOnLetter", "date-on-letter"),
            Map.entry("dateSent", "date-sent"), Map.entry("receivedOn", "received-on"),
            Map.entry("documentKind", "document-kind"), Map.entry("access", "access"), Map.entry("dcmiType", "dcmi-type"),
            Map.entry("deliveryMethod", "delivery-method"), Map.entry("senderReference", "sender-reference"),
            Map.entry("attachmentsCount", "attachments-count"), Map.entry("format", "format"), Map.entry("notes", "notes"),
            Map.entry("storageLocation", "storage-location"), Map.entry("files", "files"), Map.entry("file", "files"));

    @Inject
    IncomingItems incomingItems;

    @Inject
    Documents documents;

    @Inject
    PendingUploads uploads;

    private String title;
    private String sender;
    private String postcode;
    private String town;
    private String street;
    private String building;
    private String flat;
    private String poBox;
    private String country = "PL";
    private String email;
    private String dateOnLetter;
    private String dateSent;
    private String receivedOn = LocalDate.now(OFFICE_ZONE).toString();
    private String documentKind;
    private String access = Dostep.PUBLIC.name();
    private String dcmiType = DcmiType.Text.name();
    private String deliveryMethod = DeliveryMethod.ORDINARY_LETTER.name();
    private String senderReference;
    private Integer attachmentsCount;
    private String format;
    private String notes;
    private boolean doNotOpen;
    private String storageLocation;
    private final List<PendingFile> files = new ArrayList<>();
    private PendingFile previewed;
    private RegisteredItem registered;
    private Long maxFileSize;
    private final Map<String, EarlierSender> suggested = new LinkedHashMap<>();

    public long getMaxFileSize() {
        if (maxFileSize == null) {
            maxFileSize = documents.maxFileSize();
        }
        return maxFileSize;
    }

    /** One dropped or chosen file; the browser already refused larger ones, this is the server's own check. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (file.getSize() > getMaxFileSize()) {
            fileError("register.files.tooLarge", file.getFileName(), megabytes(file.getSize()), megabytes(getMaxFileSize()));
            return;
        }
        try (InputStream content = file.getInputStream()) {
            files.add(uploads.keep(file.getFileName(), file.getContentType(), file.getSize(), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                file.delete();
            } catch (IOException e) {
                // the container removes its own temporary part later
            }
        }
    }

    public void remove(PendingFile file) {
        files.remove(file);
        uploads.discard(file.token());
        if (file.equals(previewed)) {
            previewed = null;
        }
    }

    /** Makes this file the letter (the first file); the others are its attachments. */
    public void makeFirst(PendingFile file) {
        if (files.remove(file)) {
            files.add(0, file);
        }
    }

    public void preview(PendingFile file) {
        previewed = file;
    }

    /** Names of earlier senders containing what was typed, newest first. */
    public List<String> completeSender(String typed) {
        suggested.clear();
        for (EarlierSender earlier : incomingItems.earlierSenders(typed, 10)) {
            suggested.put(earlier.name(), earlier);
        }
        return List.copyOf(suggested.keySet());
    }

    /** An earlier sender was picked: their latest address fills the address fields. */
    public void senderChosen(SelectEvent<String> event) {
        EarlierSender earlier = suggested.get(event.getObject());
        if (earlier == null || earlier.address() == null) {
            return;
        }
        SenderAddress a = earlier.address();
        postcode = a.postcode();
        town = a.town();
        street = a.street();
        building = a.building();
        flat = a.flat();
        poBox = a.poBox();
        country = a.country();
        email = a.email();
    }

    IncomingItemForm form() {
        return new IncomingItemForm(title, sender, new IncomingItemForm.Address(postcode, town, street, building, flat, poBox,
                country, email), dateOnLetter, dateSent, receivedOn, documentKind, access, dcmiType, deliveryMethod,
                senderReference, attachmentsCount, format, notes, doNotOpen, storageLocation);
    }

    /** Registers the item with all its files in one transaction; on any refusal everything typed stays. */
    public void register() {
        List<NewFile> newFiles = new ArrayList<>();
        try {
            var metadata = form().toMetadata(LocalDate.now(OFFICE_ZONE));
            for (PendingFile file : files) {
                newFiles.add(new NewFile(file.fileName(), uploads.open(file)));
            }
            registered = incomingItems.register(metadata, newFiles);
            uploads.discardAll(files.stream().map(PendingFile::token).toList());
            clear();
            Texts.info("register.done", registered.rpwNumber());
        } catch (InvalidInputException e) {
            FieldMessages.show("register-form", FIELD_IDS, e.violations());
            Texts.error("register.refused", e.violations().size());
        } catch (ContentTooLargeException e) {
            fileError("register.files.tooLargeStored", megabytes(e.limit()));
        } finally {
            newFiles.forEach(file -> close(file.content()));
        }
    }

    /** Starts the next registration on an empty form (the RPW number of the last one stays shown). */
    private void clear() {
        title = sender = postcode = town = street = building = flat = poBox = email = null;
        dateOnLetter = dateSent = documentKind = senderReference = format = notes = storageLocation = null;
        country = "PL";
        receivedOn = LocalDate.now(OFFICE_ZONE).toString();
        attachmentsCount = null;
        doNotOpen = false;
        files.clear();
        previewed = null;
        FacesContext.getCurrentInstance().getViewRoot().resetValues(FacesContext.getCurrentInstance(), List.of("register-form"));
    }

    private void fileError(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Texts.format(context, key, arguments);
        var component = context.getViewRoot().findComponent(":register-form:files");
        context.addMessage(component == null ? null : component.getClientId(context),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0).replace('.', ',');
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing left to do with a temporary file
        }
    }

    public DeliveryMethod[] getDeliveryMethods() {
        return DeliveryMethod.values();
    }

    public Dostep[] getAccessValues() {
        return Dostep.values();
    }

    public DcmiType[] getDcmiTypes() {
        return DcmiType.values();
    }

    public List<PendingFile> getFiles() {
        return files;
    }

    public PendingFile getPreviewed() {
        return previewed;
    }

    public RegisteredItem getRegistered() {
        return registered;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSender() { return sender; }
    public void setSender(String sender) { this.sender = sender; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getTown() { return town; }
    public void setTown(String town) { this.town = town; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getBuilding() { return building; }
    public void setBuilding(String building) { this.building = building; }
    public String getFlat() { return flat; }
    public void setFlat(String flat) { this.flat = flat; }
    public String getPoBox() { return poBox; }
    public void setPoBox(String poBox) { this.poBox = poBox; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDateOnLetter() { return dateOnLetter; }
    public void setDateOnLetter(String dateOnLetter) { this.dateOnLetter = dateOnLetter; }
    public String getDateSent() { return dateSent; }
    public void setDateSent(String dateSent) { this.dateSent = dateSent; }
    public String getReceivedOn() { return receivedOn; }
    public void setReceivedOn(String receivedOn) { this.receivedOn = receivedOn; }
    public String getDocumentKind() { return documentKind; }
    public void setDocumentKind(String documentKind) { this.documentKind = documentKind; }
    public String getAccess() { return access; }
    public void setAccess(String access) { this.access = access; }
    public String getDcmiType() { return dcmiType; }
    public void setDcmiType(String dcmiType) { this.dcmiType = dcmiType; }
    public String getDeliveryMethod() { return deliveryMethod; }
    public void setDeliveryMethod(String deliveryMethod) { this.deliveryMethod = deliveryMethod; }
    public String getSenderReference() { return senderReference; }
    public void setSenderReference(String senderReference) { this.senderReference = senderReference; }
    public Integer getAttachmentsCount() { return attachmentsCount; }
    public void setAttachmentsCount(Integer attachmentsCount) { this.attachmentsCount = attachmentsCount; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public boolean isDoNotOpen() { return doNotOpen; }
    public void setDoNotOpen(boolean doNotOpen) { this.doNotOpen = doNotOpen; }
    public String getStorageLocation() { return storageLocation; }
    public void setStorageLocation(String storageLocation) { this.storageLocation = storageLocation; }
}
