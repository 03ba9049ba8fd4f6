package io.trellis.portal.browser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in front of the portal: signs in on Keycloak's own login page, opens pages, fills and sends forms and
 * waits for the ledger's answer as a person would (the page that follows a write names its block).
 */
public final class Portal {
    /** A write waits for the ledger's commit; a desk page may wait for a read model to catch up. */
    private static final Duration LEDGER = Duration.ofSeconds(30);

    private final Browser browser;
    private final URI base;

    public Portal(Browser browser, URI base) {
        this.browser = browser;
        this.base = base;
    }

    /**
     * The portal the stack runs (UI_API_PORT): the tests drive the package {@code ./trellis test} built and started,
     * the very thing {@code ./trellis up} serves, rather than a second copy booted in the test's JVM.
     */
    public static URI onStack() {
        return URI.create("http://127.0.0.1:" + System.getenv().getOrDefault("UI_API_PORT", "8080") + "/");
    }

    public ChromeDriver driver() {
        return browser.driver();
    }

    public Browser browser() {
        return browser;
    }

    /** Opens {@code path}; an anonymous visitor lands on Keycloak's login page. */
    public Portal open(String path) {
        driver().get(base.resolve(path).toString());
        return this;
    }

    /** Signs in on Keycloak's login form (password {@code demo}, as every user the tests create). */
    public Portal signIn(String username) {
        if (!driver().getCurrentUrl().contains("/protocol/openid-connect/auth")) {
            open("/");
        }
        WebDriverWait wait = new WebDriverWait(driver(), LEDGER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver().findElement(By.id("username")).sendKeys(username);
        driver().findElement(By.id("password")).sendKeys("demo");
        driver().findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("who")));
        return this;
    }

    public Portal signOut() {
        driver().findElement(By.id("logout")).click();
        new WebDriverWait(driver(), LEDGER).until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
        return this;
    }

    public Portal english() {
        driver().findElement(By.id("lang-en")).click();
        return this;
    }

    public Portal chinese() {
        driver().findElement(By.id("lang-zh")).click();
        return this;
    }

    public String path() {
        return URI.create(driver().getCurrentUrl()).getPath();
    }

    public WebElement find(String css) {
        return driver().findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver().findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public Portal fill(String css, String value) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(value);
        return this;
    }

    public Portal choose(String css, String visibleTextOrValue) {
        Select select = new Select(find(css));
        try {
            select.selectByValue(visibleTextOrValue);
        } catch (org.openqa.selenium.NoSuchElementException byText) {
            select.selectByVisibleText(visibleTextOrValue);
        }
        return this;
    }

    /** Sends the form's button and waits for the page that shows the committed result ({@code #recorded}). */
    public Portal submitAndAwaitLedger(String buttonCss) {
        WebElement button = find(buttonCss);
        button.click();
        new WebDriverWait(driver(), LEDGER).until(ExpectedConditions.presenceOfElementLocated(By.id("recorded")));
        return this;
    }

    /** Sends the form's button and waits for its refusal, shown inside the form; answers the sentence. */
    public String submitAndAwaitRefusal(String formCss) {
        WebElement form = find(formCss);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        By problem = By.cssSelector(formCss + " .problem");
        return new WebDriverWait(driver(), LEDGER)
                .until(ExpectedConditions.visibilityOfElementLocated(problem)).getText();
    }

    /** Waits until {@code css} shows {@code text} (a read model catching up with the ledger), reloading between looks. */
    public Portal awaitText(String css, String text) {
        new WebDriverWait(driver(), LEDGER, Duration.ofMillis(500)).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            if (!found.isEmpty() && found.getFirst().getText().contains(text)) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
        return this;
    }

    public void screenshot(String name) {
        browser.screenshot(name);
    }
}
