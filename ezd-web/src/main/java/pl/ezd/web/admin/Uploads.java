package pl.ezd.web.admin;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bytes of a file chosen in a form's file field; none when no file was chosen. */
final class Uploads {

    private Uploads() {
    }

    static byte[] bytes(Part file) {
        if (file == null || file.getSize() == 0) {
            return new byte[0];
        }
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file " + file.getSubmittedFileName(), e);
        }
    }
}
