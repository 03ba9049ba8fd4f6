package io.trellis.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.trellis.portal.backend.ServiceProblem;
import io.trellis.portal.i18n.MessageCatalog;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure becomes a page (or, for a form sent by htmx, a message in the form): a sentence in the person's
 * language, the HTTP status kept. A refusal of a form is 422 so the form stays as it was, filled in.
 */
public class ProblemPages {
    private static final Logger LOG = Logger.getLogger(ProblemPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String sentence, int status);

        static native TemplateInstance inForm(String sentence);
    }

    @Inject
    Pages pages;

    @ServerExceptionMapper
    public Response refused(ServiceProblem problem, HttpHeaders headers) {
        LOG.debugf("service problem: %s", problem.getMessage());
        String sentence = ProblemSentences.sentence(problem, pages.lang());
        if (headers.getHeaderString("HX-Request") != null) {
            return html(422, pages.show(Templates.inForm(sentence)));
        }
        int status = problem.notFound() || problem.status() == 403 ? problem.status()
                : problem.status() >= 500 ? 503 : 422;
        return html(status, pages.show(Templates.page(sentence, status)));
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException failure, HttpHeaders headers) {
        LOG.warnf("a service did not answer: %s", failure.getMessage());
        return refused(new ServiceProblem(503, ServiceProblem.UNREACHABLE, failure.getMessage()), headers);
    }

    @ServerExceptionMapper
    public Response notYourDesk(ForbiddenException denied) {
        return html(403, pages.show(Templates.page(sentence("problem.status.403"), 403)));
    }

    @ServerExceptionMapper
    public Response noSuchPage(NotFoundException missing) {
        return html(404, pages.show(Templates.page(sentence("problem.status.404"), 404)));
    }

    private String sentence(String key) {
        return MessageCatalog.get().text(pages.lang(), key);
    }

    private static Response html(int status, String page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
