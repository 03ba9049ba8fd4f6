package io.trellis.chaincode.voucher;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Page;
import io.trellis.chaincode.api.PageRequest;
import io.trellis.chaincode.api.voucher.Pledge;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.core.KeyedRecords;
import io.trellis.chaincode.core.StateStore;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Vouchers in world state under {@code voucher/<id>}, with index keys rewritten on every change (each holds
 * the voucher id, one key per voucher, so concurrent changes of different vouchers never share a key):
 * {@code voucher-holder/<holder>/<id>}, {@code voucher-status/<status>/<id>}, and for payable vouchers
 * {@code voucher-due/<obligor>/<maturity>/<root id>/<id>}, the prefix settlement reads (the root as its own
 * attribute, so a payment for one tree reads only that tree's keys and does not conflict with payments for
 * other trees of the same obligor and maturity). Pledges live under
 * {@code voucher-pledge/<root id>}.
 */
public final class VoucherRepository {
    static final String VOUCHER = "voucher";
    static final String BY_HOLDER = "voucher-holder";
    static final String BY_STATUS = "voucher-status";
    static final String DUE = "voucher-due";
    static final String PLEDGE = "voucher-pledge";

    private final StateStore state;
    private final KeyedRecords<Voucher> vouchers;

    public VoucherRepository(StateStore state) {
        this.state = state;
        this.vouchers = new KeyedRecords<>(state, VOUCHER, Voucher.class, ErrorCode.VOUCHER_NOT_FOUND, "voucher");
    }

    public Optional<Voucher> find(String id) {
        return vouchers.find(id);
    }

    public Voucher get(String id) {
        return vouchers.get(id);
    }

    /** As {@link #get}, but one the reader may not see ({@code visible} false) reads exactly as missing. */
    public Voucher get(String id, Predicate<? super Voucher> visible) {
        return vouchers.get(visible, id);
    }

    /** Stores a new voucher with its index entries. */
    public void create(Voucher voucher) {
        vouchers.save(voucher, voucher.id());
        indexKeys(voucher).forEach(key -> state.put(key, voucher.id()));
    }

    /** Stores a changed voucher, moving only the index entries that changed. */
    public void update(Voucher before, Voucher after) {
        vouchers.save(after, after.id());
        Set<String> old = indexKeys(before);
        Set<String> now = indexKeys(after);
        old.stream().filter(key -> !now.contains(key)).forEach(state::delete);
        now.stream().filter(key -> !old.contains(key)).forEach(key -> state.put(key, after.id()));
    }

    public Page<Voucher> byHolder(String holderId, PageRequest page) {
        return load(state.page(page, String.class, BY_HOLDER, holderId));
    }

    public Page<Voucher> byStatus(VoucherStatus status, PageRequest page) {
        return load(state.page(page, String.class, BY_STATUS, status.name()));
    }

    /**
     * The payable vouchers of one obligor and maturity, of one tree ({@code rootId}) or of all ({@code null}), in
     * voucher id order: one prefix range read. A child's id starts with its root's, so ordering by root, then
     * id, is ordering by id.
     */
    public List<Voucher> due(String obligorId, LocalDate maturityDate, String rootId) {
        List<String> ids = rootId == null
                ? state.list(String.class, DUE, obligorId, maturityDate.toString())
                : state.list(String.class, DUE, obligorId, maturityDate.toString(), rootId);
        return ids.stream().map(this::get).toList();
    }

    public Optional<Pledge> findPledge(String rootId) {
        return state.get(state.key(PLEDGE, rootId), Pledge.class);
    }

    public void save(Pledge pledge) {
        state.put(state.key(PLEDGE, pledge.rootVoucherId()), pledge);
    }

    public void deletePledge(String rootId) {
        state.delete(state.key(PLEDGE, rootId));
    }

    private Page<Voucher> load(Page<String> ids) {
        return new Page<>(ids.items().stream().map(this::get).toList(), ids.bookmark());
    }

    private Set<String> indexKeys(Voucher voucher) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(state.key(BY_HOLDER, voucher.holderId(), voucher.id()));
        keys.add(state.key(BY_STATUS, voucher.status().name(), voucher.id()));
        if (VoucherStatus.PAYABLE.contains(voucher.status())) {
            keys.add(state.key(DUE, voucher.obligorId(), voucher.maturityDate().toString(), voucher.rootId(), voucher.id()));
        }
        return keys;
    }
}
