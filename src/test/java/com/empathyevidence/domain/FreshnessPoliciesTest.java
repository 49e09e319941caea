package com.empathyevidence.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The shelf lives in force: defaults, a global override, per-project overrides, and the admin's input range. */
public class FreshnessPoliciesTest {

    @Test
    public void defaultsAreTheBriefsShelfLives() {
        FreshnessPolicies defaults = FreshnessPolicies.defaults();
        FreshnessPolicy p = defaults.forProject(null);
        assertEquals(120, p.shelfLifeDays(SourceKind.USABILITY_TEST));
        assertEquals(90, p.shelfLifeDays(SourceKind.USAGE_ANALYTICS));
        assertEquals(180, p.shelfLifeDays(SourceKind.SUPPORT_TICKET));
        assertEquals(180, p.shelfLifeDays(SourceKind.SALES_CALL));
        assertEquals(365, p.shelfLifeDays(SourceKind.INTERVIEW));
        assertEquals(365, p.shelfLifeDays(SourceKind.SURVEY));
        assertEquals(365, p.shelfLifeDays(SourceKind.CHURN_INTERVIEW));
        assertEquals(270, p.shelfLifeDays(SourceKind.FIELD_OBSERVATION));
        assertEquals(180, p.shelfLifeDays(SourceKind.OTHER));
        assertEquals(FreshnessPolicy.defaults(), p);
        assertEquals(FreshnessPolicy.defaults(), defaults.forProject("DEMO"));
        assertTrue(defaults.globalOverrides().isEmpty());
        assertTrue(defaults.projectOverrides("DEMO").isEmpty());
    }

    @Test
    public void globalOverrideAppliesEverywhere() {
        FreshnessPolicies policies = new FreshnessPolicies(Map.of(SourceKind.INTERVIEW, 200), Map.of());
        assertEquals(200, policies.forProject(null).shelfLifeDays(SourceKind.INTERVIEW));
        assertEquals(200, policies.forProject("DEMO").shelfLifeDays(SourceKind.INTERVIEW));
        assertEquals("other kinds keep their default", 120, policies.forProject(null).shelfLifeDays(SourceKind.USABILITY_TEST));
        assertEquals(Map.of(SourceKind.INTERVIEW, 200), policies.globalOverrides());
    }

    @Test
    public void projectOverrideAppliesToThatProjectAndKindOnly() {
        FreshnessPolicies policies = new FreshnessPolicies(Map.of(SourceKind.INTERVIEW, 200),
                Map.of("DEMO", Map.of(SourceKind.INTERVIEW, 100, SourceKind.USABILITY_TEST, 60)));
        FreshnessPolicy demo = policies.forProject("DEMO");
        assertEquals("project beats global", 100, demo.shelfLifeDays(SourceKind.INTERVIEW));
        assertEquals("project beats default", 60, demo.shelfLifeDays(SourceKind.USABILITY_TEST));
        assertEquals("other kinds untouched", 365, demo.shelfLifeDays(SourceKind.SURVEY));

        FreshnessPolicy bill = policies.forProject("BILL");
        assertEquals("another project gets the global value", 200, bill.shelfLifeDays(SourceKind.INTERVIEW));
        assertEquals(120, bill.shelfLifeDays(SourceKind.USABILITY_TEST));
        assertEquals(200, policies.forProject(null).shelfLifeDays(SourceKind.INTERVIEW));

        assertEquals(Map.of(SourceKind.INTERVIEW, 100, SourceKind.USABILITY_TEST, 60), policies.projectOverrides("DEMO"));
        assertTrue(policies.projectOverrides("BILL").isEmpty());
    }

    @Test
    public void projectOverrideChangesFreshness() {
        FreshnessPolicies policies = new FreshnessPolicies(Map.of(),
                Map.of("DEMO", Map.of(SourceKind.INTERVIEW, 100)));
        Evidence demo = Fixtures.piece().project("DEMO").daysAgo(101).build();
        // DEMO: 101 > 100 → STALE; elsewhere 101 < 273.75 → FRESH
        assertEquals(Freshness.STALE, demo.freshness(policies.forProject("DEMO"), Fixtures.TODAY).freshness());
        assertEquals(Freshness.FRESH, demo.freshness(policies.forProject("BILL"), Fixtures.TODAY).freshness());
    }

    @Test
    public void policiesAreCopiedOnConstruction() {
        Map<SourceKind, Integer> global = new EnumMap<>(SourceKind.class);
        global.put(SourceKind.SURVEY, 30);
        Map<String, Map<SourceKind, Integer>> perProject = new HashMap<>();
        perProject.put("DEMO", new HashMap<>(Map.of(SourceKind.SURVEY, 20)));
        FreshnessPolicies policies = new FreshnessPolicies(global, perProject);
        global.put(SourceKind.SURVEY, 999);
        perProject.get("DEMO").put(SourceKind.SURVEY, 999);
        perProject.put("BILL", Map.of(SourceKind.SURVEY, 999));
        assertEquals(30, policies.forProject(null).shelfLifeDays(SourceKind.SURVEY));
        assertEquals(20, policies.forProject("DEMO").shelfLifeDays(SourceKind.SURVEY));
        assertEquals(30, policies.forProject("BILL").shelfLifeDays(SourceKind.SURVEY));
        assertThrows(UnsupportedOperationException.class, () -> policies.globalOverrides().put(SourceKind.OTHER, 1));
    }

    @Test
    public void shelfLifeRangeIsSevenToThreeThousandSixHundredFifty() {
        FreshnessPolicies.validateShelfLife("INTERVIEW", 7);
        FreshnessPolicies.validateShelfLife("INTERVIEW", 365);
        FreshnessPolicies.validateShelfLife("INTERVIEW", 3650);
        assertEquals(List.of(new FieldError("INTERVIEW", "empathy.validation.range", 7, 3650)),
                ValidationTest.errors(() -> FreshnessPolicies.validateShelfLife("INTERVIEW", 6)));
        assertEquals(List.of(new FieldError("shelfLife.SURVEY", "empathy.validation.range", 7, 3650)),
                ValidationTest.errors(() -> FreshnessPolicies.validateShelfLife("shelfLife.SURVEY", 3651)));
        assertEquals(List.of(new FieldError("days", "empathy.validation.range", 7, 3650)),
                ValidationTest.errors(() -> FreshnessPolicies.validateShelfLife("days", 0)));
        assertEquals(List.of(new FieldError("days", "empathy.validation.required")),
                ValidationTest.errors(() -> FreshnessPolicies.validateShelfLife("days", null)));
    }

    @Test
    public void theAgingThresholdIsTheProjectsThenTheGlobalOneThenSeventyFivePercent() {
        assertEquals(75, FreshnessPolicies.defaults().forProject("DEMO").agingFromPercent());
        FreshnessPolicies policies = new FreshnessPolicies(Map.of(SourceKind.INTERVIEW, 200), Map.of(), 60, Map.of("DEMO", 90));
        assertEquals("project beats global", 90, policies.forProject("DEMO").agingFromPercent());
        assertEquals("global beats default", 60, policies.forProject("BILL").agingFromPercent());
        assertEquals(60, policies.forProject(null).agingFromPercent());
        // worked example: DEMO's interviews are aging from day 180 (90 % of 200), BILL's from day 120 (60 % of 200)
        assertEquals(180, policies.forProject("DEMO").agingFromDays(SourceKind.INTERVIEW));
        assertEquals(120, policies.forProject("BILL").agingFromDays(SourceKind.INTERVIEW));
        assertEquals(Integer.valueOf(90), policies.agingOverride("DEMO"));
        assertEquals(null, policies.agingOverride("BILL"));
        assertEquals(Integer.valueOf(60), policies.agingOverride(null));
        assertTrue("a project with only an aging threshold has a policy of its own", policies.projectsWithOverrides().contains("DEMO"));
    }

    @Test
    public void agingFromDaysRoundsUpTheShareOfTheShelfLife() {
        FreshnessPolicy p = FreshnessPolicy.defaults();
        assertEquals("273.75 rounded up", 274, p.agingFromDays(SourceKind.INTERVIEW));
        assertEquals("182.5 rounded up", 183, p.withAgingFromPercent(50).agingFromDays(SourceKind.INTERVIEW));
        assertEquals("exactly 219", 219, p.withAgingFromPercent(60).agingFromDays(SourceKind.INTERVIEW));
        assertEquals("75 % of 120", 90, p.agingFromDays(SourceKind.USABILITY_TEST));
        assertThrows(IllegalArgumentException.class, () -> p.withAgingFromPercent(49));
        assertThrows(IllegalArgumentException.class, () -> p.withAgingFromPercent(96));
    }

    @Test
    public void changedPutsInForceWhatSavingWouldWithoutStoringIt() {
        FreshnessPolicies policies = new FreshnessPolicies(Map.of(SourceKind.INTERVIEW, 200), Map.of("DEMO", Map.of(SourceKind.SURVEY, 100)),
                60, Map.of("DEMO", 90));
        FreshnessPolicies cleared = policies.changed("DEMO", singleNull(SourceKind.SURVEY), new FreshnessPolicies.AgingChange(null));
        assertEquals("back to the global threshold", 60, cleared.forProject("DEMO").agingFromPercent());
        assertEquals("back to the default survey shelf life", 365, cleared.forProject("DEMO").shelfLifeDays(SourceKind.SURVEY));
        assertTrue(cleared.projectsWithOverrides().isEmpty());
        FreshnessPolicies global = policies.changed(null, Map.of(), new FreshnessPolicies.AgingChange(null));
        assertEquals("the global one back to 75", 75, global.forProject("BILL").agingFromPercent());
        assertEquals("DEMO keeps its own", 90, global.forProject("DEMO").agingFromPercent());
        assertEquals("shelf lives untouched", 200, global.forProject("BILL").shelfLifeDays(SourceKind.INTERVIEW));
        assertEquals("nothing stored: the original is as it was", 60, policies.forProject("BILL").agingFromPercent());
        assertEquals("no aging change: threshold kept", 90, policies.changed("DEMO", Map.of(SourceKind.INTERVIEW, 30), null)
                .forProject("DEMO").agingFromPercent());
    }

    @Test
    public void theAgingThresholdMayBeFromFiftyToNinetyFivePercentOrEmpty() {
        FreshnessPolicies.validateAging("agingFromPercent", 50);
        FreshnessPolicies.validateAging("agingFromPercent", 95);
        FreshnessPolicies.validateAging("agingFromPercent", null);
        for (int bad : new int[] {49, 96, 0, 100}) {
            Problem p = assertThrows(Problem.class, () -> FreshnessPolicies.validateAging("agingFromPercent", bad));
            assertEquals("agingFromPercent", p.fieldErrors().get(0).field());
            assertEquals("empathy.validation.agingPercent", p.fieldErrors().get(0).messageKey());
        }
    }

    private static Map<SourceKind, Integer> singleNull(SourceKind kind) {
        Map<SourceKind, Integer> m = new EnumMap<>(SourceKind.class);
        m.put(kind, null);
        return m;
    }
}
