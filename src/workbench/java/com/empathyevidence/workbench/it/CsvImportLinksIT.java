package com.empathyevidence.workbench.it;

import static com.empathyevidence.workbench.it.Api.get;
import static com.empathyevidence.workbench.it.Api.object;
import static com.empathyevidence.workbench.it.Api.ok;
import static com.empathyevidence.workbench.it.Api.post;
import static com.empathyevidence.workbench.it.Api.unique;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The import's {@code issue} and {@code relation} columns and its duplicates, over real HTTP: rows linked to their
 * issue in the import's one transaction (all or nothing), the dry run naming the column of a wrong issue or relation
 * without telling whether a hidden issue exists, the linked issues' property refreshed, and rows the same as stored
 * evidence or as an earlier row reported and never recorded twice. Every test makes its own evidence (a unique word) on
 * DEMO-40 and DEMO-41, and compares counts before and after, so a rerun meets what the first run met.
 */
public class CsvImportLinksIT {

    static final String HEADER = "text,section,sourceKind,sourceTitle,participant,project,observedOn,participantConsent,issue,relation";
    private static final Pattern PROPERTY = Pattern.compile("data-property=\"empathy.evidence\">([^<]*)<");

    private static JsonNode dryRun(String csv) throws Exception {
        return ok(200, post("/import", "pm", object().put("csv", csv).put("dryRun", true)));
    }

    private static JsonNode importCsv(String csv, int status) throws Exception {
        return ok(status, post("/import", "pm", object().put("csv", csv)));
    }

    private static int count(String word) throws Exception {
        return ok(200, get("/evidence?status=ALL&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8), "pm")).get("total").asInt();
    }

    /** text to relation of the evidence on the issue whose text has the word. */
    private static Map<String, String> onIssue(String issueKey, String word) throws Exception {
        Map<String, String> found = new TreeMap<>();
        for (JsonNode e : ok(200, get("/issues/" + issueKey + "/evidence", "pm")).get("evidence")) {
            if (e.get("text").asText().contains(word)) {
                found.put(e.get("text").asText(), e.get("relation").asText());
            }
        }
        return found;
    }

    /** The issue property as Jira stores it (shown on the workbench's issue page). */
    private static int propertyCount(String issueKey) throws Exception {
        Matcher m = PROPERTY.matcher(Http.get("/browse/" + issueKey, "admin").body());
        if (!m.find()) {
            return 0;
        }
        String json = m.group(1).replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'");
        return Http.JSON.readTree(json).get("count").asInt();
    }

    private static List<String> errors(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(e -> out.add(e.get("row").asInt() + ":" + e.get("field").asText() + ": " + e.get("message").asText()));
        return out;
    }

    private static String row(String text, String alias, String issue, String relation) {
        return text + ",PAINS,INTERVIEW,Import round," + alias + ",DEMO," + CsvImportIT.DAY + ",true," + issue + "," + relation + "\r\n";
    }

    @Test
    public void eachRowIsLinkedToItsIssueInTheSameTransactionAndThePropertyFollows() throws Exception {
        String word = unique("linked").toLowerCase(Locale.ROOT);
        String alias = unique("P");
        int before40 = propertyCount("DEMO-40");
        int before41 = propertyCount("DEMO-41");
        String csv = HEADER + "\r\n"
                + row(word + " addresses", alias, "DEMO-40", "addresses")
                + row(word + " supports by default", alias, "demo-41", "")
                + row(word + " not linked", alias, "", "")
                + row(word + " contradicts", alias, " DEMO-40 ", "CONTRADICTS");

        JsonNode dry = dryRun(csv);
        assertEquals(dry.toString(), 0, dry.get("errorCount").asInt());
        assertEquals(4, dry.get("validRows").asInt());
        assertEquals(0, dry.get("linked").asInt());
        assertEquals(0, count(word));

        JsonNode done = importCsv(csv, 200);
        assertEquals(4, done.get("created").asInt());
        assertEquals(3, done.get("linked").asInt());
        assertEquals(1, done.get("newParticipants").asInt());
        assertEquals(Map.of(word + " addresses", "ADDRESSES", word + " contradicts", "CONTRADICTS"), onIssue("DEMO-40", word));
        assertEquals(Map.of(word + " supports by default", "SUPPORTS"), onIssue("DEMO-41", word));
        assertEquals("the issue property counts the new links at once", before40 + 2, propertyCount("DEMO-40"));
        assertEquals(before41 + 1, propertyCount("DEMO-41"));
    }

    @Test
    public void aWrongIssueOrRelationIsNamedByItsColumnAndNothingIsWritten() throws Exception {
        String word = unique("badlink").toLowerCase(Locale.ROOT);
        String alias = unique("P");
        String csv = HEADER + "\r\n"
                + row(word + " fine", alias, "DEMO-40", "ADDRESSES")
                + row(word + " no such issue", alias, "DEMO-99999", "")
                + row(word + " no such project", alias, "NOPE-1", "SUPPORTS")
                + row(word + " odd relation", alias, "DEMO-41", "BLOCKS")
                + row(word + " relation alone", alias, "", "ADDRESSES");

        JsonNode dry = dryRun(csv);
        assertEquals(List.of(
                "3:issue: Row 3, column issue: There is no issue DEMO-99999 that you can link evidence to. Check the key in the issue column (like DEMO-1): it must be an issue you may edit.",
                "4:issue: Row 4, column issue: There is no issue NOPE-1 that you can link evidence to. Check the key in the issue column (like DEMO-1): it must be an issue you may edit.",
                "5:relation: Row 5, column relation: The relation column must be ADDRESSES, SUPPORTS or CONTRADICTS (empty means SUPPORTS), not \u201cBLOCKS\u201d.",
                "6:relation: Row 6, column relation: The relation ADDRESSES needs an issue to relate to: fill in the issue column of this row, or leave relation empty."),
                errors(dry.get("errors")));
        assertEquals(1, dry.get("validRows").asInt());

        JsonNode rejected = importCsv(csv, 400);
        assertEquals(errors(dry.get("errors")), errors(rejected.get("fieldErrors")));
        assertEquals("all or nothing: not even the good row, nor its link", 0, count(word));
        assertEquals(Map.of(), onIssue("DEMO-40", word));
    }

    @Test
    public void duplicatesAreReportedAndNeverRecordedTwiceSoARerunAddsNothing() throws Exception {
        String word = unique("dup").toLowerCase(Locale.ROOT);
        String alias = unique("P");
        String first = row(word + " re-keys every invoice", alias, "DEMO-41", "ADDRESSES");
        String other = row(word + " re-keys every invoice", unique("P"), "", "");
        String csv = HEADER + "\r\n" + first + other + first.replace(",DEMO-41,ADDRESSES", ",,") + row("  " + word + " re-keys every invoice  ", alias, "", "");

        JsonNode dry = dryRun(csv);
        assertEquals(dry.toString(), 0, dry.get("errorCount").asInt());
        assertEquals(4, dry.get("validRows").asInt());
        assertEquals(2, dry.get("duplicates").asInt());
        List<String> rows = new ArrayList<>();
        dry.get("duplicateRows").forEach(d -> rows.add(d.get("row").asInt() + ":" + d.get("line").asInt() + ":" + d.get("sameAsRow").asInt() + ": "
                + d.get("message").asText()));
        assertEquals("the same text (after the trim every write does), participant, source and date as row 2; another participant is another piece",
                List.of("4:4:2: Row 4 is the same as row 2 of this file: it is imported once.",
                        "5:5:2: Row 5 is the same as row 2 of this file: it is imported once."), rows);

        JsonNode done = importCsv(csv, 200);
        assertEquals(2, done.get("created").asInt());
        assertEquals(2, done.get("duplicates").asInt());
        assertEquals(1, done.get("linked").asInt());
        assertEquals(2, count(word));

        JsonNode stored = ok(200, get("/evidence?q=" + word + "&participant=" + alias, "pm")).get("items").get(0);
        String recordedOn = stored.get("createdAt").asText().substring(0, 10);
        JsonNode again = dryRun(csv);
        assertEquals(4, again.get("duplicates").asInt());
        JsonNode d = again.get("duplicateRows").get(0);
        assertEquals(2, d.get("row").asInt());
        assertEquals(stored.get("id").asLong(), d.get("sameAsEvidence").asLong());
        assertEquals("pm", d.get("recordedBy").asText());
        assertEquals("Row 2 is the same as evidence #" + stored.get("id").asLong() + ", recorded by pm on " + recordedOn + ": it is not imported again.",
                d.get("message").asText());
        JsonNode rerun = importCsv(csv, 200);
        assertEquals("a rerun of the same file imports nothing new", 0, rerun.get("created").asInt());
        assertEquals(4, rerun.get("duplicates").asInt());
        assertEquals(0, rerun.get("linked").asInt());
        assertEquals(2, count(word));
        assertTrue(onIssue("DEMO-41", word).size() == 1);
    }
}
