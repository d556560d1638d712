package pl.ezd.validation.boundary;

import java.util.Locale;

/**
 * A refusal of a boundary that can be worded in the reader's language: its {@link UserMessage}.
 * Its {@code getMessage()} stays the Polish wording. The screens word it in the view's language,
 * the API in the request's {@code Accept-Language} (Polish by default).
 */
public interface LocalizedRefusal {

    UserMessage userMessage();

    /** The refusal's wording in {@code locale}; the exception's own message for one without a key. */
    static String wording(Throwable refusal, Locale locale) {
        if (refusal instanceof InvalidInputException invalid) {
            return invalid.message(locale);
        }
        if (refusal instanceof LocalizedRefusal localized && localized.userMessage() != null) {
            return localized.userMessage().in(locale);
        }
        return refusal.getMessage();
    }
}
