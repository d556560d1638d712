package pl.ezd.validation.boundary;

/**
 * A request refused as a whole (not one field) with a message for the user: an
 * {@link IllegalArgumentException}, as domain refusals always were, answered 400
 * {@code invalid-request} by the API, with its wording in the reader's language.
 */
public class RequestRefused extends IllegalArgumentException implements LocalizedRefusal {

    private final UserMessage userMessage;

    public RequestRefused(String key, Object... arguments) {
        this(UserMessage.of(key, arguments));
    }

    public RequestRefused(UserMessage userMessage) {
        super(userMessage.polish());
        this.userMessage = userMessage;
    }

    @Override
    public UserMessage userMessage() {
        return userMessage;
    }
}
