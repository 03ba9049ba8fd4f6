package io.trellis.portal.web;

import io.quarkus.qute.TemplateInstance;
import io.trellis.portal.i18n.Lang;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

/** Renders a page in the language the person chose (the {@link Lang#COOKIE} cookie; Chinese by default). */
@RequestScoped
public class Pages {
    @Context
    HttpHeaders headers;

    public Lang lang() {
        Cookie chosen = headers.getCookies().get(Lang.COOKIE);
        return chosen == null ? Lang.ZH : Lang.of(chosen.getValue()).orElse(Lang.ZH);
    }

    /** The page rendered in the person's language (quarkus-rest-qute is not served for this Quarkus line). */
    public String show(TemplateInstance page) {
        return page.setLocale(lang().locale()).render();
    }
}
