package io.trellis.scf.party;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.chaincode.api.party.ReviewKycRequest;
import io.trellis.ledger.Committed;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.wiring.OperatorWallet;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Party registry writes, signed by the operator identity of the caller's organisation. Bodies are read
 * strictly (unknown fields and wrong types are rejected before the ledger is asked); every rule is the
 * chaincode's.
 */
@ApplicationScoped
public class PartyRegistry {
    private static final Logger LOG = Logger.getLogger(PartyRegistry.class);

    private final LedgerClient ledger;
    private final OperatorWallet wallet;

    PartyRegistry(LedgerClient ledger, OperatorWallet wallet) {
        this.ledger = ledger;
        this.wallet = wallet;
    }

    public PartyReceipt register(String body, Org org) {
        RegisterPartyBody parsed = JsonCodec.fromJson(orEmpty(body), RegisterPartyBody.class);
        RegisterPartyRequest request = new RegisterPartyRequest(parsed.id(), parsed.name(), parsed.roles(), org,
                parsed.certificateId());
        return submitAsOperator(org, TxName.REGISTER_PARTY, request, "registered");
    }

    public PartyReceipt reviewKyc(String partyId, String body, Org org) {
        ReviewKycBody parsed = JsonCodec.fromJson(orEmpty(body), ReviewKycBody.class);
        return submitAsOperator(org, TxName.REVIEW_KYC, new ReviewKycRequest(partyId, parsed.status()), "KYC reviewed");
    }

    private PartyReceipt submitAsOperator(Org org, String transaction, Object request, String action) {
        Committed<Party> committed = ledger.submit(LedgerCall.json(wallet.operatorOf(org), transaction, request), Party.class);
        LOG.infof("tx=%s party=%s %s by %s in block %d", committed.transactionId(), committed.result().id(), action,
                org.mspId(), committed.blockNumber());
        return new PartyReceipt(committed.result(), committed.transactionId(), committed.blockNumber());
    }

    private static String orEmpty(String body) {
        return body == null ? "" : body;
    }
}
