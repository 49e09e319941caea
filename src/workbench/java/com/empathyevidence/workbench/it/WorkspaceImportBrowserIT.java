package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser, by keyboard: the import page with the issue column and duplicates (the dry run's table of
 * duplicate rows, a re-run that imports nothing new), the library's kind filter, and the app configuration page's
 * archive section (the download is the archive, fetched with the page's own session; a restore into this instance,
 * which holds data, shows the refusal in place). A restore that succeeds is covered over HTTP by {@code ArchiveRestIT}.
 */
public class WorkspaceImportBrowserIT {

    private static WebDriverWait waiting(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private static List<List<String>> table(WebDriver browser, String id) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : browser.findElement(By.id(id)).findElements(By.cssSelector("tbody tr"))) {
            List<String> cells = new ArrayList<>();
            tr.findElements(By.tagName("td")).forEach(td -> cells.add(td.getText()));
            rows.add(cells);
        }
        return rows;
    }

    @Test
    public void anImportLinksItsRowsToTheirIssueAndAReRunShowsEveryRowAsADuplicate() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("bdup");
        String alias = Api.unique("P");
        String day = LocalDate.now().minusDays(4).toString();
        String header = "text,section,sourceKind,project,observedOn,participant,participantConsent,issue,relation";
        String row = "Kept in the old tool " + word + ",PAINS,INTERVIEW,DEMO," + day + "," + alias + ",true,DEMO-42,ADDRESSES\r\n";
        Path file = Files.createTempFile("workspace-import", ".csv");
        Files.writeString(file, header + "\r\n" + row + row.replace(",DEMO-42,ADDRESSES", ",,")
                + "Moved by hand " + word + ",GAINS,SURVEY,DEMO," + day + ",,,,\r\n");

        WebDriver browser = Browser.signIn("pm", "/plugins/servlet/empathy/import");
        String help = browser.findElement(By.id("empathy-import-columns")).getText();
        assertTrue(help, help.startsWith("Optional columns: issue (an issue key like DEMO-1"));
        WebElement input = browser.findElement(By.id("empathy-import-file"));
        input.sendKeys(file.toString());
        browser.findElement(By.id("empathy-import-check")).sendKeys(Keys.ENTER);
        WebElement status = browser.findElement(By.id("empathy-import-status"));
        waiting(browser).until(b -> status.getText().startsWith("The file is ready:"));
        assertEquals("The file is ready: 3 rows, 1 new participant. Nothing is written yet: choose Import all rows."
                + " 1 row is already stored, or repeated in the file, and will not be imported again (listed below).", status.getText());
        assertTrue(browser.findElement(By.id("empathy-import-duplicates")).isDisplayed());
        assertEquals(List.of(List.of("3", "3", "Row 3 is the same as row 2 of this file: it is imported once.")),
                table(browser, "empathy-import-duplicates"));
        assertEquals("axe-core on the import page with duplicates", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("import-duplicates-dry-run");

        WebElement run = browser.findElement(By.id("empathy-import-run"));
        waiting(browser).until(b -> run.isEnabled());
        run.sendKeys(Keys.ENTER);
        waiting(browser).until(b -> status.getText().startsWith("Imported:"));
        assertEquals("Imported: 2 pieces of evidence created, 1 new participant. One link to an issue was made."
                + " 1 row was already stored and not created again.", status.getText());
        JsonNode onIssue = Api.ok(200, Api.get("/issues/DEMO-42/evidence", "pm")).get("evidence");
        List<String> linked = new ArrayList<>();
        onIssue.forEach(e -> {
            if (e.get("text").asText().contains(word)) {
                linked.add(e.get("text").asText() + " " + e.get("relation").asText());
            }
        });
        assertEquals(List.of("Kept in the old tool " + word + " ADDRESSES"), linked);

        // the same file again: nothing new, and the table says which stored piece each row is
        browser.findElement(By.id("empathy-import-check")).sendKeys(Keys.ENTER);
        waiting(browser).until(b -> status.getText().contains("3 rows are already stored"));
        List<List<String>> again = table(browser, "empathy-import-duplicates");
        assertEquals(3, again.size());
        assertTrue(again.toString(), again.get(0).get(2).matches("Row 2 is the same as evidence #\\d+, recorded by pm on "
                + LocalDate.now(java.time.ZoneOffset.UTC) + ": it is not imported again\\."));
        Browser.screenshot("import-duplicates-rerun");
        waiting(browser).until(b -> run.isEnabled());
        run.sendKeys(Keys.ENTER);
        waiting(browser).until(b -> status.getText().startsWith("Imported:"));
        assertEquals("Imported: no pieces of evidence created, no new participants. 3 rows were already stored and not created again.", status.getText());
        assertEquals(2, Api.ok(200, Api.get("/library?q=" + word, "pm")).get("total").asInt());
    }

    @Test
    public void theLibraryFiltersByKindAndKeepsTheChoice() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("bkind");
        Api.createEvidence("pm", Api.evidence("Said out loud " + word));
        long observed = Api.createEvidence("pm", Api.evidence("Seen doing it " + word).put("kind", "OBSERVATION")).get("id").asLong();

        WebDriver browser = Browser.signIn("pm", "/plugins/servlet/empathy/library?q=" + word);
        assertEquals("2 pieces of evidence match; showing 1 to 2.", browser.findElement(By.id("empathy-library-summary")).getText());
        WebElement kind = browser.findElement(By.id("empathy-kind"));
        assertEquals("Kind", browser.findElement(By.cssSelector("label[for=empathy-kind]")).getText());
        kind.sendKeys("Observation");
        WebElement apply = browser.findElement(By.id("empathy-apply"));
        apply.sendKeys(Keys.ENTER);
        waiting(browser).until(b -> Browser.gone(apply));
        assertEquals("1 piece of evidence matches.", browser.findElement(By.id("empathy-library-summary")).getText());
        assertEquals(1, browser.findElements(By.id("empathy-row-" + observed)).size());
        assertEquals("OBSERVATION", new Select(browser.findElement(By.id("empathy-kind"))).getFirstSelectedOption().getAttribute("value"));
        assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().contains("kind=OBSERVATION"));
        assertEquals("axe-core on the library with the kind filter", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("library-kind-filter");
        assertEquals(1, Api.ok(200, Api.get("/evidence?kind=observation&q=" + word, "pm")).get("total").asInt());
        assertEquals(1, Api.ok(200, Api.get("/library?kind=QUOTE&q=" + word, "pm")).get("total").asInt());
        Api.invalid(Api.get("/evidence?kind=RUMOUR", "pm"), "kind",
                "Choose QUOTE (words a user said) or OBSERVATION (what someone did, or a metric).");
    }

    @Test
    public void theArchiveSectionDownloadsTheArchiveAndShowsWhyARestoreIsRefused() throws Exception {
        SharedWorkbench.get();
        WebDriver browser = Browser.signIn("admin", "/plugins/servlet/empathy/admin");
        assertEquals("Export and import everything", browser.findElement(By.id("empathy-archive-title")).getText());
        WebElement download = browser.findElement(By.id("empathy-archive-download"));
        String href = download.getAttribute("href");
        assertTrue(href, href.endsWith("/rest/empathy/1.0/archive"));

        // the link with the page's own session, as the browser's download fetches it
        StringBuilder cookies = new StringBuilder();
        for (Cookie c : browser.manage().getCookies()) {
            cookies.append(cookies.length() == 0 ? "" : "; ").append(c.getName()).append('=').append(c.getValue());
        }
        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies.toString())
                .timeout(Duration.ofMinutes(3)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
        assertTrue(zip.headers().firstValue("Content-Disposition").orElse("").matches("attachment; filename=\"empathy-evidence-archive-.*\\.zip\""));
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                files.put(e.getName(), out.toString(StandardCharsets.UTF_8));
            }
        }
        JsonNode manifest = Http.JSON.readTree(files.get("manifest.json"));
        assertEquals("empathy-evidence-archive", manifest.get("format").asText());
        for (Iterator<Map.Entry<String, JsonNode>> it = manifest.get("counts").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> count = it.next();
            assertEquals("rows of " + count.getKey() + " as the manifest says", count.getValue().asInt(),
                    Http.JSON.readTree(files.get(count.getKey() + ".json")).size());
        }
        assertTrue(manifest.get("counts").get("evidence").asInt() > 0);

        WebElement restore = browser.findElement(By.id("empathy-archive-restore"));
        restore.sendKeys(Keys.ENTER);
        WebElement fileError = browser.findElement(By.cssSelector("#empathy-archive-form .empathy-field-error[data-field=file]"));
        waiting(browser).until(b -> !fileError.getText().isEmpty());
        assertEquals("Choose the .zip file that Download the full archive gave you, then restore it.", fileError.getText());

        Path archive = Files.createTempFile("workspace-archive", ".zip");
        Files.write(archive, zip.body());
        browser.findElement(By.id("empathy-archive-file")).sendKeys(archive.toString());
        restore.sendKeys(Keys.ENTER);
        WebElement result = browser.findElement(By.id("empathy-archive-result"));
        waiting(browser).until(b -> result.getText().startsWith("Nothing was imported"));
        String shown = result.getText();
        assertTrue(shown, shown.startsWith("Nothing was imported: an archive can only go into a Jira that holds no Empathy Evidence data yet"));
        assertTrue(shown, shown.contains("pieces of evidence") && shown.contains("personas"));
        assertEquals("the result has the focus, so a keyboard user hears it", "empathy-archive-result",
                browser.switchTo().activeElement().getAttribute("id"));
        assertEquals("axe-core on the configuration page's archive section", List.of(), Axe.seriousViolations(browser));
        browser.findElement(By.id("empathy-archive")).getLocation();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('empathy-archive').scrollIntoView()");
        Browser.screenshot("admin-archive-refused");
    }
}
