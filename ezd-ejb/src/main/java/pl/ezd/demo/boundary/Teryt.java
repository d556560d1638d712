package pl.ezd.demo.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Looks up units of local government in the region's TERYT TERC register shipped with the EZD. */
@ApplicationScoped
public class Teryt {

    static final String REGISTER = "teryt/teryt-terc-kujawsko-pomorskie-2024-01-01.csv";

    /** A row of the register: TERC code, name and its kind as GUS words it (e.g. "gmina miejska"). */
    public record TercUnit(String terc, String name, String kind) {
    }

    public TercUnit unit(String terc) {
        var in = Teryt.class.getClassLoader().getResourceAsStream(REGISTER);
        if (in == null) {
            throw new IllegalStateException(REGISTER + " is missing");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1)
                    .map(line -> line.split(",", -1))
                    .filter(columns -> columns[0].equals(terc))
                    .map(columns -> new TercUnit(columns[0], columns[5], columns[6]))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No TERC code " + terc + " in " + REGISTER));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + REGISTER, e);
        }
    }
}
