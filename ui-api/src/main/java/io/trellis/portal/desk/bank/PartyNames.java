package io.trellis.portal.desk.bank;

import io.trellis.portal.backend.ServiceProblem;
import io.trellis.portal.scf.Parties;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Names of the parties a page mentions, looked up once per request in the directory; an unknown one keeps its id. */
@RequestScoped
class PartyNames {
    @Inject
    @RestClient
    Parties parties;

    private final Map<String, String> names = new HashMap<>();

    String of(String partyId) {
        return names.computeIfAbsent(partyId, this::lookUp);
    }

    private String lookUp(String partyId) {
        try {
            return parties.get(partyId).name();
        } catch (ServiceProblem notInDirectory) {
            if (notInDirectory.notFound()) {
                return partyId;
            }
            throw notInDirectory;
        }
    }
}
