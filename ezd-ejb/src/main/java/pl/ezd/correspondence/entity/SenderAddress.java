package pl.ezd.correspondence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The sender's address as the instrukcja lists it: town and country required, the rest when
 * known. A Polish postcode is {@code 00-000}.
 */
@Embeddable
public record SenderAddress(
        @Column(name = "sender_postcode", length = 10) String postcode,
        @Column(name = "sender_town", nullable = false, length = 100) String town,
        @Column(name = "sender_street", length = 100) String street,
        @Column(name = "sender_building", length = 20) String building,
        @Column(name = "sender_flat", length = 20) String flat,
        @Column(name = "sender_po_box", length = 20) String poBox,
        @Column(name = "sender_country", nullable = false, length = 2) String country,
        @Column(name = "sender_email", length = 255) String email) {

    public SenderAddress {
        town = required(town, "Miejscowość nadawcy");
        country = country == null || country.isBlank() ? "PL" : country.strip().toUpperCase();
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("Kraj nadawcy podaj kodem ISO, np. PL: " + country);
        }
        postcode = blankToNull(postcode);
        if ("PL".equals(country) && postcode != null && !postcode.matches("\\d{2}-\\d{3}")) {
            throw new IllegalArgumentException("Kod pocztowy ma postać 00-000: " + postcode);
        }
        email = blankToNull(email);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("Nieprawidłowy adres e-mail nadawcy: " + email);
        }
        street = blankToNull(street);
        building = blankToNull(building);
        flat = blankToNull(flat);
        poBox = blankToNull(poBox);
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " jest wymagana");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
