package io.trellis.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.trellis.portal.i18n.Lang;
import io.trellis.portal.session.CurrentUser;
import io.trellis.portal.session.Desk;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** The way in: the signed-in person's first desk, the language switch and the page after signing out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance noDesk();

        static native TemplateInstance signedOut();
    }

    @Inject
    CurrentUser user;
    @Inject
    Pages pages;

    @GET
    public Object home() {
        List<Desk> desks = user.desks();
        if (desks.isEmpty()) {
            return pages.show(Templates.noDesk());
        }
        return Response.seeOther(URI.create(desks.getFirst().home())).build();
    }

    @GET
    @Path("signed-out")
    public String signedOut() {
        return pages.show(Templates.signedOut());
    }

    /** Switches the language and returns to the page the person was on (only a path of this portal). */
    @GET
    @Path("lang/{code}")
    public Response language(@PathParam("code") String code, @HeaderParam("Referer") String referer) {
        Lang lang = Lang.of(code).orElse(Lang.ZH);
        NewCookie cookie = new NewCookie.Builder(Lang.COOKIE).value(lang.code()).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(ReturnPath.within(referer))).cookie(cookie).build();
    }
}
