package pl.ezd.classification.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pl.ezd.classification.boundary.WykazAktRefusedException;
import pl.ezd.classification.entity.Jrwa;
import pl.ezd.classification.entity.JrwaRuleViolation;
import pl.ezd.classification.entity.JrwaSymbol;
import pl.ezd.classification.entity.KategoriaArchiwalna;

/**
 * Turns a {@code WykazAkt} file into a new, not yet stored JRWA version: the reader's syntax and
 * schema checks, then the catalogue's own rules (symbols, hierarchy, categories), each refusal
 * pointing at the line of the {@code akta} at fault.
 */
public class WykazAktImport {

    private final WykazAktReader reader = new WykazAktReader();

    /**
     * @param finalClassDigits how many digits a final class has at least (4 for the JRWA of gminy,
     *                         powiaty and samorząd województwa)
     */
    public Jrwa toJrwa(byte[] xml, long organizationId, String label, LocalDate validFrom, Instant importedAt,
                       String importedBy, String sha256, int finalClassDigits) {
        List<WykazAktReader.Entry> entries = reader.read(xml);
        Map<JrwaSymbol, Integer> lines = new HashMap<>();
        record Parsed(WykazAktReader.Entry entry, JrwaSymbol symbol, KategoriaArchiwalna home,
                      KategoriaArchiwalna other) {
        }
        var parsed = entries.stream().map(entry -> {
            try {
                JrwaSymbol symbol = JrwaSymbol.of(entry.symbol());
                Integer first = lines.putIfAbsent(symbol, entry.line());
                if (first != null) {
                    throw new WykazAktRefusedException(entry.line(), "Symbol " + symbol
                            + " występuje w pliku więcej niż raz (pierwszy raz w wierszu " + first + ")");
                }
                return new Parsed(entry, symbol, KategoriaArchiwalna.parseOptional(entry.kategoriaMerytoryczna()),
                        KategoriaArchiwalna.parseOptional(entry.kategoriaInna()));
            } catch (IllegalArgumentException e) {
                throw new WykazAktRefusedException(entry.line(), e.getMessage());
            }
        }).toList();
        Jrwa jrwa;
        try {
            jrwa = new Jrwa(organizationId, label, validFrom, importedAt, importedBy, sha256);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new WykazAktRefusedException(null, e.getMessage());
        }
        try {
            // parents before subclasses, whatever order the file has
            parsed.stream()
                    .sorted(Comparator.comparingInt((Parsed p) -> p.symbol().depth()).thenComparing(Parsed::symbol))
                    .forEach(p -> jrwa.addClass(p.symbol(), p.entry().haslo(), p.home(), p.other()));
            jrwa.markFinalClasses(finalClassDigits);
        } catch (JrwaRuleViolation e) {
            throw new WykazAktRefusedException(lines.get(e.symbol()), e.getMessage());
        }
        return jrwa;
    }
}
