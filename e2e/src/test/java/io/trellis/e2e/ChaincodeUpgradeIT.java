package io.trellis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.party.CertificateIds;
import io.trellis.chaincode.api.party.KycStatus;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.chaincode.api.party.ReviewKycRequest;
import io.trellis.e2e.network.PeerBoundLedger;
import io.trellis.e2e.network.TestNetwork;
import io.trellis.e2e.rest.PlatformApi;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code ./trellis chaincode upgrade} moves the chaincode to the next sequence; the state before it stays. */
class ChaincodeUpgradeIT {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final Pattern SEQUENCE = Pattern.compile("sequence (\\d+)");
    private final TestNetwork network = TestNetwork.shared();

    private static String trellis(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("trellis").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("./trellis %s finished", String.join(" ", args)).isTrue();
        assertThat(process.exitValue()).as("./trellis %s exit status; output:%n%s", String.join(" ", args), output).isZero();
        return output;
    }

    private static int committedSequence() throws IOException, InterruptedException {
        Matcher matcher = SEQUENCE.matcher(trellis("status"));
        assertThat(matcher.find()).as("./trellis status names the chaincode sequence").isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void after_an_upgrade_the_state_written_before_is_read_and_written_on() throws Exception {
        String id = PlatformApi.freshPartyId();
        FabricIdentity operator = network.operator(Org.PLATFORM);
        FabricIdentity party = network.issueIdentity(id, Org.PLATFORM);
        LedgerClient ledger = network.ledger();
        ledger.submit(LedgerCall.json(operator, TxName.REGISTER_PARTY, new RegisterPartyRequest(id, "Before Upgrade Co.",
                List.of(PartyRole.SUPPLIER), Org.PLATFORM, CertificateIds.of(party.certificate()))), Party.class);
        int before = committedSequence();

        trellis("chaincode", "upgrade");

        assertThat(committedSequence()).isEqualTo(before + 1);
        for (Org peer : Org.values()) {
            try (PeerBoundLedger pinned = network.ledgerVia(peer)) {
                Party held = pinned.client().evaluate(new LedgerCall(operator, TxName.GET_PARTY, id, Map.of()), Party.class);
                assertThat(held.name()).as("on the %s peer", peer).isEqualTo("Before Upgrade Co.");
            }
        }
        Party reviewed = ledger.submit(LedgerCall.json(operator, TxName.REVIEW_KYC,
                new ReviewKycRequest(id, KycStatus.APPROVED)), Party.class).result();
        assertThat(reviewed.kycStatus()).isEqualTo(KycStatus.APPROVED);
        assertThat(reviewed.version()).isEqualTo(2);
    }
}
