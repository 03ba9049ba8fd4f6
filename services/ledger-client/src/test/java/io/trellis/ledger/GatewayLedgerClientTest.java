package io.trellis.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.google.protobuf.Any;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.TxName;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;

class GatewayLedgerClientTest {
    private static final RetryPolicy THREE_ATTEMPTS = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40));

    private final Contract contract = mock(Contract.class);
    private final Proposal.Builder builder = mock(Proposal.Builder.class, Answers.RETURNS_SELF);
    private final Proposal proposal = mock(Proposal.class);
    private final List<Duration> pauses = new ArrayList<>();
    private final GatewayLedgerClient client = new GatewayLedgerClient(id -> contract, THREE_ATTEMPTS, 3, pauses::add);
    private LedgerCall call;

    record Echo(String value) {
    }

    @BeforeEach
    void wire() throws Exception {
        var keys = KeyPairGenerator.getInstance("EC").generateKeyPair();
        call = LedgerCall.json(new FabricIdentity("PlatformMSP", mock(X509Certificate.class), keys.getPrivate()),
                "RegisterParty", Map.of("id", "P1"));
        when(contract.newProposal(anyString())).thenReturn(builder);
        when(builder.build()).thenReturn(proposal);
    }

    private static Status status(String txId, TxValidationCode code, long block) {
        Status status = mock(Status.class);
        when(status.getTransactionId()).thenReturn(txId);
        when(status.getCode()).thenReturn(code);
        when(status.isSuccessful()).thenReturn(code == TxValidationCode.VALID);
        when(status.getBlockNumber()).thenReturn(block);
        return status;
    }

    /** An endorsed transaction that commits with {@code code}. */
    private SubmittedTransaction endorsedCommitting(String txId, TxValidationCode code) throws Exception {
        Transaction tx = mock(Transaction.class);
        SubmittedTransaction submitted = mock(SubmittedTransaction.class);
        when(tx.getTransactionId()).thenReturn(txId);
        when(tx.submitAsync()).thenReturn(submitted);
        when(submitted.getTransactionId()).thenReturn(txId);
        when(submitted.getResult()).thenReturn("{\"value\":\"ok\"}".getBytes(StandardCharsets.UTF_8));
        Status status = status(txId, code, 7);
        when(submitted.getStatus()).thenReturn(status);
        when(proposal.endorse()).thenReturn(tx);
        return submitted;
    }

    private static StatusRuntimeException grpcError(io.grpc.Status.Code code, String detail) {
        return grpcError(code, "BankMSP", detail);
    }

    /** A Gateway error whose detail ({@code detail}, if any) comes from a peer of {@code mspId}. */
    private static StatusRuntimeException grpcError(io.grpc.Status.Code code, String mspId, String detail) {
        var status = com.google.rpc.Status.newBuilder().setCode(code.value()).setMessage("failed");
        if (detail != null) {
            status.addDetails(Any.pack(ErrorDetail.newBuilder().setAddress("peer0:7051").setMspId(mspId)
                    .setMessage(detail).build()));
        }
        return StatusProto.toStatusRuntimeException(status.build());
    }

    @Test
    void a_committed_transaction_returns_its_result_id_and_block() throws Exception {
        endorsedCommitting("tx1", TxValidationCode.VALID);

        Committed<Echo> committed = client.submit(call, Echo.class);

        assertThat(committed).isEqualTo(new Committed<>(new Echo("ok"), "tx1", 7, 1));
        verify(builder).addArguments("{\"id\":\"P1\"}");
    }

    @Test
    void read_conflicts_are_retried_as_new_transactions() throws Exception {
        Transaction first = mock(Transaction.class);
        Transaction second = mock(Transaction.class);
        SubmittedTransaction conflicted = mock(SubmittedTransaction.class);
        SubmittedTransaction committed = mock(SubmittedTransaction.class);
        when(first.submitAsync()).thenReturn(conflicted);
        when(second.submitAsync()).thenReturn(committed);
        Status mvcc = status("tx1", TxValidationCode.MVCC_READ_CONFLICT, 7);
        Status valid = status("tx2", TxValidationCode.VALID, 8);
        when(conflicted.getStatus()).thenReturn(mvcc);
        when(committed.getStatus()).thenReturn(valid);
        when(committed.getResult()).thenReturn("{\"value\":\"ok\"}".getBytes(StandardCharsets.UTF_8));
        when(proposal.endorse()).thenReturn(first, second);

        Committed<Echo> result = client.submit(call, Echo.class);

        assertThat(result.transactionId()).isEqualTo("tx2");
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(pauses).hasSize(1);
        assertThat(pauses.get(0)).isBetween(Duration.ofMillis(5), Duration.ofMillis(10));
    }

    @Test
    void phantom_reads_on_every_attempt_end_in_a_conflict_error() throws Exception {
        endorsedCommitting("tx", TxValidationCode.PHANTOM_READ_CONFLICT);

        assertThatThrownBy(() -> client.submit(call, Echo.class))
                .isInstanceOfSatisfying(LedgerConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.LEDGER_CONFLICT))
                .hasMessageContaining("after 3 attempts");
        verify(proposal, times(3)).endorse();
    }

    @Test
    void other_invalidations_are_not_retried() throws Exception {
        endorsedCommitting("tx1", TxValidationCode.ENDORSEMENT_POLICY_FAILURE);

        assertThatThrownBy(() -> client.submit(call, Echo.class))
                .isInstanceOf(LedgerInvalidTransactionException.class)
                .hasMessage("transaction tx1 was invalidated: ENDORSEMENT_POLICY_FAILURE");
        verify(proposal, times(1)).endorse();
    }

    @Test
    void a_chaincode_rejection_by_the_callers_own_peer_is_final_and_carries_the_chaincodes_code_and_message() throws Exception {
        when(proposal.endorse()).thenThrow(new EndorseException("tx1", grpcError(io.grpc.Status.Code.ABORTED, "PlatformMSP",
                "chaincode response 500, {\"code\":\"PARTY_ALREADY_REGISTERED\",\"message\":\"party P1 is already registered\"}")));

        assertThatThrownBy(() -> client.submit(call, Echo.class))
                .isInstanceOfSatisfying(LedgerRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PARTY_ALREADY_REGISTERED))
                .hasMessage("party P1 is already registered");
        verify(proposal, times(1)).endorse();
    }

    @Test
    void a_refusal_by_another_organisations_peer_only_is_asked_again_as_that_peer_may_be_a_block_behind() throws Exception {
        SubmittedTransaction submitted = endorsedCommitting("tx2", TxValidationCode.VALID);
        Transaction endorsed = proposal.endorse();
        when(proposal.endorse())
                .thenThrow(new EndorseException("tx1", grpcError(io.grpc.Status.Code.ABORTED, "BankMSP",
                        "chaincode response 500, {\"code\":\"INVOICE_STATE_CONFLICT\",\"message\":\"invoice I is REGISTERED\"}")))
                .thenReturn(endorsed);

        Committed<Echo> committed = client.submit(call, Echo.class);

        assertThat(committed.transactionId()).isEqualTo(submitted.getTransactionId());
        assertThat(pauses).hasSize(1);
    }

    @Test
    void a_refusal_by_another_organisations_peer_on_every_attempt_is_final() throws Exception {
        when(proposal.endorse()).thenThrow(new EndorseException("tx1", grpcError(io.grpc.Status.Code.ABORTED, "BankMSP",
                "chaincode response 500, {\"code\":\"NOT_ALLOWED\",\"message\":\"no\"}")));

        assertThatThrownBy(() -> client.submit(call, Echo.class))
                .isInstanceOfSatisfying(LedgerRejectedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_ALLOWED));
        verify(proposal, times(3)).endorse();
    }

    @Test
    void a_proposal_the_peers_refuse_for_its_signer_is_final_not_allowed_and_not_asked_again() throws Exception {
        when(proposal.endorse()).thenThrow(new EndorseException("tx1", grpcError(io.grpc.Status.Code.ABORTED, "PlatformMSP",
                "access denied: channel [trellis] creator org [PlatformMSP]")));

        assertThatThrownBy(() -> client.submit(call, Echo.class))
                .isInstanceOfSatisfying(LedgerRejectedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_ALLOWED))
                .hasMessageContaining("the peers refused the signing identity (access denied: channel [trellis] creator org [PlatformMSP])");
        verify(proposal, times(1)).endorse();
    }

    @Test
    void an_unreachable_peer_is_retried_briefly_then_reported_as_unavailable() throws Exception {
        when(proposal.endorse()).thenThrow(new EndorseException("tx1", grpcError(io.grpc.Status.Code.UNAVAILABLE, null)));

        assertThatThrownBy(() -> client.submit(call, Echo.class))
                .isInstanceOfSatisfying(LedgerUnavailableException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.LEDGER_UNAVAILABLE));
        verify(proposal, times(3)).endorse();
        assertThat(pauses).hasSize(2);
    }

    @Test
    void peers_that_disagree_on_an_endorsement_are_asked_again_with_a_new_transaction() throws Exception {
        SubmittedTransaction submitted = endorsedCommitting("tx2", TxValidationCode.VALID);
        Transaction endorsed = proposal.endorse();
        when(proposal.endorse())
                .thenThrow(new EndorseException("tx1", grpcError(io.grpc.Status.Code.ABORTED, null)))
                .thenReturn(endorsed);

        Committed<Echo> committed = client.submit(call, Echo.class);

        assertThat(committed.transactionId()).isEqualTo("tx2");
        assertThat(submitted.getTransactionId()).isEqualTo("tx2");
        verify(contract, times(2)).newProposal("RegisterParty");
        assertThat(pauses).hasSize(1);
    }

    @Test
    void peers_that_disagree_on_every_attempt_end_in_a_conflict_error() throws Exception {
        when(proposal.endorse()).thenThrow(new EndorseException("tx1", grpcError(io.grpc.Status.Code.ABORTED, null)));

        assertThatThrownBy(() -> client.submit(call, Echo.class)).isInstanceOf(LedgerConflictException.class);
        verify(proposal, times(3)).endorse();
    }

    @Test
    void a_commit_status_timeout_is_asked_again_for_the_same_transaction_not_resubmitted() throws Exception {
        SubmittedTransaction submitted = endorsedCommitting("tx1", TxValidationCode.VALID);
        Status valid = status("tx1", TxValidationCode.VALID, 9);
        when(submitted.getStatus())
                .thenThrow(new CommitStatusException("tx1", grpcError(io.grpc.Status.Code.DEADLINE_EXCEEDED, null)))
                .thenReturn(valid);

        Committed<Echo> committed = client.submit(call, Echo.class);

        assertThat(committed.blockNumber()).isEqualTo(9);
        verify(proposal, times(1)).endorse();
    }

    @Test
    void a_commit_that_stays_unconfirmed_is_reported_with_its_transaction_id() throws Exception {
        SubmittedTransaction submitted = endorsedCommitting("tx1", TxValidationCode.VALID);
        when(submitted.getStatus())
                .thenThrow(new CommitStatusException("tx1", grpcError(io.grpc.Status.Code.DEADLINE_EXCEEDED, null)));

        assertThatThrownBy(() -> client.submit(call, Echo.class))
                .isInstanceOfSatisfying(LedgerOutcomeUnknownException.class,
                        e -> assertThat(e.transactionId()).isEqualTo("tx1"));
        verify(submitted, times(3)).getStatus();
        verify(proposal, times(1)).endorse();
    }

    @Test
    void a_submit_that_may_have_reached_the_orderer_is_not_resubmitted() throws Exception {
        Transaction tx = mock(Transaction.class);
        when(tx.getTransactionId()).thenReturn("tx1");
        when(tx.submitAsync()).thenThrow(new SubmitException("tx1", grpcError(io.grpc.Status.Code.DEADLINE_EXCEEDED, null)));
        when(proposal.endorse()).thenReturn(tx);

        assertThatThrownBy(() -> client.submit(call, Echo.class)).isInstanceOf(LedgerOutcomeUnknownException.class);
        verify(proposal, times(1)).endorse();
    }

    @Test
    void a_submit_refused_by_an_unreachable_peer_is_unavailable() throws Exception {
        Transaction tx = mock(Transaction.class);
        when(tx.submitAsync()).thenThrow(new SubmitException("tx1", grpcError(io.grpc.Status.Code.UNAVAILABLE, null)));
        when(proposal.endorse()).thenReturn(tx);

        assertThatThrownBy(() -> client.submit(call, Echo.class)).isInstanceOf(LedgerUnavailableException.class);
    }

    @Test
    void evaluate_decodes_the_peers_answer() throws Exception {
        when(proposal.evaluate()).thenReturn("{\"value\":\"read\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(client.evaluate(call, Echo.class)).isEqualTo(new Echo("read"));
        verify(proposal, times(0)).endorse();
    }

    @Test
    void evaluate_reports_a_chaincode_rejection() throws Exception {
        when(proposal.evaluate()).thenThrow(new org.hyperledger.fabric.client.GatewayException(grpcError(
                io.grpc.Status.Code.UNKNOWN, "chaincode response 500, {\"code\":\"PARTY_NOT_FOUND\",\"message\":\"no party P9\"}")));

        assertThatThrownBy(() -> client.evaluate(call, Echo.class))
                .isInstanceOfSatisfying(LedgerRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PARTY_NOT_FOUND));
    }

    @Test
    void transient_data_goes_with_the_proposal_not_the_arguments() throws Exception {
        endorsedCommitting("tx1", TxValidationCode.VALID);
        byte[] terms = "{\"rateBp\":450}".getBytes(StandardCharsets.UTF_8);

        client.submit(call.withTransient("terms", terms), Echo.class);

        verify(builder).putAllTransient(argThat(data -> data.get("terms") == terms));
        verify(builder).addArguments(any(String[].class));
    }

    @Test
    void each_submission_names_the_next_slot_so_concurrent_uses_of_a_limit_start_apart() throws Exception {
        endorsedCommitting("tx1", TxValidationCode.VALID);
        List<String> hints = new ArrayList<>();
        when(builder.putAllTransient(any())).thenAnswer(invocation -> {
            Map<String, byte[]> data = invocation.getArgument(0);
            hints.add(new String(data.get(TxName.TRANSIENT_SLOT), StandardCharsets.US_ASCII));
            return builder;
        });

        client.submit(call, Echo.class);
        client.submit(call, Echo.class);
        client.submit(call, Echo.class);

        assertThat(hints).containsExactly("0", "1", "2");
    }
}
