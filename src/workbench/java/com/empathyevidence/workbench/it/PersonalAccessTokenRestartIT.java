package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.Workbench;
import com.empathyevidence.workbench.WorkbenchServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.Test;

/** Tokens live in the workbench's H2 database under --data: they survive a restart, and only a hash of each is kept. */
public class PersonalAccessTokenRestartIT {

    @Test
    public void aTokenStillWorksAfterARestartAndOnlyItsHashIsStored() throws Exception {
        Path data = Files.createTempDirectory("workbench-restart-it");
        Workbench.Options options = Workbench.options("--port", "0", "--data", data.toString(), "--no-basic-auth");
        String raw;
        try (WorkbenchServer first = WorkbenchServer.start(options.config())) {
            String session = Http.signIn(first.baseUrl(), "pm");
            HttpResponse<String> created = Http.send(first.baseUrl().resolve("rest/pat/latest/tokens"), "POST", "application/json",
                    "{\"name\":\"Survives\",\"expirationDuration\":7}", "Cookie", session);
            assertEquals(created.body(), 201, created.statusCode());
            raw = Http.json(created).get("rawToken").asText();
        }
        String secret = new String(java.util.Base64.getDecoder().decode(raw)).split(":", 2)[1];
        try (Connection db = DriverManager.getConnection(options.config().jdbcUrl(), "sa", "");
             ResultSet rows = db.createStatement().executeQuery("SELECT * FROM WB_PERSONAL_ACCESS_TOKEN")) {
            assertTrue(rows.next());
            for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                String value = String.valueOf(rows.getObject(c));
                assertFalse("column " + rows.getMetaData().getColumnName(c) + " holds the secret", value.contains(secret) || value.contains(raw));
            }
            assertEquals(64, rows.getString("SECRET_HASH").length());
        }
        try (WorkbenchServer second = WorkbenchServer.start(options.config())) {
            HttpResponse<String> after = Http.send(second.baseUrl().resolve("rest/empathy/1.0/issues/DEMO-1/evidence"), "GET", null, null,
                    "Authorization", Http.bearer(raw));
            assertEquals(after.body(), 200, after.statusCode());
        }
    }
}
