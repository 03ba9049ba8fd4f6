package io.trellis.chaincode.financing;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.financing.Disbursement;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.FinancingTerms;
import io.trellis.chaincode.core.KeyedRecords;
import io.trellis.chaincode.core.StateStore;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Financings in world state under {@code financing/<id>}, disbursement payment ids under
 * {@code disbursement/<payment id>}, and the private terms under {@code financing-terms/<id>} in the
 * collection {@code financing-<financier's MSP id>} shared by the platform and that financier's org.
 */
public final class FinancingRepository {
    static final String FINANCING = "financing";
    static final String DISBURSEMENT = "disbursement";
    static final String TERMS = "financing-terms";
    public static final String COLLECTION_PREFIX = "financing-";

    private final StateStore state;
    private final KeyedRecords<Financing> financings;

    public FinancingRepository(StateStore state) {
        this.state = state;
        this.financings = new KeyedRecords<>(state, FINANCING, Financing.class, ErrorCode.FINANCING_NOT_FOUND,
                "financing");
    }

    public static String collectionOf(Org financierOrg) {
        return COLLECTION_PREFIX + financierOrg.mspId();
    }

    public Optional<Financing> find(String id) {
        return financings.find(id);
    }

    public Financing get(String id) {
        return financings.get(id);
    }

    /** As {@link #get}, but one the reader may not see ({@code visible} false) reads exactly as missing. */
    public Financing get(String id, Predicate<? super Financing> visible) {
        return financings.get(visible, id);
    }

    public void save(Financing financing) {
        financings.save(financing, financing.id());
    }

    public Optional<Disbursement> findDisbursement(String paymentId) {
        return state.get(state.key(DISBURSEMENT, paymentId), Disbursement.class);
    }

    public void save(Disbursement disbursement) {
        state.put(state.key(DISBURSEMENT, disbursement.paymentId()), disbursement);
    }

    public void saveTerms(Org financierOrg, FinancingTerms terms) {
        state.putPrivate(collectionOf(financierOrg), state.key(TERMS, terms.financingId()), terms);
    }

    public FinancingTerms terms(Org financierOrg, String financingId) {
        return state.getPrivate(collectionOf(financierOrg), state.key(TERMS, financingId), FinancingTerms.class)
                .orElseThrow(() -> new ChaincodeException(ErrorCode.FINANCING_TERMS_NOT_FOUND,
                        "no terms for financing " + financingId + " in this peer's collections"));
    }
}
