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
}
