package io.trellis.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

/** What the layout shows around every page: the ledger block a write just landed in, if the page follows one. */
@RequestScoped
@Named("page")
public class PageContext {
    @Context
    UriInfo uri;

    /** The block number of {@code ?recorded=}, or null: only digits are ever shown. */
    public String recordedBlock() {
        String recorded = uri.getQueryParameters().getFirst("recorded");
        return recorded != null && recorded.matches("[0-9]{1,19}") ? recorded : null;
    }

    public String path() {
        return uri.getPath();
    }
}
