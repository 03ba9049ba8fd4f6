package io.trellis.chaincode.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.party.PartyRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** An authorization matrix: every case tried by the one party of each role that {@link ScfWorld} registers. */
public final class RoleMatrix {
    public static final Map<PartyRole, String> PARTY_OF = Map.of(
            PartyRole.CORE_ENTERPRISE, ScfWorld.CORE,
            PartyRole.SUPPLIER, ScfWorld.TIER1,
            PartyRole.FINANCIER, ScfWorld.BANK,
            PartyRole.SECURITIES_FIRM, ScfWorld.SECURITIES,
            PartyRole.INVESTOR, ScfWorld.INVESTOR,
            PartyRole.SERVICE_PROVIDER, ScfWorld.SERVICER,
            PartyRole.AUDITOR, ScfWorld.AUDITOR);

    private RoleMatrix() {
    }

    /** (case, role) for every case and every role. */
    public static Stream<Arguments> rows(List<?> cases) {
        List<Arguments> rows = new ArrayList<>();
        for (Object c : cases) {
            for (PartyRole role : PartyRole.values()) {
                rows.add(Arguments.of(c, role));
            }
        }
        return rows.stream();
    }

    /** An allowed role succeeds; any other is refused with NOT_ALLOWED, never another code. */
    public static void assertOutcome(boolean allowed, ChaincodeHarness.Result result) {
        if (allowed) {
            assertThat(result.ok()).as(() -> result.response().getMessage()).isTrue();
        } else {
            assertThat(result.code()).isEqualTo(ErrorCode.NOT_ALLOWED);
        }
    }
}
