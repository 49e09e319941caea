package com.empathyevidence.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.app.Digest;
import com.empathyevidence.app.DigestHost;
import com.empathyevidence.app.IssueRef;
import com.empathyevidence.testsupport.BundleI18nResolver;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** The digest's closing sentence fits what the message holds (worked examples, real bundle). */
public class DigestMessagesTest {

    private final DigestMessages messages = new DigestMessages(new Texts(BundleI18nResolver.fromClasspath()));
    private static final DigestHost.Recipient PM = new DigestHost.Recipient("pm", "Priya Patel", "pm@example.com");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 23);

    private static Digest.Item item(long id, IssueRef... open) {
        return new Digest.Item(id, "Piece " + id, "DEMO", DAY, List.of(open));
    }

    private static Digest.Request request(long id) {
        return new Digest.Request(id, "Piece " + id, "DEMO", "Alex Admin", Instant.parse("2026-12-01T10:00:00Z"), "");
    }

    private static Digest.Resolved resolved() {
        return new Digest.Resolved(new IssueRef("DEMO-53", "Pause reminders", "Done", "DEMO", "done", DAY), List.of("A pain"));
    }

    private String body(List<Digest.Item> items, List<Digest.Request> requests, List<Digest.Resolved> resolved) {
        return messages.body(new Digest("2026-W49", PM, items, requests, resolved), "http://jira.example.com");
    }

    @Test
    public void anIssueListedAboveIsTheWayToReconfirm() {
        String b = body(List.of(item(1, new IssueRef("DEMO-1", "Open one", "In Progress", "DEMO")), item(2)), List.of(), List.of());
        assertTrue(b, b.contains("To re-confirm a piece, open an issue above and choose Re-confirm on its evidence panel, or select it in the evidence library."));
    }

    @Test
    public void onlyRequestsSendThemToTheLibraryLinksNotToAnIssue() {
        String one = body(List.of(), List.of(request(7)), List.of());
        assertFalse(one, one.contains("open an issue above"));
        assertTrue(one, one.contains("To re-confirm this piece, open its link above (the evidence library), select it and choose Re-confirm; if it is no longer true, retire it there."));
        String two = body(List.of(), List.of(request(7), request(8), request(7)), List.of());
        assertTrue(two, two.contains("To re-confirm these 2 pieces, open their links above (the evidence library), select them and choose Re-confirm; retire any that is no longer true."));
    }

    @Test
    public void piecesWithNoOpenIssueAndARequestCountEachPieceOnce() {
        String b = body(List.of(item(1), item(2)), List.of(request(2)), List.of());
        assertFalse(b, b.contains("open an issue above"));
        assertTrue(b, b.contains("To re-confirm these 2 pieces, open their links above"));
    }

    @Test
    public void onlyResolvedIssuesAskNothing() {
        String b = body(List.of(), List.of(), List.of(resolved()));
        assertFalse(b, b.contains("open an issue above"));
        assertFalse(b, b.contains("To re-confirm"));
        assertTrue(b, b.contains("\nNothing of yours needs re-confirming this week: this message only tells you what your research helped resolve.\n"));
        assertEquals(b, 1, b.split("You get this message once a week", -1).length - 1);
    }
}
