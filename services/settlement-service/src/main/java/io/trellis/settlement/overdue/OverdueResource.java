package io.trellis.settlement.overdue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Runs the overdue job now, for the platform's operators (it otherwise runs on its schedule). */
@Path("/overdue-runs")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueResource {
    private final OverdueJob job;

    OverdueResource(OverdueJob job) {
        this.job = job;
    }

    @POST
    @RolesAllowed("operator")
    public OverdueRun run() {
        return job.run();
    }
}
