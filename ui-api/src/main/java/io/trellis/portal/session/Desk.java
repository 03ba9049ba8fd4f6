package io.trellis.portal.session;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The portal's desks: each belongs to one Keycloak realm role and lives under its own path. A user sees the desks
 * of the roles its token carries; every desk resource is guarded by the same role ({@link Roles}).
 */
public enum Desk {
    CORE("core", Roles.CORE_ENTERPRISE),
    SUPPLIER("supplier", Roles.SUPPLIER),
    BANK("bank", Roles.FINANCIER),
    SECURITIES("securities", Roles.SECURITIES_FIRM),
    INVESTOR("investor", Roles.INVESTOR),
    OPERATOR("operator", Roles.OPERATOR);

    private final String path;
    private final String role;

    Desk(String path, String role) {
        this.path = path;
        this.role = role;
    }

    /** The desk's home, {@code /core} etc. */
    public String home() {
        return "/" + path;
    }

    /** Key of the desk's name in the message bundles. */
    public String titleKey() {
        return "desk_" + path;
    }

    public String path() {
        return path;
    }

    /** The desks a user holding {@code roles} may open, in menu order. */
    public static List<Desk> openTo(Set<String> roles) {
        return Arrays.stream(values()).filter(desk -> roles.contains(desk.role)).toList();
    }
}
