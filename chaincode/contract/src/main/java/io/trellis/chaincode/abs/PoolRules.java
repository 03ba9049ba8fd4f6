package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.CreatePoolRequest;
import io.trellis.chaincode.api.abs.Pool;
import io.trellis.chaincode.api.abs.PoolAssetsRequest;
import io.trellis.chaincode.api.abs.PoolEntry;
import io.trellis.chaincode.api.party.KycStatus;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.party.PartyRules;
import io.trellis.chaincode.voucher.VoucherRules;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Pool requests and who may act on a pool: pure functions, no ledger access. */
public final class PoolRules {
    private static final Pattern POOL_ID = Pattern.compile("AP[0-9A-F]{20}");
    static final int MAX_BATCH = 100;

    private PoolRules() {
    }

    public static void requirePoolId(String id) {
        if (id == null || !POOL_ID.matcher(id).matches()) {
            throw ChaincodeException.invalid("poolId must look like AP<20 hex>");
        }
    }

    /** Checks the request's shape; returns the required attestation kinds, sorted and distinct. */
    public static List<AttestationKind> validate(CreatePoolRequest request) {
        PartyRules.requirePartyId(request.originatorId());
        if (request.criteria() == null || request.cutOffDate() == null) {
            throw ChaincodeException.invalid("criteria and cutOffDate are required");
        }
        Eligibility.validate(request.criteria());
        List<AttestationKind> required = request.requiredAttestations();
        if (required == null || required.stream().anyMatch(Objects::isNull)) {
            throw ChaincodeException.invalid("requiredAttestations must be a list of attestation kinds");
        }
        return required.stream().distinct().sorted().toList();
    }

    public static void validate(PoolAssetsRequest request) {
        requirePoolId(request.poolId());
        List<String> ids = request.voucherIds();
        if (ids == null || ids.isEmpty() || ids.size() > MAX_BATCH) {
            throw ChaincodeException.invalid("a batch moves 1 to " + MAX_BATCH + " vouchers");
        }
        ids.forEach(VoucherRules::requireVoucherId);
        if (new HashSet<>(ids).size() != ids.size()) {
            throw ChaincodeException.invalid("a voucher is named twice");
        }
    }

    /** An originator holds vouchers: a supplier that accepted them, or a financier that bought them. */
    public static Party requireOriginatorEligible(Party originator) {
        boolean holdsVouchers = originator.hasRole(PartyRole.SUPPLIER) || originator.hasRole(PartyRole.FINANCIER);
        if (!holdsVouchers || originator.kycStatus() != KycStatus.APPROVED) {
            throw new ChaincodeException(ErrorCode.COUNTERPARTY_NOT_ELIGIBLE,
                    "party " + originator.id() + " is not a KYC-approved SUPPLIER or FINANCIER");
        }
        return originator;
    }

    /** A new, empty pool managed by the calling securities firm. */
    public static Pool create(String poolId, String managerId, CreatePoolRequest request,
            List<AttestationKind> required, Instant timestamp) {
        return new Pool(poolId, managerId, request.originatorId(), request.criteria(), required, request.cutOffDate(),
                Money.zero(request.criteria().currency()), 0, timestamp.toString(), 1);
    }

    /** The pool's principal and count once it holds exactly {@code entries}. */
    public static Pool holding(Pool pool, List<PoolEntry> entries) {
        Money principal = entries.stream().map(PoolEntry::principal)
                .reduce(Money.zero(pool.criteria().currency()), Money::plus);
        return pool.withAssets(principal, entries.size());
    }

    public static void requireManager(Pool pool, Party party) {
        if (!pool.managerId().equals(party.id())) {
            throw ChaincodeException.notAllowed("only the manager of pool " + pool.id() + " may do this");
        }
    }

    public static void requireOriginator(Pool pool, Party party) {
        if (!pool.originatorId().equals(party.id())) {
            throw ChaincodeException.notAllowed("only the originator of pool " + pool.id() + " moves its vouchers");
        }
    }
}
