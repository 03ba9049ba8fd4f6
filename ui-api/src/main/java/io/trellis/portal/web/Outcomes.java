package io.trellis.portal.web;

import jakarta.ws.rs.core.Response;

/**
 * What a form gets back once the ledger has committed its write: htmx navigates to the page that shows the result
 * ({@code HX-Redirect}), with the block that holds it, which the page names ({@code PageContext#recordedBlock}).
 */
public final class Outcomes {
    private Outcomes() {
    }

    public static Response showAfterCommit(String path, long blockNumber) {
        String separator = path.contains("?") ? "&" : "?";
        return Response.ok().header("HX-Redirect", path + separator + "recorded=" + blockNumber).build();
    }

    /** For a write that returns no block (a read-only check, or several writes): only the page. */
    public static Response show(String path) {
        return Response.ok().header("HX-Redirect", path).build();
    }
}
