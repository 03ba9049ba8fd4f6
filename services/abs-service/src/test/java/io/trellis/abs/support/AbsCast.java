package io.trellis.abs.support;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.testing.parties.Onboarding;
import io.trellis.testing.parties.Onboarding.Member;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;

/**
 * The people of the ABS integration tests, registered once per test JVM through the stack's scf-service (so the
 * stack's wallet, which the service under test reads too, holds their identities): an originator, three obligors
 * each with a credit line and a settlement account at one bank, a securities firm, four investors, a servicer
 * (appointed as law firm, accountant and trustee), a rating agency and a service provider no deal appoints.
 * Obligors and investors are in id order, so the ledger's "ties to the smaller id" and "investors by id" read as
 * docs/abs.md §8 writes them (A, B, C, D).
 */
public final class AbsCast {
    private static final Logger LOG = Logger.getLogger(AbsCast.class);
    private static final int REGISTERING_AT_ONCE = 4;
    private static AbsCast shared;

    public final Onboarding onboarding = Onboarding.viaStack("it-abs-");
    public final Member originator;
    public final List<Member> obligors;
    public final Member bank;
    public final Member manager;
    public final List<Member> investors;
    public final Member servicer;
    public final Member rater;
    public final Member outsider;

    private AbsCast() {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(REGISTERING_AT_ONCE);
        try {
            var originatorF = join(pool, PartyRole.SUPPLIER, Org.PLATFORM);
            var bankF = join(pool, PartyRole.FINANCIER, Org.BANK);
            var managerF = join(pool, PartyRole.SECURITIES_FIRM, Org.SECURITIES);
            var servicerF = join(pool, PartyRole.SERVICE_PROVIDER, Org.SECURITIES);
            var raterF = join(pool, PartyRole.SERVICE_PROVIDER, Org.SECURITIES);
            var outsiderF = join(pool, PartyRole.SERVICE_PROVIDER, Org.SECURITIES);
            List<CompletableFuture<Member>> obligorsF = IntStream.range(0, 3)
                    .mapToObj(i -> join(pool, PartyRole.CORE_ENTERPRISE, Org.PLATFORM)).toList();
            List<CompletableFuture<Member>> investorsF = IntStream.range(0, 4)
                    .mapToObj(i -> join(pool, PartyRole.INVESTOR, Org.SECURITIES)).toList();
            originator = originatorF.join();
            bank = bankF.join();
            manager = managerF.join();
            servicer = servicerF.join();
            rater = raterF.join();
            outsider = outsiderF.join();
            obligors = inIdOrder(obligorsF);
            investors = inIdOrder(investorsF);
            ScfDesk scf = new ScfDesk(this);
            obligors.stream().map(core -> run(pool, () -> scf.bankWith(core))).toList().forEach(CompletableFuture::join);
        } finally {
            pool.shutdown();
        }
        LOG.infof("ABS cast: 13 parties, 3 credit lines and settlement accounts in %d ms",
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The cast, registered on first use; its users are removed when the test JVM ends. */
    public static synchronized AbsCast shared() {
        if (shared == null) {
            shared = new AbsCast();
            Runtime.getRuntime().addShutdownHook(new Thread(shared.onboarding::close));
        }
        return shared;
    }

    private CompletableFuture<Member> join(ExecutorService pool, PartyRole role, Org org) {
        return run(pool, () -> onboarding.join(role, org));
    }

    private static <T> CompletableFuture<T> run(ExecutorService pool, Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, pool);
    }

    private static List<Member> inIdOrder(List<CompletableFuture<Member>> members) {
        return members.stream().map(CompletableFuture::join).sorted(Comparator.comparing(Member::id)).toList();
    }
}
