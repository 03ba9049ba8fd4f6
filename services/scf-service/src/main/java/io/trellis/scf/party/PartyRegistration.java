package io.trellis.scf.party;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.ledger.Committed;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.wiring.OperatorWallet;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Registers a party on the ledger, signed by the operator identity of the party's hosting organisation. */
@ApplicationScoped
public class PartyRegistration {
    private static final Logger LOG = Logger.getLogger(PartyRegistration.class);

    private final LedgerClient ledger;
    private final OperatorWallet wallet;

    PartyRegistration(LedgerClient ledger, OperatorWallet wallet) {
        this.ledger = ledger;
        this.wallet = wallet;
    }

    /**
     * @param body JSON body, read strictly: unknown fields and wrong types are rejected before the ledger is asked
     * @param org  the operator's organisation
     */
    public RegistrationReceipt register(String body, Org org) {
        RegisterPartyBody parsed = JsonCodec.fromJson(body == null ? "" : body, RegisterPartyBody.class);
        RegisterPartyRequest request = new RegisterPartyRequest(parsed.id(), parsed.name(), parsed.roles(), org,
                parsed.certificateId());
        Committed<Party> committed = ledger.submit(LedgerCall.json(wallet.operatorOf(org), TxName.REGISTER_PARTY, request),
                Party.class);
        LOG.infof("tx=%s party=%s registered by %s in block %d", committed.transactionId(), request.id(), org.mspId(),
                committed.blockNumber());
        return new RegistrationReceipt(committed.result(), committed.transactionId(), committed.blockNumber());
    }
}
