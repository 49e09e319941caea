package com.empathyevidence.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.rest.EvidenceJson;
import com.empathyevidence.rest.PersonaMapJson;
import com.empathyevidence.rest.RollupJson;
import com.empathyevidence.testsupport.BundleI18nResolver;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/**
 * The map's words for what a reader may and may not see, the quotes behind "and 3 more", and what paper says
 * (as of when, dates beside ages). Today on the Jira side is 1 Dec 2026.
 */
public class EmpathyMapViewTest {

    private static final Set<String> EXTENDED = Set.of("SAYS", "THINKS", "DOES", "FEELS", "PAINS", "GAINS", "GOALS", "SEES", "HEARS");
    private static final Set<String> CLASSIC = Set.of("SAYS", "THINKS", "DOES", "FEELS");

    private final Texts texts = new Texts(BundleI18nResolver.fromClasspath());

    private static PersonaMapJson map(PersonaMapJson.SectionJson... sections) {
        PersonaMapJson map = new PersonaMapJson();
        map.personaKey = "OPS-MANAGER";
        map.name = "Owen, the operations manager";
        map.asOf = "2026-12-01";
        map.summary = new PersonaMapJson.SummaryJson();
        map.summary.evidenceCount = 1;
        map.summary.participants = 1;
        map.summary.earliest = "2026-11-10";
        map.summary.latest = "2026-11-10";
        map.summary.freshness = "FRESH";
        map.summary.fresh = 1;
        map.sections = List.of(sections);
        return map;
    }

    private static PersonaMapJson.SectionJson section(String key, PersonaMapJson.ItemJson... items) {
        PersonaMapJson.SectionJson s = new PersonaMapJson.SectionJson();
        s.section = key;
        s.items = List.of(items);
        for (PersonaMapJson.ItemJson i : items) {
            s.evidenceTotal += i.evidenceTotal;
        }
        return s;
    }

    private static PersonaMapJson.ItemJson item(String statement, int visible, int hidden, int listed) {
        PersonaMapJson.ItemJson item = new PersonaMapJson.ItemJson();
        item.id = statement.hashCode();
        item.statement = statement;
        item.rollup = new RollupJson();
        item.rollup.evidenceCount = visible;
        item.rollup.participants = visible == 0 ? 0 : 1;
        item.rollup.freshest = visible == 0 ? null : "2026-11-10";
        item.rollup.oldest = item.rollup.freshest;
        item.rollup.freshness = visible == 0 ? null : "FRESH";
        item.rollup.assumption = visible == 0 && hidden == 0;
        item.rollup.hiddenEvidence = hidden;
        item.evidenceTotal = visible;
        for (int n = 0; n < listed; n++) {
            EvidenceJson e = new EvidenceJson();
            e.id = 100 + n;
            e.text = "Quote " + n;
            e.kind = "QUOTE";
            e.section = "PAINS";
            e.sourceKind = "INTERVIEW";
            e.observedOn = "2026-11-10";
            e.freshness = "FRESH";
            e.ageDays = 21;
            e.status = "ACTIVE";
            item.evidence.add(e);
        }
        return item;
    }

    private static PersonaMapJson.IssueJson issue(String key) {
        PersonaMapJson.IssueJson issue = new PersonaMapJson.IssueJson();
        issue.key = key;
        issue.summary = "Summary of " + key;
        issue.status = "To Do";
        return issue;
    }

    private EmpathyMapView live(PersonaMapJson map, Set<String> sections) {
        return new EmpathyMapView(map, sections, 2, true, "https://jira.example.com", 5, false, "1 Dec 2026, 18:57", texts);
    }

    private EmpathyMapView paper(PersonaMapJson map) {
        return new EmpathyMapView(map, EXTENDED, 2, true, "https://jira.example.com", Integer.MAX_VALUE, true, "1 Dec 2026, 18:57", texts);
    }

    private static MapItemView only(EmpathyMapView view) {
        return view.getSections().get(0).getItems().get(0);
    }

    @Test
    public void anItemBackedOnlyByEvidenceTheReaderCannotSeeSaysSoAndIsNoAssumption() {
        PersonaMapJson.ItemJson hiddenOnly = item("Customers ignore reminders in the wrong language", 0, 2, 0);
        hiddenOnly.hiddenIssues = 1;
        MapItemView item = only(live(map(section("PAINS", hiddenOnly)), EXTENDED));
        assertFalse(item.isAssumption());
        assertEquals("Backed by 2 pieces of evidence you can\u2019t see", item.getRollup());
        assertTrue(item.isCovered());
        assertFalse(item.isAnyIssue());
        assertEquals("Addressed by 1 issue you can\u2019t see", item.getHiddenIssues());
        assertEquals("", item.getMore());
        assertEquals("", item.getMoreInJira());
    }

    @Test
    public void whatTheReaderSeesIsListedAndTheRestCountedNeverNamed() {
        PersonaMapJson.ItemJson mixed = item("Approves expense claims one at a time", 1, 1, 1);
        mixed.coveredBy.add(issue("DEMO-3"));
        mixed.hiddenIssues = 2;
        MapItemView item = only(live(map(section("PAINS", mixed)), EXTENDED));
        assertFalse(item.isAssumption());
        assertEquals("1 piece of evidence from 1 participant \u00b7 Fresh \u2014 latest 3 weeks ago \u00b7 and 1 more piece you can\u2019t see",
                item.getRollup());
        assertEquals("and 2 more issues you can\u2019t see", item.getHiddenIssues());
        assertEquals(1, item.getIssues().size());
        // one hidden piece alone says "1 piece"
        assertEquals("Backed by 1 piece of evidence you can\u2019t see", only(live(map(section("PAINS", item("x", 0, 1, 0))), EXTENDED)).getRollup());
    }

    @Test
    public void anUnbackedItemIsStillAnAssumptionAndAnUncoveredPainSaysSo() {
        MapItemView item = only(live(map(section("PAINS", item("Dreads month end", 0, 0, 0))), EXTENDED));
        assertTrue(item.isAssumption());
        assertEquals("Assumption \u2014 no evidence backs this yet.", item.getRollup());
        assertFalse(item.isCovered());
        assertEquals("", item.getHiddenIssues());
    }

    @Test
    public void onAPageTheListedQuotesBeyondQuotesPerItemOpenFromAndNMore() {
        PersonaMapJson.ItemJson many = item("Re-keys every bank statement line by hand", 14, 0, 10);
        MapItemView item = only(live(map(section("PAINS", many)), EXTENDED));
        assertEquals(2, item.getQuotes().size());
        // a few more open from the disclosure, the rest are counted
        assertEquals(EmpathyMapView.MORE_QUOTES_SHOWN, item.getMoreQuotes().size());
        assertEquals("and 12 more", item.getMore());
        assertEquals("and 9 more in Jira", item.getMoreInJira());
        // everything listed fits: nothing more in Jira
        MapItemView three = only(live(map(section("PAINS", item("Three", 3, 0, 3))), EXTENDED));
        assertEquals("and 1 more", three.getMore());
        assertEquals(1, three.getMoreQuotes().size());
        assertEquals("", three.getMoreInJira());
    }

    @Test
    public void onPaperEveryListedQuoteIsWrittenOutTheRestCountedWithTheDateAndTimeOfReading() {
        EmpathyMapView view = paper(map(section("PAINS", item("Re-keys every bank statement line by hand", 14, 0, 10))));
        MapItemView item = only(view);
        assertEquals(10, item.getQuotes().size());
        assertFalse(item.isAnyMoreQuotes());
        assertEquals("", item.getMore());
        assertEquals("and 4 more in Jira", item.getMoreInJira());
        assertEquals("As of 1 Dec 2026, 18:57", view.getAsOf());
        assertEquals("14 pieces of evidence from 1 participant \u00b7 Fresh \u2014 latest 3 weeks ago (10 Nov 2026)", item.getRollup());
        // a live page says neither: its reader is looking at it now
        assertEquals("", live(map(section("PAINS", item("x", 1, 0, 1))), EXTENDED).getAsOf());
    }

    @Test
    public void theClassicLayoutIsTheFourQuadrants() {
        PersonaMapJson map = map(section("SAYS"), section("THINKS"), section("DOES"), section("FEELS"), section("PAINS"));
        EmpathyMapView classic = live(map, CLASSIC);
        assertTrue(classic.isClassic());
        assertEquals(4, classic.getSections().size());
        assertFalse(live(map, EXTENDED).isClassic());
    }

    @Test
    public void aSectionWhoseEvidenceTheReaderCannotSeeIsNotCalledEmpty() {
        PersonaMapJson.SectionJson hidden = section("GOALS");
        hidden.hiddenTotal = 2;
        assertEquals("All 2 pieces of evidence here are in Jira projects you can\u2019t see.",
                live(map(hidden), EXTENDED).getSections().get(0).getState());
        hidden.hiddenTotal = 1;
        assertEquals("The 1 piece of evidence here is in a Jira project you can\u2019t see.",
                live(map(hidden), EXTENDED).getSections().get(0).getState());
        hidden.hiddenTotal = 0;
        assertEquals("No evidence here yet.", live(map(hidden), EXTENDED).getSections().get(0).getState());
    }

    @Test
    public void eachBackedItemSaysItsConfidenceAndAnAssumptionSaysNone() {
        PersonaMapJson.ItemJson backed = item("Re-keys every bank statement line by hand", 3, 0, 2);
        backed.confidence = "VERY_LOW";
        assertEquals("Research confidence (GRADE-CERQual): very low", only(live(map(section("PAINS", backed)), EXTENDED)).getConfidence());
        assertEquals("an assumption has no grade to show", "", only(live(map(section("PAINS", item("Dreads month end", 0, 0, 0))), EXTENDED)).getConfidence());
    }

    private static PersonaMapJson.TrustJson trust(int fresh, int total, Integer percent, boolean partial) {
        PersonaMapJson.TrustJson t = new PersonaMapJson.TrustJson();
        t.fresh = fresh;
        t.total = total;
        t.percent = percent;
        t.partial = partial;
        return t;
    }

    @Test
    public void theHeaderSaysHowMuchOfTheEvidenceBehindOpenWorkIsFreshOverWhatTheReaderCanSee() {
        PersonaMapJson whole = map(section("PAINS"));
        whole.summary.trust = trust(9, 11, 81, false);
        assertEquals("81 % of the evidence behind open work is fresh (9 of 11 pieces linked to issues that are not done).",
                new EmpathyMapView(whole, EXTENDED, 2, true, null, 5, false, null, texts).getTrust());
        PersonaMapJson restricted = map(section("PAINS"));
        restricted.summary.trust = trust(1, 1, 100, true);
        assertEquals("100 % of the evidence you can see behind open work is fresh (1 of 1 piece linked to issues you can see that are not done)."
                + " Some of this persona\u2019s evidence or issues are hidden from you.",
                new EmpathyMapView(restricted, EXTENDED, 2, true, null, 5, false, null, texts).getTrust());
        // nothing behind open work, or an older Jira that sends no figure: nothing said
        PersonaMapJson none = map(section("PAINS"));
        none.summary.trust = trust(0, 0, null, false);
        assertEquals("", new EmpathyMapView(none, EXTENDED, 2, true, null, 5, false, null, texts).getTrust());
        assertEquals("", new EmpathyMapView(map(section("PAINS")), EXTENDED, 2, true, null, 5, false, null, texts).getTrust());
    }
}
