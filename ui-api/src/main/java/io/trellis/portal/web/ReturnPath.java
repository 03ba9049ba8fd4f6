package io.trellis.portal.web;

import java.net.URI;

/** Where to send a person back to: only a path of this portal, so no link can bounce a user to another site. */
final class ReturnPath {
    private ReturnPath() {
    }

    static String within(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException notAUri) {
            return "/";
        }
    }
}
