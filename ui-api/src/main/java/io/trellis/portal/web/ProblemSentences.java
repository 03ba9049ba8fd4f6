package io.trellis.portal.web;

import io.trellis.portal.backend.ServiceProblem;
import io.trellis.portal.i18n.Lang;
import io.trellis.portal.i18n.MessageCatalog;

/**
 * Turns a service's refusal into a sentence a person understands (bundle {@code problems}: key
 * {@code problem.<CODE>}); a code without its own sentence falls back to one for its kind of status, so a raw code
 * or a stack trace never reaches a page.
 */
public final class ProblemSentences {
    private ProblemSentences() {
    }

    public static String sentence(ServiceProblem problem, Lang lang) {
        MessageCatalog messages = MessageCatalog.get();
        String own = "problem." + problem.code();
        if (messages.has(lang, own)) {
            return messages.text(lang, own);
        }
        return messages.text(lang, "problem.status." + statusClass(problem.status()));
    }

    private static String statusClass(int status) {
        return switch (status) {
            case 400, 401, 403, 404, 409, 422 -> Integer.toString(status);
            default -> status >= 500 ? "5xx" : "4xx";
        };
    }
}
