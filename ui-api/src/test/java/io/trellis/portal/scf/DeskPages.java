package io.trellis.portal.scf;

import io.trellis.portal.browser.Portal;
import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Steps the SCF desk tests take in the browser beyond {@link Portal}'s. */
public final class DeskPages {
    private static final Duration LEDGER = Duration.ofSeconds(30);

    private DeskPages() {
    }

    /**
     * Sends a form and waits for the page that follows the commit: the old page must go first, since it may
     * itself still show the block of an earlier write.
     */
    public static void submit(Portal person, String buttonCss) {
        WebElement before = person.find("html");
        person.find(buttonCss).click();
        WebDriverWait wait = new WebDriverWait(person.driver(), LEDGER);
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recorded")));
    }

    /** Sets a date field as a date picker would (typing into one depends on the browser's locale). */
    public static void date(Portal person, String css, LocalDate date) {
        person.driver().executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", person.find(css), date.toString());
    }

    /** Waits until {@code css} shows exactly {@code text} without reloading (an htmx fragment arriving). */
    public static void awaitExactly(Portal person, String css, String text) {
        new WebDriverWait(person.driver(), LEDGER, Duration.ofMillis(200)).until(d -> {
            var found = d.findElements(By.cssSelector(css));
            return !found.isEmpty() && found.getFirst().getText().equals(text);
        });
    }
}
