package pl.ezd.correspondence.entity;

/** How an outgoing item leaves the office (sposób wysyłki, required); message keys {@code correspondence.channel.<NAME>}. */
public enum DispatchChannel {
    /** list polecony: paper post, registered; goes into the postal book */
    POST_REGISTERED(true, false),
    /** list zwykły: paper post, ordinary; goes into the postal book */
    POST_ORDINARY(true, false),
    /** skrytka ePUAP of the addressee */
    EPUAP(false, true),
    /** adres do e-Doręczeń of the addressee */
    E_DORECZENIA(false, true),
    /** e-mail */
    EMAIL(false, true),
    /** odbiór osobisty: handed over in person at the office */
    IN_PERSON(false, false);

    private final boolean paperPost;
    private final boolean electronic;

    DispatchChannel(boolean paperPost, boolean electronic) {
        this.paperPost = paperPost;
        this.electronic = electronic;
    }

    /** Sent by the postal operator: needs a full postal address and appears in the postal book. */
    public boolean paperPost() {
        return paperPost;
    }

    /** Sent electronically: needs an electronic address and a signed or sealed document. */
    public boolean electronic() {
        return electronic;
    }
}
