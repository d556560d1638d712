package pl.ezd.validation.boundary;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A message for the user as a key and its arguments, worded in the reader's language: the
 * component's bundle {@code pl/ezd/<component>/messages.properties} (Polish, the default) or
 * {@code messages_<lang>.properties}; the component is the key's first segment
 * ({@code cases.notFound} lives in {@code pl/ezd/cases/messages}). Exceptions and field violations
 * of the boundaries carry one, and their {@code getMessage()} is its Polish wording, so clients
 * that never ask for another language see exactly the Polish text.
 *
 * <p>Arguments are kept as text (numbers and dates as {@code String.valueOf} writes them), so an
 * id is never formatted with a thousands separator.
 */
public record UserMessage(String key, List<String> arguments) implements Serializable {

    /** The language of the default bundles and of every client that asks for nothing else. */
    public static final Locale POLISH = Locale.forLanguageTag("pl");

    /** The languages the bundles exist in. */
    public static final List<Locale> LANGUAGES = List.of(POLISH, Locale.ENGLISH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public UserMessage {
        Objects.requireNonNull(key);
        if (key.indexOf('.') <= 0) {
            throw new IllegalArgumentException("a message key starts with its component: " + key);
        }
        arguments = List.copyOf(arguments);
    }

    public static UserMessage of(String key, Object... arguments) {
        return new UserMessage(key, Arrays.stream(arguments).map(a -> a == null ? "" : String.valueOf(a)).toList());
    }

    /** The bundle's base name of a key: {@code pl.ezd.<component>.messages}. */
    public static String bundleOf(String key) {
        return "pl.ezd." + key.substring(0, key.indexOf('.')) + ".messages";
    }

    /** The Polish wording (also the exception's message). */
    public String polish() {
        return in(POLISH);
    }

    /** Worded in {@code locale}'s language; in Polish when there is no bundle or no key for it. */
    public String in(Locale locale) {
        String pattern = pattern(locale == null ? POLISH : locale);
        return arguments.isEmpty() && pattern.indexOf('\'') < 0 && pattern.indexOf('{') < 0
                ? pattern
                : new MessageFormat(pattern, locale == null ? POLISH : locale).format(arguments.toArray());
    }

    private String pattern(Locale locale) {
        try {
            return bundle(bundleOf(key), locale).getString(key);
        } catch (MissingResourceException e) {
            if (!locale.getLanguage().equals(POLISH.getLanguage())) {
                return pattern(POLISH);
            }
            throw e;
        }
    }

    /** The bundle of exactly this language (the Polish default for Polish and unknown languages), never the JVM's default locale. */
    public static ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, UserMessage.class.getClassLoader(), NO_FALLBACK);
    }

    /** The supported language a reader asked for among {@code preferred} (in order), Polish when none. */
    public static Locale language(List<Locale> preferred) {
        for (Locale wanted : preferred) {
            for (Locale supported : LANGUAGES) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return supported;
                }
            }
        }
        return POLISH;
    }
}
