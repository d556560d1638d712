package pl.ezd.documents.entity;

import java.util.HexFormat;
import java.util.Objects;

/**
 * What the content store reports about content it has durably written, with the name and media
 * type it arrived under. The file name is reduced to its last path segment (browsers on Windows
 * send {@code C:\fakepath\…}).
 */
public record StoredFile(String fileName, String mediaType, long size, String sha256, String storageKey) {

    static final int FILE_NAME_LENGTH = 255;

    public StoredFile {
        fileName = cleanFileName(fileName);
        if (mediaType == null || mediaType.isBlank() || mediaType.length() > 255) {
            throw new IllegalArgumentException("Nieznany typ pliku");
        }
        if (size < 0) {
            throw new IllegalArgumentException("Rozmiar pliku nie może być ujemny");
        }
        if (sha256 == null || sha256.length() != 64 || !sha256.chars().allMatch(HexFormat::isHexDigit)) {
            throw new IllegalArgumentException("Skrót SHA-256 musi mieć 64 znaki szesnastkowe");
        }
        sha256 = sha256.toLowerCase(java.util.Locale.ROOT);
        Objects.requireNonNull(storageKey);
    }

    static String cleanFileName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("Nazwa pliku jest wymagana");
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (last.isEmpty() || last.equals(".") || last.equals("..")) {
            throw new IllegalArgumentException("Nazwa pliku jest wymagana");
        }
        if (last.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("Nazwa pliku zawiera niedozwolone znaki");
        }
        if (last.length() > FILE_NAME_LENGTH) {
            throw new IllegalArgumentException("Nazwa pliku może mieć najwyżej " + FILE_NAME_LENGTH + " znaków");
        }
        return last;
    }
}
