package io.trellis.e2e;

import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TODAY;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Hashes;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.FinancingTerms;
import io.trellis.chaincode.api.financing.TermsOffer;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.testing.ScfWorld;
import io.trellis.e2e.network.FabricScenarioLedger;
import io.trellis.e2e.network.PeerBoundLedger;
import io.trellis.e2e.network.TestNetwork;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerRejectedException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Financing terms live in the private data collection of the platform and the financing bank: the peers of
 * PlatformMSP and BankMSP answer them, the SecuritiesMSP peer has only their hash, and the public financing
 * carries that hash.
 */
class FinancingTermsPrivacyIT {
    private static final TestNetwork NETWORK = TestNetwork.shared();
    private static FabricScenarioLedger ledger;
    private static Financing approved;

    @BeforeAll
    static void a_bank_approves_a_financing_of_300_000_at_4_50_percent() {
        ledger = new FabricScenarioLedger(NETWORK);
        ScfWorld world = new ScfWorld(ledger);
        world.grantLine(BANK, 1_000_000_00L);
        Voucher voucher = world.active(TIER1, 300_000_00L);
        Financing applied = world.applied(TIER1, voucher.id(), BANK);
        approved = world.approve(BANK, applied.id(), new TermsOffer(450, TODAY)).as(Financing.class);
    }

    private static FinancingTerms termsVia(Org peer, String partyId) {
        try (PeerBoundLedger pinned = NETWORK.ledgerVia(peer)) {
            return pinned.client().evaluate(new LedgerCall(ledger.identityOf(partyId), TxName.GET_FINANCING_TERMS,
                    approved.id(), Map.of()), FinancingTerms.class);
        }
    }

    @Test
    void the_banks_peer_and_the_platforms_peer_answer_the_terms_to_the_fen() {
        FinancingTerms atBank = termsVia(Org.BANK, BANK);
        FinancingTerms atPlatform = termsVia(Org.PLATFORM, TIER1);

        // 30,000,000 fen x 450 bp x 183 days / 3,600,000 = 686,250 fen; proceeds 29,313,750 fen.
        assertThat(atBank.days()).isEqualTo(183);
        assertThat(atBank.interest()).isEqualTo(cny(686_250));
        assertThat(atBank.proceeds()).isEqualTo(cny(29_313_750));
        assertThat(atPlatform).isEqualTo(atBank);
    }

    @Test
    void the_securities_peer_is_outside_the_collection_and_answers_a_typed_refusal_not_the_terms() {
        assertThatThrownBy(() -> termsVia(Org.SECURITIES, BANK))
                .isInstanceOfSatisfying(LedgerRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRIVATE_DATA_NOT_AVAILABLE));
        assertThatThrownBy(() -> termsVia(Org.SECURITIES, TIER1))
                .isInstanceOfSatisfying(LedgerRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRIVATE_DATA_NOT_AVAILABLE));
    }

    @Test
    void every_peer_has_the_public_financing_with_the_hash_of_exactly_the_private_terms() {
        FinancingTerms terms = termsVia(Org.BANK, BANK);
        for (Org peer : Org.values()) {
            try (PeerBoundLedger pinned = NETWORK.ledgerVia(peer)) {
                Financing seen = pinned.client().evaluate(new LedgerCall(ledger.identityOf(BANK), TxName.GET_FINANCING,
                        approved.id(), Map.of()), Financing.class);
                assertThat(seen.termsHash()).as("terms hash on the %s peer", peer)
                        .isEqualTo(Hashes.sha256Hex(JsonCodec.toBytes(terms)));
            }
        }
    }
}
