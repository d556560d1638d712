package pl.ezd.classification.boundary;

import java.time.LocalDate;
import pl.ezd.classification.entity.JrwaClass;

/** A final class of the JRWA: where a case is opened, and the archival categories its file gets. */
public record FinalClass(long id, long jrwaId, String symbol, String title, String homeCategory, String otherCategory,
                         LocalDate validFrom, LocalDate validTo) {

    static FinalClass of(JrwaClass c) {
        return new FinalClass(c.getId(), c.getJrwa().getId(), c.getSymbol().value(), c.getTitle(),
                c.getHomeCategory().toString(), c.getOtherCategory() == null ? null : c.getOtherCategory().toString(),
                c.getValidFrom(), c.getValidTo());
    }
}
