package io.trellis.bench;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.creditline.GrantCreditLineRequest;
import io.trellis.chaincode.api.party.AdmitPartyRequest;
import io.trellis.chaincode.api.party.CertificateIds;
import io.trellis.chaincode.api.party.KycStatus;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.chaincode.api.party.ReviewKycRequest;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.wiring.OperatorWallet;
import io.trellis.ledger.wiring.PartyIdentities;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/**
 * Makes the {@link Fixture} as scf-service makes parties: the hosting organisation's CA issues each party its own
 * identity (kept in the organisation's wallet), the platform admits a bank's party, its operator registers and
 * approves the party, and the financier grants the core a credit line large enough for any run.
 */
final class FixtureSetup {
    static final String CURRENCY = "CNY";
    private static final Money LINE = Money.of(1_000_000_000_000_00L, CURRENCY);

    private final LedgerClient ledger;
    private final OperatorWallet operators;
    private final PartyIdentities identities;

    FixtureSetup(LedgerClient ledger, OperatorWallet operators, PartyIdentities identities) {
        this.ledger = ledger;
        this.operators = operators;
        this.identities = identities;
    }

    /** Parties of run {@code runTag}: ids {@code 8<tag><kind><n>}, kind 00 the core, 01 the financier, 02 suppliers. */
    Fixture create(String runTag, int suppliers) throws InterruptedException {
        List<Callable<Fixture.Party>> parties = new ArrayList<>();
        parties.add(() -> register(BenchIds.partyId('8', runTag, 0, 0), PartyRole.CORE_ENTERPRISE, Org.PLATFORM));
        parties.add(() -> register(BenchIds.partyId('8', runTag, 1, 0), PartyRole.FINANCIER, Org.BANK));
        IntStream.range(0, suppliers).forEach(n ->
                parties.add(() -> register(BenchIds.partyId('8', runTag, 2, n), PartyRole.SUPPLIER, Org.PLATFORM)));
        List<Fixture.Party> made = Parallel.all(parties, parties.size());
        Fixture fixture = new Fixture(made.get(0), made.get(1), made.subList(2, made.size()));
        ledger.submit(LedgerCall.json(fixture.financier().identity(), TxName.GRANT_CREDIT_LINE,
                new GrantCreditLineRequest(fixture.core().id(), LINE)), Void.class);
        return fixture;
    }

    private Fixture.Party register(String id, PartyRole role, Org org) {
        if (org != Org.PLATFORM) {
            // The platform keeps the company registry: a bank registers only a company admitted to it.
            ledger.submit(LedgerCall.json(operators.operatorOf(Org.PLATFORM), TxName.ADMIT_PARTY,
                    new AdmitPartyRequest(id, org)), Void.class);
        }
        FabricIdentity operator = operators.operatorOf(org);
        FabricIdentity own = identities.issueOrReuse(id, org);
        String name = "Bench " + role.name().toLowerCase() + " " + id;
        ledger.submit(LedgerCall.json(operator, TxName.REGISTER_PARTY,
                new RegisterPartyRequest(id, name, List.of(role), org, CertificateIds.of(own.certificate()))),
                Void.class);
        ledger.submit(LedgerCall.json(operator, TxName.REVIEW_KYC, new ReviewKycRequest(id, KycStatus.APPROVED)),
                Void.class);
        return new Fixture.Party(id, own);
    }
}
