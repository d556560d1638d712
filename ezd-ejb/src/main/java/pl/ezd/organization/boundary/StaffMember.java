package pl.ezd.organization.boundary;

/** An employee as others see them when choosing whom to assign work to. */
public record StaffMember(String username, String firstName, String lastName, String unitSymbol, String positionTitle) {

    public String label() {
        return firstName + " " + lastName + " (" + unitSymbol + ", " + positionTitle + ")";
    }
}
