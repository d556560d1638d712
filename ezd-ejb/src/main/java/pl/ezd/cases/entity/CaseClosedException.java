package pl.ezd.cases.entity;

import jakarta.ejb.ApplicationException;

/** A closed case was asked to change; the law forbids it (regulation of 30 Oct 2006 §6). */
@ApplicationException(rollback = true)
public class CaseClosedException extends RuntimeException {
    public CaseClosedException(ZnakSprawy znak) {
        super("Sprawa " + znak + " jest zakończona i nie można jej zmieniać");
    }
}
