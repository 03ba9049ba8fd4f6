package io.trellis.portal.desk.securities;

import io.trellis.portal.browser.Portal;
import io.trellis.testing.parties.Onboarding.Member;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The ABS story's moves on top of {@link Portal}: one browser in which the people take turns, forms sent and the
 * page that follows the ledger's commit awaited (never the page the form was on, which may name an earlier block).
 */
final class DeskPages {
    private static final Duration LEDGER = Duration.ofSeconds(30);

    final Portal portal;
    private boolean signedIn;

    DeskPages(Portal portal) {
        this.portal = portal;
    }

    DeskPages signIn(Member member) {
        if (signedIn) {
            portal.signOut();
        }
        portal.open("/").signIn(member.username());
        signedIn = true;
        return this;
    }

    DeskPages open(String path) {
        portal.open(path);
        return this;
    }

    DeskPages fill(String css, String value) {
        portal.fill(css, value);
        return this;
    }

    /** Sets a field's value as a date picker would (typing into a date field depends on the browser's locale). */
    DeskPages value(String css, String value) {
        portal.driver().executeScript("arguments[0].value = arguments[1];", portal.find(css), value);
        return this;
    }

    DeskPages choose(String css, String value) {
        portal.choose(css, value);
        return this;
    }

    DeskPages click(String css) {
        portal.find(css).click();
        return this;
    }

    /** Scrolls so that {@code css} is at the top of the window (for a screenshot of it). */
    DeskPages scrollTo(String css) {
        portal.driver().executeScript("arguments[0].scrollIntoView(true);", portal.find(css));
        return this;
    }

    DeskPages await(String css) {
        new WebDriverWait(portal.driver(), LEDGER).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        return this;
    }

    /**
     * Sends the form and waits for the page that shows the committed write; a refusal shown in the form fails the
     * story with the sentence the person would read.
     */
    DeskPages submit(String formCss) {
        WebElement page = portal.find("html");
        portal.find(formCss + " button[type=submit]").click();
        new WebDriverWait(portal.driver(), LEDGER).until(d -> {
            try {
                page.isDisplayed();
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                return !d.findElements(By.id("recorded")).isEmpty();
            }
            List<WebElement> refused = d.findElements(By.cssSelector(formCss + " .outcome .problem"));
            if (!refused.isEmpty()) {
                throw new AssertionError(formCss + " was refused: " + refused.getFirst().getText());
            }
            return false;
        });
        return this;
    }

    /** The text of the cell {@code field} in the row of {@code table} whose {@code attribute} is {@code value}. */
    String cell(String table, String attribute, String value, String field) {
        return portal.text(table + " tr[" + attribute + "='" + value + "'] [data-field=" + field + "]");
    }
}
