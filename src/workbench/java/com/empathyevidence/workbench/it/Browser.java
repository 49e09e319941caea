package com.empathyevidence.workbench.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Debian Chromium per test JVM, driven by Selenium through Debian's chromedriver. Nothing is
 * downloaded: when the browser is missing the test fails and says what to install.
 */
final class Browser {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static WebDriver driver;

    private Browser() {
    }

    static synchronized WebDriver get() {
        if (driver == null) {
            if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
                throw new IllegalStateException("Browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver");
            }
            System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--window-size=1400,1000");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            WebDriver started = driver;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
        }
        return driver;
    }

    /**
     * Signs in on the workbench's login page and waits until the browser has left it (the submit button is gone)
     * and the next page has loaded, so nothing that follows can look at the login page by mistake.
     */
    static WebDriver signIn(String user, String next) {
        WebDriver browser = get();
        browser.manage().deleteAllCookies();
        browser.get(SharedWorkbench.url("/login?next=" + next).toString());
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(user);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(user);
        org.openqa.selenium.WebElement submit = browser.findElement(org.openqa.selenium.By.id("login-submit"));
        submit.click();
        org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(b -> gone(submit));
        wait.ignoring(org.openqa.selenium.WebDriverException.class)
                .until(b -> !b.getCurrentUrl().contains("/login")
                        && "complete".equals(((org.openqa.selenium.JavascriptExecutor) b).executeScript("return document.readyState")));
        return browser;
    }

    /**
     * Whether an element has left the document. ChromeDriver answers a question about a node of a page that is being
     * replaced either with a stale-element error or, mid-navigation, with "Node with given id does not belong to the
     * document"; both mean the element is gone. Use instead of {@code ExpectedConditions.stalenessOf}, which knows only
     * the first.
     */
    static boolean gone(org.openqa.selenium.WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Saves a screenshot of the current page under target/screenshots (kept for README and for a human look). */
    static Path screenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) get()).getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
