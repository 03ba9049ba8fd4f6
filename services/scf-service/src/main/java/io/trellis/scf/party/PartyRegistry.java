package io.trellis.scf.party;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.party.AdmitPartyRequest;
import io.trellis.chaincode.api.party.CertificateIds;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyAdmission;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.chaincode.api.party.ReviewKycRequest;
import io.trellis.ledger.Committed;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.identity.OrganisationNotHostedException;
import io.trellis.ledger.wiring.OperatorWallet;
import io.trellis.ledger.wiring.PartyIdentities;
import io.trellis.desk.StrictJson;
import io.trellis.desk.problem.ProblemException;
import io.trellis.desk.problem.ServiceCode;
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
    private final PartyIdentities identities;

    PartyRegistry(LedgerClient ledger, OperatorWallet wallet, PartyIdentities identities) {
        this.ledger = ledger;
        this.wallet = wallet;
        this.identities = identities;
    }

    /**
     * Registers a party of {@code org}. Without a certificate id in the body, the party is given its own
     * identity by the organisation's CA (or the one it was given by an earlier, failed attempt) and bound to it.
     */
    public PartyReceipt register(String body, Org org) {
        RegisterPartyBody parsed = StrictJson.read(body, RegisterPartyBody.class);
        FabricIdentity operator = wallet.operatorOf(org);
        RegisterPartyRequest request = new RegisterPartyRequest(parsed.id(), parsed.name(), parsed.roles(), org,
                certificateIdFor(parsed, org));
        return submit(operator, org, TxName.REGISTER_PARTY, request, "registered");
    }

    public PartyReceipt reviewKyc(String partyId, String body, Org org) {
        ReviewKycBody parsed = StrictJson.read(body, ReviewKycBody.class);
        return submit(wallet.operatorOf(org), org, TxName.REVIEW_KYC, new ReviewKycRequest(partyId, parsed.status()),
                "KYC reviewed");
    }

    /**
     * The platform, keeper of the company registry, admits company {@code partyId} to the organisation the body
     * names. Signed by the operator of the caller's organisation: the chaincode accepts only the platform's.
     */
    public AdmissionReceipt admit(String partyId, String body, Org org) {
        AdmitPartyBody parsed = StrictJson.read(body, AdmitPartyBody.class);
        Org admitted = Org.ofMspId(parsed.org() == null ? "" : parsed.org())
                .orElseThrow(() -> new ProblemException(ErrorCode.INVALID_ARGUMENT,
                        "org must be the MSP id of a Trellis organisation, such as BankMSP"));
        Committed<PartyAdmission> committed = ledger.submit(LedgerCall.json(wallet.operatorOf(org),
                TxName.ADMIT_PARTY, new AdmitPartyRequest(partyId, admitted)), PartyAdmission.class);
        LOG.infof("tx=%s party=%s admitted to %s by %s in block %d", committed.transactionId(), partyId,
                admitted.mspId(), org.mspId(), committed.blockNumber());
        return AdmissionReceipt.of(committed.result(), committed.transactionId(), committed.blockNumber());
    }

    private String certificateIdFor(RegisterPartyBody body, Org org) {
        if (body.certificateId() != null) {
            return body.certificateId();
        }
        try {
            return CertificateIds.of(identities.issueOrReuse(body.id(), org).certificate());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ErrorCode.INVALID_ARGUMENT, "id must be an 18-character unified social credit code");
        } catch (OrganisationNotHostedException e) {
            throw new ProblemException(ServiceCode.PARTY_IDENTITY_NOT_HOSTED, e.getMessage());
        }
    }

    private PartyReceipt submit(FabricIdentity operator, Org org, String transaction, Object request, String action) {
        Committed<Party> committed = ledger.submit(LedgerCall.json(operator, transaction, request), Party.class);
        LOG.infof("tx=%s party=%s %s by %s in block %d", committed.transactionId(), committed.result().id(), action,
                org.mspId(), committed.blockNumber());
        return new PartyReceipt(committed.result(), committed.transactionId(), committed.blockNumber());
    }
}
