package pl.ezd.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scripts of the views' dialogs. A backslash-escaped quote in an attribute ({@code PF(\'x\')})
 * is a JavaScript syntax error: the button's whole ajax call then fails and the browser submits the
 * form without ajax, so a dialog refused by validation closed without showing why. And a dialog
 * closes after its action only when validation did not fail.
 */
class DialogScriptsTest {

    private static final Pattern HIDING = Pattern.compile("oncomplete=\"([^\"]*\\.hide\\(\\)[^\"]*)\"");

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).toList();
        }
    }

    @Test
    void noViewEscapesAQuoteInsideAScript() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path view : views()) {
            List<String> lines = Files.readAllLines(view);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("\\'")) {
                    wrong.add(view + ":" + (i + 1));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aDialogClosesAfterItsActionOnlyWhenValidationDidNotFail() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path view : views()) {
            Matcher matcher = HIDING.matcher(Files.readString(view));
            while (matcher.find()) {
                if (!matcher.group(1).contains("!args.validationFailed")) {
                    wrong.add(view + ": " + matcher.group(1));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
