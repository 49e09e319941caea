package com.empathyevidence.workbench.it;

import static com.empathyevidence.workbench.it.Api.createEvidence;
import static com.empathyevidence.workbench.it.Api.createPersona;
import static com.empathyevidence.workbench.it.Api.error;
import static com.empathyevidence.workbench.it.Api.evidence;
import static com.empathyevidence.workbench.it.Api.get;
import static com.empathyevidence.workbench.it.Api.invalid;
import static com.empathyevidence.workbench.it.Api.object;
import static com.empathyevidence.workbench.it.Api.ok;
import static com.empathyevidence.workbench.it.Api.post;
import static com.empathyevidence.workbench.it.Api.unique;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.Test;

/**
 * CSV import and export over real HTTP: dry runs that name every problem by row and column and change nothing,
 * all-or-nothing imports, permissions per row, a 10,000-row file in one request, and export and import that
 * round-trip byte for byte.
 */
public class CsvImportIT {

    static final String HEADER = "text,kind,section,sourceKind,sourceTitle,sourceLink,sourceMomentSeconds,participant,participantSegment,persona,project,observedOn,tags";
    /** What export writes: the columns above and participantConsent last (a file without it still imports). */
    static final String EXPORT_HEADER = HEADER + ",participantConsent";
    static final String COLUMNS = "text, kind, section, sourceKind, sourceTitle, sourceLink, sourceMomentSeconds, participant, participantSegment, persona, project, observedOn, tags, participantConsent, issue, relation, owner";
    static final String DAY = LocalDate.now().minusDays(3).toString();

    private static JsonNode importCsv(String user, String csv, Boolean dryRun, int status) throws Exception {
        ObjectNode body = object().put("csv", csv);
        if (dryRun != null) {
            body.put("dryRun", dryRun);
        }
        return ok(status, post("/import", user, body));
    }

    private static int count(String word, String user) throws Exception {
        return ok(200, get("/evidence?status=ALL&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8), user)).get("total").asInt();
    }

    /** "row:column: message" of every listed error. */
    private static List<String> errors(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(e -> out.add(e.get("row").asInt() + ":" + e.get("line").asInt() + ":" + e.get("field").asText() + ": " + e.get("message").asText()));
        return out;
    }

    @Test
    public void aDryRunNamesEveryProblemByRowAndColumnAndChangesNothing() throws Exception {
        String word = unique("dry").toLowerCase(Locale.ROOT);
        String alias = unique("P");
        String csv = EXPORT_HEADER + "\r\n"
                + word + " fine,QUOTE,PAINS,INTERVIEW,Round 1,https://example.com/1,12," + alias + ",SMB,ACCOUNTANT,DEMO," + DAY + ",a;b,true\r\n"
                + word + " bad link,QUOTE,PAINS,INTERVIEW,,javascript:alert(1),,,,,DEMO," + DAY + ",,\r\n"
                + "\"" + word + " two\nlines\",RUMOUR,NOPE,INTERVIEW,,,soon,,,,DEMO,2999-01-01,,\r\n"
                + ",QUOTE,PAINS,GOSSIP,,,,Real Name,,lower,demo,yesterday,a b,\r\n"
                + word + " unknown persona and project,QUOTE,PAINS,OTHER,,,,,,NOBODY,OPS," + DAY + ",,\r\n"
                + "too,few,values\r\n";

        JsonNode dry = importCsv("pm", csv, true, 200);
        assertTrue(dry.get("dryRun").asBoolean());
        assertEquals(6, dry.get("rows").asInt());
        assertEquals(1, dry.get("validRows").asInt());
        assertEquals(0, dry.get("created").asInt());
        assertEquals(1, dry.get("newParticipants").asInt());
        assertEquals(List.of(
                "3:3:sourceLink: Row 3, column sourceLink: Only web addresses starting with http:// or https:// can be linked; this one starts with javascript:. Copy the address from the browser\u2019s address bar.",
                "4:4:kind: Row 4, column kind: Choose QUOTE (words a user said) or OBSERVATION (what someone did, or a metric).",
                "4:4:section: Row 4, column section: Choose one of SAYS, THINKS, DOES, FEELS, PAINS, GAINS, GOALS, SEES, HEARS.",
                "4:4:sourceMomentSeconds: Row 4, column sourceMomentSeconds: Use a number from 0 to 86,400.",
                "4:4:observedOn: Row 4, column observedOn: The date can\u2019t be in the future (today is " + LocalDate.now() + ").",
                "5:6:text: Row 5, column text: This field is required.",
                "5:6:sourceKind: Row 5, column sourceKind: Choose a source kind: INTERVIEW, USABILITY_TEST, SUPPORT_TICKET, SALES_CALL, SURVEY, "
                        + "CHURN_INTERVIEW, USAGE_ANALYTICS, FIELD_OBSERVATION or OTHER.",
                "5:6:participant: Row 5, column participant: Use letters, digits, dots, dashes or underscores, like P-014 (no real names).",
                "5:6:persona: Row 5, column persona: Use capital letters, digits, dashes or underscores, starting with a letter, like ACCOUNTANT.",
                "5:6:project: Row 5, column project: Use a Jira project key, like DEMO.",
                "5:6:observedOn: Row 5, column observedOn: Enter a date as YYYY-MM-DD.",
                "5:6:tags: Row 5, column tags: The tag \u201ca b\u201d can only have letters, digits, dashes and underscores, up to 40 characters.",
                "6:7:persona: Row 6, column persona: There is no persona NOBODY. Pick an existing persona, or create it first.",
                "6:7:project: Row 6, column project: You can\u2019t add evidence to project OPS: you need permission to edit its issues. Pick a project you work in.",
                "7:8:null: Row 7: This row has 3 values but the header has 14 columns. Check for a missing comma, or a comma inside a value that isn\u2019t in double quotes."),
                errors(dry.get("errors")));
        assertEquals(15, dry.get("errorCount").asInt());
        assertEquals(0, count(word, "pm"));
        error(404, "There is no participant " + alias + ".", get("/participants/" + alias, "pm"));

        JsonNode rejected = error(400, "The file has 15 problems, so nothing was imported. Fix the rows listed and import again.",
                post("/import", "pm", object().put("csv", csv)));
        assertEquals(errors(dry.get("errors")), errors(rejected.get("fieldErrors")));
        assertEquals(0, count(word, "pm"));
        error(404, "There is no participant " + alias + ".", get("/participants/" + alias, "pm"));
    }

    @Test
    public void theHeaderIsCheckedFirstInAnyOrderAndCase() throws Exception {
        JsonNode dry = importCsv("pm", "Text,SECTION,text,colour,tags\r\nx,SAYS,y,red,\r\n", true, 200);
        assertEquals(List.of(
                "1:1:text: Row 1, column text: The column text appears twice in the header. Keep one of them.",
                "1:1:colour: Row 1, column colour: There is no column \u201ccolour\u201d. Use only these columns: " + COLUMNS + ".",
                "1:1:sourceKind: Row 1, column sourceKind: The column sourceKind is required: add it to the header row. The columns are: " + COLUMNS + ".",
                "1:1:project: Row 1, column project: The column project is required: add it to the header row. The columns are: " + COLUMNS + ".",
                "1:1:observedOn: Row 1, column observedOn: The column observedOn is required: add it to the header row. The columns are: " + COLUMNS + "."),
                errors(dry.get("errors")));

        String word = unique("order").toLowerCase(Locale.ROOT);
        JsonNode done = importCsv("pm", "OBSERVEDON,project,sourcekind,Section,TEXT\n" + DAY + ",DEMO,survey,gains," + word + " reordered\n", false, 200);
        assertEquals(1, done.get("created").asInt());
        JsonNode found = ok(200, get("/evidence?q=" + word, "pm")).get("items").get(0);
        assertEquals("GAINS", found.get("section").asText());
        assertEquals("QUOTE", found.get("kind").asText());
        assertEquals("SURVEY", found.get("sourceKind").asText());
    }

    @Test
    public void malformedFilesAndEmptyOrOversizedRequestsAreRefused() throws Exception {
        JsonNode unclosed = importCsv("pm", HEADER + "\r\n\"never closed,QUOTE\r\n", true, 200);
        assertEquals(List.of("2:2:null: Row 2: A value that starts with a double quote is never closed. Add the closing double quote."),
                errors(unclosed.get("errors")));
        JsonNode stray = importCsv("pm", HEADER + "\r\nab\"c,QUOTE\r\n", false, 400);
        assertEquals(List.of("2:2:null: Row 2: A double quote inside a value must be doubled (\"\") and the whole value enclosed in double quotes."),
                errors(stray.get("fieldErrors")));

        invalid(post("/import", "pm", object()), "csv", "Paste the CSV file into the csv field: it is empty.");
        invalid(post("/import", "pm", object().put("csv", "  \r\n")), "csv", "Paste the CSV file into the csv field: it is empty.");
        invalid(post("/import", "pm", object().put("csv", HEADER + "\r\n")), "csv",
                "The file has a header row but no evidence under it. Add one row per piece of evidence.");
        StringBuilder tooMany = new StringBuilder(HEADER).append("\n");
        for (int i = 0; i < 10_001; i++) {
            tooMany.append("x,,SAYS,OTHER,,,,,,,DEMO,").append(DAY).append(",\n");
        }
        invalid(post("/import", "pm", object().put("csv", tooMany.toString()).put("dryRun", true)), "csv",
                "One import takes at most 10,000 rows; this file has 10,001. Split it and import each part.");
        error(400, "The field dryRun has a value of the wrong type: it must be true or false.",
                Http.post(Http.REST + "/import", "pm", Api.JSON_TYPE, "{\"csv\": 42, \"dryRun\": \"perhaps\"}"));
    }

    @Test
    public void eachRowNeedsEditPermissionOnItsProjectAndErasedParticipantsTakeNoNewEvidence() throws Exception {
        String word = unique("perm").toLowerCase(Locale.ROOT);
        String csv = HEADER + "\r\n" + word + " demo,QUOTE,SAYS,OTHER,,,,,,,DEMO," + DAY + ",\r\n"
                + word + " bill,QUOTE,SAYS,OTHER,,,,,,,BILL," + DAY + ",\r\n";
        JsonNode asViewer = importCsv("viewer", csv, false, 400);
        assertEquals(List.of(
                "2:2:project: Row 2, column project: You can\u2019t add evidence to project DEMO: you need permission to edit its issues. Pick a project you work in.",
                "3:3:project: Row 3, column project: You can\u2019t add evidence to project BILL: you need permission to edit its issues. Pick a project you work in."),
                errors(asViewer.get("fieldErrors")));
        assertEquals(0, count(word, "pm"));

        String alias = unique("P");
        ObjectNode quote = evidence("To be erased " + unique("w"));
        quote.put("participantAlias", alias).put("participantConsent", true);
        long quoteId = createEvidence("pm", quote).get("id").asLong();
        ok(200, post("/participants/" + alias + "/erase", "admin", object().put("confirmAlias", alias)));
        String erasedAlias = ok(200, get("/evidence/" + quoteId, "pm")).get("participantAlias").asText();
        JsonNode dry = importCsv("pm", HEADER + "\r\n" + word + " erased,QUOTE,SAYS,OTHER,,,," + erasedAlias + ",,,DEMO," + DAY + ",\r\n", true, 200);
        assertEquals(List.of("2:2:participant: Row 2, column participant: Participant " + erasedAlias
                        + " was erased, so no evidence can be added for them. Leave the participant empty or use another alias."),
                errors(dry.get("errors")));

        JsonNode asPm = importCsv("pm", csv, null, 200);
        assertEquals(2, asPm.get("created").asInt());
        assertEquals(2, count(word, "pm"));
        assertEquals(1, count(word, "viewer"));
    }

    @Test
    public void awkwardTextSurvivesExportAndImportByteForByte() throws Exception {
        String word = unique("trip").toLowerCase(Locale.ROOT);
        String persona = Api.personaKey("TRIP");
        createPersona(persona);
        String awkward = word + " She said \"no, never\" <b>twice</b> & left;\r\nthen \uD83D\uDE00\uD83D\uDC69\u200D\uD83D\uDCBB \u05E9\u05DC\u05D5\u05DD "
                + "\u0645\u0631\u062D\u0628\u0627\n\u202Eevil\u202C \ttab, \"\"quoted\"\" ";
        String text = (awkward + "\u2026 ").repeat(80);
        text = text.substring(0, text.offsetByCodePoints(0, 5000));
        String[] formulas = {"=HYPERLINK(\"http://evil.example\")", "-minus first", "+plus", "@at", "'=already guarded"};
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < formulas.length + 1; i++) {
            ObjectNode e = evidence(i == 0 ? text : formulas[i - 1] + " " + word);
            e.put("persona", persona);
            e.put("sourceTitle", i == 0 ? "<i>Title</i>, with \"quotes\"\n\u05DB\u05D5\u05EA\u05E8\u05EA" : "");
            e.put("sourceLink", "https://example.com/a?b=1,2&c=3");
            e.put("sourceMomentSeconds", i);
            e.put("participantAlias", unique("P")).put("participantConsent", true);
            e.put("participantSegment", "Seg, \"one\"\r\n\uD83D\uDE00");
            e.putArray("tags").add("\u00E9t\u00E9").add("\u05EA\u05D2");
            ids.add(createEvidence("pm", e).get("id").asLong());
        }
        assertEquals(text, ok(200, get("/evidence/" + ids.get(0), "pm")).get("text").asText());

        JsonNode first = ok(200, get("/export?persona=" + persona, "pm"));
        assertEquals(6, first.get("rows").asInt());
        String csv = first.get("csv").asText();
        assertTrue(csv.startsWith(EXPORT_HEADER + "\r\n"));
        assertTrue("formulas are guarded", csv.contains("\r\n\"'=HYPERLINK(\"\"http://evil.example\"\") ") && csv.contains("\r\n'-minus first")
                && csv.contains("\r\n''=already guarded"));

        // the same rows again are duplicates of what is stored, and imported once only
        JsonNode again = importCsv("pm", csv, false, 200);
        assertEquals(0, again.get("created").asInt());
        assertEquals(6, again.get("duplicates").asInt());
        // once the originals are retired, the file brings them back as new evidence, byte for byte
        ObjectNode retire = object().put("action", "RETIRE").put("reason", "Round trip of " + word);
        ids.forEach(retire.putArray("evidenceIds")::add);
        ok(200, post("/library/bulk", "pm", retire));
        JsonNode imported = importCsv("pm", csv, false, 200);
        assertEquals(6, imported.get("created").asInt());
        assertEquals(0, imported.get("duplicates").asInt());
        JsonNode second = ok(200, get("/export?persona=" + persona, "pm"));
        assertEquals("every row back, byte for byte", csv, second.get("csv").asText());

        JsonNode copies = ok(200, get("/evidence?persona=" + persona + "&sort=created-asc&limit=100&status=ALL", "pm")).get("items");
        assertEquals(12, copies.size());
        for (int i = 0; i < 6; i++) {
            JsonNode original = copies.get(i);
            JsonNode copy = copies.get(i + 6);
            for (String field : List.of("text", "kind", "section", "sourceKind", "sourceTitle", "sourceLink", "sourceMomentSeconds",
                    "participantAlias", "participantSegment", "personaKey", "projectKey", "observedOn", "tags")) {
                assertEquals(field, original.get(field), copy.get(field));
            }
        }
        assertEquals(text, copies.get(6).get("text").asText());
        assertEquals("'=already guarded " + word, copies.get(11).get("text").asText());
    }

    @Test
    public void tenThousandRowsImportInOneRequestAndExportBackUnchanged() throws Exception {
        String persona = Api.personaKey("BULK");
        createPersona(persona);
        String prefix = unique("B");
        StringBuilder file = new StringBuilder(EXPORT_HEADER).append("\r\n");
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 10_000; i++) {
            file.append("\"Row ").append(i).append(", quoted \"\"").append(prefix).append("\"\"\",")
                    .append(i % 3 == 0 ? "OBSERVATION" : "QUOTE").append(',')
                    .append(com.empathyevidence.domain.Section.values()[i % 9]).append(',')
                    .append(com.empathyevidence.domain.SourceKind.values()[i % 9]).append(',')
                    .append("Bulk round ").append(i % 10).append(',')
                    .append("https://example.com/r/").append(i).append(',')
                    .append(i % 3600).append(',')
                    .append(prefix).append("-").append(i % 250).append(',')
                    .append("Segment ").append(i % 250).append(',')
                    .append(persona).append(",DEMO,")
                    .append(today.minusDays(i % 700)).append(',')
                    .append("bulk;r").append(i % 5).append(",true\r\n");
        }
        String good = file.toString();
        String bad = good.replace("https://example.com/r/5000,", "ftp://example.com/r/5000,").replace("Row 9998, quoted", "Row 9998\" quoted");

        long t0 = System.nanoTime();
        JsonNode dry = importCsv("pm", bad.replaceFirst("\r\n\"Row 9998.*?\r\n", "\r\n"), true, 200);
        long dryMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(9_999, dry.get("rows").asInt());
        assertEquals(List.of("5002:5002:sourceLink: Row 5002, column sourceLink: Only web addresses starting with http:// or https:// can be linked; this one starts with ftp:. Copy the address from the browser\u2019s address bar."),
                errors(dry.get("errors")));
        assertEquals(250, dry.get("newParticipants").asInt());
        JsonNode rejected = importCsv("pm", bad, false, 400);
        assertEquals(1, rejected.get("fieldErrors").size());
        assertEquals(10_000, rejected.get("fieldErrors").get(0).get("row").asInt());
        assertEquals(0, count(prefix.toLowerCase(Locale.ROOT), "pm"));

        long t1 = System.nanoTime();
        JsonNode done = importCsv("pm", good, false, 200);
        long importMs = (System.nanoTime() - t1) / 1_000_000;
        assertEquals(10_000, done.get("created").asInt());
        assertEquals(250, done.get("newParticipants").asInt());
        assertEquals(0, done.get("errorCount").asInt());

        long t2 = System.nanoTime();
        JsonNode export = ok(200, get("/export?persona=" + persona, "pm"));
        long exportMs = (System.nanoTime() - t2) / 1_000_000;
        assertEquals(10_000, export.get("rows").asInt());
        assertEquals("the export is the imported file, byte for byte", good, export.get("csv").asText());
        System.out.printf("[CsvImportIT] 10,000 rows: dry run %d ms, import %d ms, export %d ms%n", dryMs, importMs, exportMs);
        assertTrue("10,000 rows took " + importMs + " ms", importMs < 120_000);
        JsonNode page = ok(200, get("/evidence?persona=" + persona + "&limit=1", "pm"));
        assertEquals(10_000, page.get("total").asInt());
    }
}
