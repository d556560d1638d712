package pl.ezd.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A clerk opens a case under the next znak of the spis spraw, closes it, and the metryka shows both. */
class CasesIT {

    private static final int YEAR = LocalDate.now(ZoneId.of("Europe/Warsaw")).getYear();

    private static JsonObject open(String user, String jrwa, String title) {
        var reply = Ezd.post(user, "api/v1/cases", "{\"jrwaSymbol\":\"" + jrwa + "\",\"title\":" + Ezd.quote(title) + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.object();
    }

    @Test
    void aClerkOpensACaseInTheSpisSprawOfTheirUnitAndClosesIt() {
        var first = open("referent", "6100", "Zezwolenie na usunięcie drzew – ul. Lipowa 3");
        var second = open("referent2", "6100", "Zezwolenie na usunięcie drzew – ul. Słoneczna 8");

        var firstZnak = first.getString("znak");
        assertThat(firstZnak).matches("GK\\.6100\\.\\d+\\." + YEAR);
        int firstNumber = Integer.parseInt(firstZnak.split("\\.")[2]);
        assertThat(second.getString("znak")).as("next number of the same spis spraw")
                .isEqualTo("GK.6100." + (firstNumber + 1) + "." + YEAR);
        assertThat(first.getString("status")).isEqualTo("OPEN");

        var closed = Ezd.post("referent", "api/v1/cases/" + first.getInt("id") + "/close",
                "{\"settledOn\":\"" + LocalDate.now(ZoneId.of("Europe/Warsaw")) + "\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.object().getString("status")).isEqualTo("CLOSED");

        var again = Ezd.post("referent", "api/v1/cases/" + first.getInt("id") + "/close", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.object().getString("message")).contains(firstZnak, "zakończona");

        var metryka = Ezd.get("kierownik", "api/v1/cases/" + first.getInt("id") + "/metryka");
        assertThat(metryka.status()).isEqualTo(200);
        assertThat(metryka.json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(row -> row.getInt("no") + ". " + row.getString("personName") + ", " + row.getString("personPost")
                        + ": " + row.getString("action").split(":| \\(")[0])
                .containsExactly("1. Jan Kowalski, Podinspektor (GK): Wszczęcie sprawy",
                        "2. Jan Kowalski, Podinspektor (GK): Zakończenie sprawy");
    }

    @Test
    void aRegisteredLetterGoesIntoTheCaseFileOnceAndTheMetrykaNamesIt() {
        var letter = Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter("Wniosek o zajęcie pasa drogowego", "Firma Budowlana Wisła"));
        assertThat(letter.status()).isEqualTo(201);
        String rpw = letter.object().getString("rpwNumber");
        var theCase = open("referent", "7201", "Zajęcie pasa drogowego – ul. Kościuszki");
        String path = "api/v1/cases/" + theCase.getInt("id");

        var attached = Ezd.post("referent", path + "/items", "{\"itemId\":" + letter.object().getInt("id") + "}");
        assertThat(attached.status()).as(attached.body()).isEqualTo(200);
        assertThat(attached.json().asJsonArray().getValuesAs(JsonObject.class)).extracting(i -> i.getString("rpwNumber")).containsExactly(rpw);

        var twice = Ezd.post("referent", path + "/items", "{\"itemId\":" + letter.object().getInt("id") + "}");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.object().getString("message")).contains("już w aktach");

        var metryka = Ezd.get("referent", path + "/metryka").json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(metryka.get(1).getString("action")).startsWith("Dołączenie przesyłki");
        assertThat(metryka.get(1).getString("documentId")).isEqualTo(rpw);

        var spis = Ezd.get("kierownik", "api/v1/cases/spis-spraw?unit=GK&jrwa=7201&year=" + YEAR).object();
        assertThat(spis.getString("jrwaTitle")).isEqualTo("Zajęcie pasa drogowego");
        assertThat(spis.getJsonArray("rows").getValuesAs(JsonObject.class))
                .anySatisfy(row -> {
                    assertThat(row.getString("znak")).isEqualTo(theCase.getString("znak"));
                    assertThat(row.getString("sender")).isEqualTo("Firma Budowlana Wisła");
                });

        Ezd.post("referent", path + "/close", "{}");
        var another = Ezd.post("kancelaria", "api/v1/incoming-items", Ezd.letter("Uzupełnienie wniosku", "Firma Budowlana Wisła"));
        var intoClosed = Ezd.post("referent", path + "/items", "{\"itemId\":" + another.object().getInt("id") + "}");
        assertThat(intoClosed.status()).as("a closed case cannot change").isEqualTo(409);
        assertThat(Ezd.get("referent", path + "/items").json().asJsonArray()).hasSize(1);
    }

    @Test
    void casesAreOpenedOnlyInFinalJrwaClassesByClerksAndHeads() {
        var notFinal = Ezd.post("referent", "api/v1/cases", "{\"jrwaSymbol\":\"61\",\"title\":\"Ochrona środowiska\"}");
        assertThat(notFinal.status()).isEqualTo(400);
        assertThat(notFinal.object().getString("message")).contains("klasie końcowej JRWA");
        var notInTheFilePlan = Ezd.post("referent", "api/v1/cases", "{\"jrwaSymbol\":\"9999\",\"title\":\"Poza wykazem\"}");
        assertThat(notInTheFilePlan.status()).isEqualTo(400);

        var byRegistry = Ezd.post("kancelaria", "api/v1/cases", "{\"jrwaSymbol\":\"6131\",\"title\":\"x\"}");
        assertThat(byRegistry.status()).isEqualTo(403);

        var secondClerksCase = open("referent2", "6100", "Sprawa innego referenta");
        var closedByAnother = Ezd.post("referent", "api/v1/cases/" + secondClerksCase.getInt("id") + "/close", "{}");
        assertThat(closedByAnother.status()).as("only its handler or a head closes a case").isEqualTo(400);

        assertThat(Ezd.get("referent", "api/v1/cases/987654321").status()).isEqualTo(404);
    }
}
