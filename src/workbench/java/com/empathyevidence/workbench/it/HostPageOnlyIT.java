package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.Workbench;
import com.empathyevidence.workbench.WorkbenchServer;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * {@code ./run-workbench --host-page-only}, the load test's baseline (docs/load.md): the issue page and the Confluence
 * page are the host's page alone, without the app's web panel and macro and without its web resources, while the
 * app's REST API still answers. The shared workbench, started without the option, serves both on the same pages.
 */
public class HostPageOnlyIT {

    private static WorkbenchServer hostOnly;

    @BeforeClass
    public static void start() throws Exception {
        Workbench.Options options = Workbench.options("--port", "0", "--data",
                java.nio.file.Files.createTempDirectory("workbench-host-only-it").toString(), "--host-page-only");
        assertTrue(options.hostPageOnly());
        hostOnly = WorkbenchServer.start(options.config(), options.hostPageOnly());
    }

    @AfterClass
    public static void stop() throws Exception {
        if (hostOnly != null) {
            hostOnly.close();
        }
    }

    private static HttpResponse<String> get(URI base, String path) throws Exception {
        return Http.send(base.resolve(path), "GET", null, null, "Authorization", Http.basic("pm", "pm"));
    }

    @Test
    public void theIssuePageIsTheHostPageAloneWithoutThePanel() throws Exception {
        HttpResponse<String> page = get(hostOnly.baseUrl(), "browse/DEMO-1");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Import bank statements from CSV"));
        assertTrue(page.body().contains("id=\"viewissuesidebar\""));
        assertFalse(page.body().contains("evidence-panel-web-panel"));
        assertFalse(page.body().contains("empathy-evidence"));

        HttpResponse<String> withApp = get(SharedWorkbench.get().baseUrl(), "browse/DEMO-1");
        assertEquals(200, withApp.statusCode());
        assertTrue(withApp.body().contains("evidence-panel-web-panel"));
    }

    @Test
    public void theConfluencePageIsTheHostPageAloneWithoutTheMacro() throws Exception {
        HttpResponse<String> page = get(hostOnly.baseUrl(), "wiki/spaces/RES/pages/accountant-map");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"title-text\""));
        assertFalse(page.body().contains("data-macro-name=\"empathy-map\""));
        assertFalse(page.body().contains("empathy-map"));

        HttpResponse<String> withApp = get(SharedWorkbench.get().baseUrl(), "wiki/spaces/RES/pages/accountant-map");
        assertTrue(withApp.body().contains("data-macro-name=\"empathy-map\""));
    }

    @Test
    public void theAppsRestApiStillAnswers() throws Exception {
        HttpResponse<String> evidence = get(hostOnly.baseUrl(), "rest/empathy/1.0/issues/DEMO-1/evidence");
        assertEquals(200, evidence.statusCode());
        assertTrue(evidence.body().contains("\"evidence\""));
    }
}
