package io.trellis.portal.desk.operator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.trellis.portal.desk.operator.health.HealthReport;
import io.trellis.portal.desk.operator.health.NetworkHealth;
import io.trellis.portal.session.Roles;
import io.trellis.portal.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The health of the network and the services, asked afresh each time the operator opens the page. */
@Path("/operator/health")
@RolesAllowed(Roles.OPERATOR)
@Produces(MediaType.TEXT_HTML)
public class OperatorDeskHealth {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance health(HealthReport report);
    }

    @Inject
    NetworkHealth health;
    @Inject
    Pages pages;

    @GET
    public String health() {
        return pages.show(Templates.health(health.now()));
    }
}
