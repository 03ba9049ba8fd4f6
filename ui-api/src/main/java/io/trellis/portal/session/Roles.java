package io.trellis.portal.session;

/** Keycloak realm roles (stack/keycloak/trellis-realm.json), as constants for {@code @RolesAllowed}. */
public final class Roles {
    public static final String CORE_ENTERPRISE = "core_enterprise";
    public static final String SUPPLIER = "supplier";
    public static final String FINANCIER = "financier";
    public static final String SECURITIES_FIRM = "securities_firm";
    public static final String INVESTOR = "investor";
    public static final String OPERATOR = "operator";

    private Roles() {
    }
}
