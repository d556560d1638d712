package pl.ezd.correspondence.boundary;

import java.io.InputStream;

/** A file given with an item (a scan, the original electronic document, an attachment), still unread. */
public record NewFile(String fileName, InputStream content) {
}
