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
}
