package pl.ezd.bench;

import java.util.ArrayList;
import java.util.List;

/** The organisations of the benchmark and a registry clerk of each. */
final class Tenants {

    record Clerk(long organizationId, String username, String password) {
    }

    private Tenants() {
    }

    static List<Clerk> prepare(Server server, int organizations) throws Exception {
        List<Clerk> clerks = new ArrayList<>();
        if (organizations == 0) {
            clerks.add(new Clerk(0, "kancelaria", "Demo2026!"));
            return clerks;
        }
        throw new UnsupportedOperationException("many organisations: not yet");
    }
}
