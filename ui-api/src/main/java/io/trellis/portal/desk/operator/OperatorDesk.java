package io.trellis.portal.desk.operator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.trellis.portal.desk.operator.OperatorLabels.Choice;
import io.trellis.portal.desk.operator.PartyRegistryClient.Admission;
import io.trellis.portal.desk.operator.PartyRegistryClient.KycReview;
import io.trellis.portal.desk.operator.PartyRegistryClient.LedgerReceipt;
import io.trellis.portal.desk.operator.PartyRegistryClient.Registration;
import io.trellis.portal.session.CurrentUser;
import io.trellis.portal.session.Roles;
import io.trellis.portal.web.Outcomes;
import io.trellis.portal.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The operator's desk: the parties its organisation hosts (onboarding and KYC review) and, for the platform's
 * operators, the company registry's admissions. scf-service and the chaincode decide what an operator may see and
 * do; this desk only shows it and passes the forms on as typed.
 */
@Path("/operator")
@RolesAllowed(Roles.OPERATOR)
@Produces(MediaType.TEXT_HTML)
public class OperatorDesk {
    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PartyPage parties, OperatorOrg org, List<Choice> roles,
                List<Choice> admittingOrgs);

        static native TemplateInstance party(PartyEntry party);
    }

    @Inject
    @RestClient
    PartyRegistryClient registry;
    @Inject
    Pages pages;
    @Inject
    CurrentUser user;

    @GET
    public String home(@QueryParam("page") @DefaultValue("0") int page) {
        PartyPage parties = registry.list(Math.max(0, page), PAGE_SIZE);
        return pages.show(Templates.home(parties, new OperatorOrg(user.orgMsp()), OperatorLabels.roles(),
                OperatorLabels.admittingOrgs()));
    }

    /** The "open a company by its code" box: a plain link to the party's page. */
    @GET
    @Path("/find")
    public Response find(@QueryParam("id") @DefaultValue("") String id) {
        return Response.seeOther(id.isBlank() ? URI.create("/operator") : partyPage(id.strip())).build();
    }

    /** A party's page; one of another organisation is not found, as the service answers (404). */
    @GET
    @Path("/parties/{id}")
    public String party(@PathParam("id") String id) {
        return pages.show(Templates.party(registry.get(id)));
    }

    @POST
    @Path("/parties")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@FormParam("id") String id, @FormParam("name") String name,
            @FormParam("roles") List<String> roles) {
        LedgerReceipt receipt = registry.register(new Registration(id, name, roles == null ? List.of() : roles));
        return shownAfter(receipt, id);
    }

    @POST
    @Path("/parties/{id}/kyc")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reviewKyc(@PathParam("id") String id, @FormParam("status") String status) {
        return shownAfter(registry.reviewKyc(id, new KycReview(status)), id);
    }

    /** The platform admits a company to the bank or securities firm that will register it. */
    @POST
    @Path("/admissions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response admit(@FormParam("id") String id, @FormParam("org") String org) {
        LedgerReceipt receipt = registry.admit(id, new Admission(org));
        return Outcomes.showAfterCommit("/operator", receipt.blockNumber());
    }

    /** The party's page once the read model shows the write (or after waiting long enough). */
    private Response shownAfter(LedgerReceipt receipt, String id) {
        ReadModelCatchUp.awaitTransaction(() -> registry.get(id).lastTransactionId(), receipt.transactionId());
        return Outcomes.showAfterCommit(partyPage(id).toString(), receipt.blockNumber());
    }

    private static URI partyPage(String id) {
        return UriBuilder.fromPath("/operator/parties/{id}").build(id);
    }
}
