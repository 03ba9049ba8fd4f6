package io.trellis.desk.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.desk.problem.ProblemException;
import java.util.List;
import java.util.function.Function;

/** A page asked for by {@code page} (from 0) and {@code size}; checked once for every listing. */
public record PageParams(int page, int size) {
    public static final int MAX_SIZE = 200;
    public static final String DEFAULT_SIZE = "50";

    public PageParams {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new ProblemException(ErrorCode.INVALID_ARGUMENT,
                    "page must be 0 or more and size between 1 and " + MAX_SIZE);
        }
    }

    /** Runs {@code query} for this page and maps its rows. */
    public <E, D> Paged<D> fetch(PanacheQuery<E> query, Function<E, D> mapper) {
        List<E> rows = query.page(page, size).list();
        return new Paged<>(rows.stream().map(mapper).toList(), page, size, query.count());
    }
}
