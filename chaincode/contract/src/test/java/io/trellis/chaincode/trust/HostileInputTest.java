package io.trellis.chaincode.trust;

import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.INVESTOR;
import static io.trellis.chaincode.testing.ScfWorld.INVESTOR2;
import static io.trellis.chaincode.testing.ScfWorld.SECURITIES;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.SetDealStructureRequest;
import io.trellis.chaincode.api.abs.SubscribeRequest;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheTerms;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.invoice.InvoiceDecision;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.chaincode.api.voucher.SplitVoucherRequest;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.core.TextInputs;
import io.trellis.chaincode.testing.AbsWorld;
import io.trellis.chaincode.testing.Callers;
import io.trellis.chaincode.testing.ScenarioIds;
import io.trellis.chaincode.testing.ScfWorld;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an attacker sends is refused with a typed code: never an internal error, never a wrapped number. */
class HostileInputTest {
    private static final String NEW_AUDITOR = ScenarioIds.party("91310000000000062");
    private final ScfWorld world = new ScfWorld();

    private ErrorCode registerAsAuditor(String name, String certificateId) {
        return world.chain.submit(Callers.PLATFORM_OPERATOR, TxName.REGISTER_PARTY,
                new RegisterPartyRequest(NEW_AUDITOR, name, List.of(PartyRole.AUDITOR), Org.PLATFORM, certificateId))
                .code();
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x0000, 0x0007, 0x000A, 0x001B, 0x007F, 0x0085, 0xD800})
    void a_control_character_or_lone_surrogate_in_a_certificate_id_is_an_invalid_argument(int character) {
        String certificateId = "x509::CN=auditor" + (char) character + "::CN=ca";

        assertThat(registerAsAuditor("Auditor", certificateId)).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void a_nul_in_a_name_or_a_reason_is_an_invalid_argument() {
        assertThat(registerAsAuditor("Audi\u0000tor", null)).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        Invoice invoice = world.registeredInvoice(TIER1, 100_00);
        assertThat(world.submit(CORE, TxName.DISPUTE_INVOICE, new InvoiceDecision(invoice.id(), "no\u0000")).code())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void a_nul_in_an_id_looked_up_is_an_invalid_argument() {
        assertThat(world.submit(CORE, TxName.GET_VOUCHER, "CV\u0000x").code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void text_longer_than_any_field_allows_is_an_invalid_argument() {
        String longest = "x".repeat(TextInputs.MAX_LENGTH + 1);

        assertThat(world.submit(CORE, TxName.GET_VOUCHER, longest).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(registerAsAuditor("Auditor", longest)).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void printable_text_in_any_script_is_accepted() {
        assertThat(world.chain.submit(Callers.PLATFORM_OPERATOR, TxName.REGISTER_PARTY,
                new RegisterPartyRequest(NEW_AUDITOR, "上海审计事务所 \uD83D\uDCBC", List.of(PartyRole.AUDITOR),
                        Org.PLATFORM, null)).ok()).isTrue();
    }

    @Test
    void split_parts_whose_sum_overflows_are_out_of_range_and_change_nothing() {
        world.grantLine(BANK, 1_000_00);
        Voucher root = world.active(TIER1, 100_00);
        Map<String, byte[]> before = Map.copyOf(world.chain.ledger().state());

        assertThat(world.submit(TIER1, TxName.SPLIT_VOUCHER, new SplitVoucherRequest(root.id(),
                List.of(cny(Long.MAX_VALUE), cny(Long.MAX_VALUE), cny(2)))).code())
                .isEqualTo(ErrorCode.AMOUNT_OUT_OF_RANGE);
        assertThat(world.chain.ledger().state()).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void an_order_for_more_units_than_the_tranche_is_refused_up_front_and_the_others_still_close() {
        AbsWorld abs = new AbsWorld();
        String poolId = abs.openDeal();
        abs.subscribe(INVESTOR, poolId, TrancheClass.SENIOR, 2_000);
        abs.subscribe(INVESTOR, poolId, TrancheClass.SUBORDINATED, 300);
        abs.subscribe(INVESTOR, poolId, TrancheClass.MEZZANINE, 500);

        assertThat(abs.submit(INVESTOR2, TxName.SUBSCRIBE,
                new SubscribeRequest(poolId, TrancheClass.SENIOR, Long.MAX_VALUE)).code())
                .isEqualTo(ErrorCode.AMOUNT_OUT_OF_RANGE);
        assertThat(abs.submit(INVESTOR2, TxName.SUBSCRIBE,
                new SubscribeRequest(poolId, TrancheClass.SENIOR, 2_001)).code())
                .isEqualTo(ErrorCode.AMOUNT_OUT_OF_RANGE);
        abs.subscribe(INVESTOR2, poolId, TrancheClass.SENIOR, 2_000);

        Deal closed = abs.manage(TxName.CLOSE_SUBSCRIPTION, poolId);
        assertThat(closed.allocations().getFirst().subscribedUnits()).isEqualTo(4_000);
    }

    @Test
    void a_tranche_above_the_ceiling_is_out_of_range() {
        AbsWorld abs = new AbsWorld();
        String poolId = abs.pooledDeal();
        SetDealStructureRequest small = AbsWorld.smallStructure(poolId);
        SetDealStructureRequest huge = new SetDealStructureRequest(poolId, List.of(
                new TrancheTerms(TrancheClass.SENIOR, cny(9_000_000_000_000_000_000L), 300),
                small.tranches().get(2)), small.feesPerPaymentDate(), small.issueDate(), small.paymentDates(),
                small.defaultTriggerBp());

        assertThat(abs.submit(SECURITIES, TxName.SET_DEAL_STRUCTURE, huge).code()).isEqualTo(ErrorCode.AMOUNT_OUT_OF_RANGE);
    }
}
