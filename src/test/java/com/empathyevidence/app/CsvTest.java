package com.empathyevidence.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.util.List;
import org.junit.Test;

/** RFC 4180 reading and writing, and the spreadsheet-formula guard, in both directions. */
public class CsvTest {

    private static final String AWKWARD = "She said \"no\", then <b>left</b>\r\nLine two\nLine three\r, \uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD";

    @Test
    public void writesQuotesOnlyWhereNeededAndEndsRecordsWithCrLf() {
        String csv = Csv.format(List.of(List.of("a", "b,c", "d\"e", ""), List.of("x\ny", " z ", "plain", "\uD83D\uDE00")));
        assertEquals("a,\"b,c\",\"d\"\"e\",\r\n\"x\ny\", z ,plain,\uD83D\uDE00\r\n", csv);
    }

    @Test
    public void readsBackExactlyWhatItWrote() {
        List<List<String>> records = List.of(List.of("text", "tags"), List.of(AWKWARD, "a;b"), List.of("", "\"\""), List.of(" lead", "trail "));
        List<Csv.Record> read = Csv.parse(Csv.format(records));
        assertEquals(4, read.size());
        for (int i = 0; i < records.size(); i++) {
            assertEquals(records.get(i), read.get(i).values());
            assertEquals(i + 1, read.get(i).row());
        }
        assertEquals("row 3 starts after the 4 line breaks inside row 2's quoted value", 6, read.get(2).line());
    }

    @Test
    public void acceptsLfOrCrEndingsABomAndNoFinalLineBreakAndSkipsBlankLines() {
        List<Csv.Record> read = Csv.parse("\uFEFFh1,h2\na,b\r\rc,d");
        assertEquals(3, read.size());
        assertEquals(List.of("h1", "h2"), read.get(0).values());
        assertEquals(List.of("c", "d"), read.get(2).values());
        assertEquals(3, read.get(2).row());
        assertEquals(4, read.get(2).line());
        assertEquals(List.of(List.of("", "")), Csv.parse(",\r\n").stream().map(Csv.Record::values).toList());
    }

    @Test
    public void aStrayQuoteOrAnUnclosedValueIsReportedWithItsRowAndLine() {
        malformed("h\nab\"c\n", 2, 2, "empathy.import.badQuote");
        malformed("h\n\"ab\"c\n", 2, 2, "empathy.import.badQuote");
        malformed("h\nok\n\"never\nclosed\n", 3, 3, "empathy.import.unclosedQuote");
    }

    @Test
    public void formulaCellsAreGuardedOnExportAndUnguardedOnImport() {
        for (String v : List.of("=SUM(A1)", "+1", "-5 %", "@cmd", "\tx", "\rx", "'=x", "''-x")) {
            String guarded = EvidenceCsv.guard(v);
            assertEquals("'" + v, guarded);
            assertEquals(v, EvidenceCsv.unguard(guarded));
        }
        for (String v : List.of("plain", "'quoted", "a=b", "", "'")) {
            assertEquals(v, EvidenceCsv.guard(v));
            assertEquals(v, EvidenceCsv.unguard(v));
        }
    }

    private static void malformed(String csv, int row, int line, String key) {
        try {
            Csv.parse(csv);
            fail("expected " + key);
        } catch (Csv.Malformed m) {
            assertEquals(key, m.messageKey());
            assertEquals("row", row, m.row());
            assertEquals("line", line, m.line());
        }
    }
}
