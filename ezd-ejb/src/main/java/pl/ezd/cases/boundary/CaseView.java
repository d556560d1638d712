package pl.ezd.cases.boundary;

import java.time.LocalDate;
import pl.ezd.cases.entity.Case;
import pl.ezd.cases.entity.CaseStatus;

/** A case as the clerk and the API see it. */
public record CaseView(long id, String znak, String title, String description, String handler, CaseStatus status,
                       LocalDate openedOn, LocalDate settledOn) {

    static CaseView of(Case c) {
        return new CaseView(c.getId(), c.getZnak().toString(), c.getTitle(), c.getDescription(), c.getHandler(),
                c.getStatus(), c.getOpenedOn(), c.getSettledOn());
    }

    /** The unit of the znak sprawy (for the spis spraw the case is listed in). */
    public String unitSymbol() {
        return pl.ezd.cases.entity.ZnakSprawy.parse(znak).unitSymbol();
    }

    /** The final JRWA class of the znak sprawy. */
    public String jrwaSymbol() {
        return pl.ezd.cases.entity.ZnakSprawy.parse(znak).jrwaSymbol();
    }

    /** The podteczka of the znak sprawy, or null. */
    public Integer podteczka() {
        return pl.ezd.cases.entity.ZnakSprawy.parse(znak).podteczka();
    }

    /** The year the case is numbered in. */
    public int year() {
        return pl.ezd.cases.entity.ZnakSprawy.parse(znak).year();
    }
}
