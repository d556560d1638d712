package pl.ezd.bench;

/**
 * Entry point of {@code ./mvnw -B -DskipTests verify -pl benchmarks -am -Pbenchmark}: runs the
 * benchmark named by {@code -Dbench.name} and prints its figures for docs/PERFORMANCE.md.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String name = System.getProperty("bench.name", "registration");
        switch (name) {
            case "registration" -> RegistrationBenchmark.main(args);
            case "tika" -> TikaDirect.main(args);
            case "pages" -> PagesBenchmark.main(args);
            case "circulation" -> CirculationBenchmark.main(args);
            case "epuap" -> EpuapImportBenchmark.main(args);
            default -> throw new IllegalArgumentException("No benchmark named " + name + " (registration, tika, pages, circulation, epuap)");
        }
    }

    static int intProperty(String name, int defaultValue) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(defaultValue)));
    }
}
