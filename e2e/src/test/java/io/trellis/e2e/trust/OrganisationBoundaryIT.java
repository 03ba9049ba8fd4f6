package io.trellis.e2e.trust;

import static io.trellis.e2e.trust.ActiveParties.readOwnParty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.CertificateIds;
import io.trellis.chaincode.api.party.Party;
import io.trellis.e2e.network.TestNetwork;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.GatewayContractSource;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.LedgerRejectedException;
import io.trellis.ledger.LedgerUnavailableException;
import io.trellis.ledger.PeerConnections;
import io.trellis.ledger.identity.OrganisationNotHostedException;
import io.trellis.ledger.wiring.FabricConfig;
import io.trellis.ledger.wiring.LedgerAssembly;
import io.trellis.ledger.wiring.OperatorWallet;
import io.trellis.ledger.wiring.PartyIdentities;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service configured for one organisation cannot act for another, on the real network: configured for BankMSP
 * only, it holds no Platform key and refuses Platform parties; and a certificate Bank's own CA issues under a
 * Platform party's id is not that party to the chaincode (the binding is MSP + subject + issuer).
 */
class OrganisationBoundaryIT {
    private final TestNetwork network = TestNetwork.shared();
    private final ActiveParties parties = new ActiveParties(network);

    @TempDir
    Path bankWallet;
    private FabricConfig bankOnly;
    private PeerConnections bankPeer;
    private GatewayContractSource bankContracts;

    @BeforeEach
    void bankService() {
        bankOnly = new OneOrganisationConfig(LedgerAssembly.standaloneConfig(), Org.BANK, bankWallet);
        bankPeer = LedgerAssembly.peers(bankOnly);
        bankContracts = LedgerAssembly.contracts(bankPeer, bankOnly);
    }

    @AfterEach
    void close() {
        bankContracts.close();
        bankPeer.close();
    }

    @Test
    void a_service_configured_for_bank_only_refuses_a_platform_party_and_has_no_platform_operator() {
        ActiveParties.Registered platformParty = parties.supplier("Platform Side Co.");
        PartyIdentities bankIdentities = new PartyIdentities(bankOnly);

        assertThat(bankIdentities.hosts(Org.PLATFORM)).isFalse();
        assertThat(bankIdentities.find(platformParty.id(), Org.PLATFORM)).isEmpty();
        assertThatThrownBy(() -> bankIdentities.issueOrReuse(platformParty.id(), Org.PLATFORM))
                .isInstanceOf(OrganisationNotHostedException.class);
        assertThatThrownBy(() -> new OperatorWallet(bankOnly).operatorOf(Org.PLATFORM))
                .isInstanceOf(LedgerUnavailableException.class);
    }

    @Test
    void a_certificate_banks_ca_issues_under_a_platform_partys_id_is_refused_when_it_acts_as_that_party() {
        ActiveParties.Registered platformParty = parties.supplier("Impersonated Co.");
        LedgerClient ledger = network.ledger();
        assertThat(ledger.evaluate(readOwnParty(platformParty.identity(), platformParty.id()), Party.class).id())
                .as("the party itself may read its record").isEqualTo(platformParty.id());

        FabricIdentity lookalike = new PartyIdentities(bankOnly).issueOrReuse(platformParty.id(), Org.BANK);

        assertThat(lookalike.mspId()).isEqualTo("BankMSP");
        assertThat(lookalike.certificate().getSubjectX500Principal().getName()).contains("CN=" + platformParty.id());
        assertThat(CertificateIds.of(lookalike.certificate())).isNotEqualTo(CertificateIds.of(platformParty.identity().certificate()));
        LedgerClient bankLedger = LedgerAssembly.client(bankContracts, bankOnly);
        assertThatThrownBy(() -> bankLedger.evaluate(readOwnParty(lookalike, platformParty.id()), Party.class))
                .isInstanceOfSatisfying(LedgerRejectedException.class,
                        e -> assertThat(e.code()).isIn(ErrorCode.CALLER_NOT_REGISTERED, ErrorCode.NOT_ALLOWED));
    }
}
