package pl.ezd.organization.boundary;

import java.time.LocalDate;

/** Someone a substitute stands in for on a day, and the substitution that says so ({@link Substitutions}). */
public record Absentee(String username, long employeeId, String fullName, long substitutionId, LocalDate validFrom,
                       LocalDate validTo, String reason) {
}
