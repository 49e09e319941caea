package com.empathyevidence.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** phasein (issue 16): the phase-in rules, with worked examples (README, "Warnings a team can phase in"). */
public class PhaseInRuleTest {

    @Test
    public void aProjectWithEvidenceStartsOnAndOneWithoutInPreview() {
        assertEquals(WarningsMode.ON, PhaseInRule.defaultMode(true));
        assertEquals(WarningsMode.PREVIEW, PhaseInRule.defaultMode(false));
        PanelSetting initial = PhaseInRule.defaultSetting("NEW", false);
        assertEquals(new PanelSetting("NEW", WarningsMode.PREVIEW, false, null), initial);
        assertTrue("a new project's panel is shown", PhaseInRule.panelShown(initial));
    }

    @Test
    public void whoSeesTheWarningsInEachMode() {
        assertEquals(PhaseInRule.Shown.WARNINGS, PhaseInRule.shown(WarningsMode.ON, false));
        assertEquals(PhaseInRule.Shown.WARNINGS, PhaseInRule.shown(WarningsMode.ON, true));
        assertEquals(PhaseInRule.Shown.NONE, PhaseInRule.shown(WarningsMode.PREVIEW, false));
        assertEquals(PhaseInRule.Shown.WARNINGS_IN_PREVIEW, PhaseInRule.shown(WarningsMode.PREVIEW, true));
        assertEquals(PhaseInRule.Shown.NONE, PhaseInRule.shown(WarningsMode.OFF, false));
        assertEquals("off is off for administrators too", PhaseInRule.Shown.NONE, PhaseInRule.shown(WarningsMode.OFF, true));
    }

    @Test
    public void aHiddenPanelIsNotShownWhateverTheMode() {
        assertFalse(PhaseInRule.panelShown(new PanelSetting("P", WarningsMode.ON, true, "admin")));
        assertTrue(PhaseInRule.panelShown(new PanelSetting("P", WarningsMode.OFF, false, "admin")));
    }

    @Test
    public void projectAndSystemAdministratorsMayChangeItNobodyElse() {
        assertTrue(PhaseInRule.mayChange(true, false));
        assertTrue(PhaseInRule.mayChange(false, true));
        assertFalse(PhaseInRule.mayChange(false, false));
    }

    @Test
    public void modesAreReadInAnyCaseAndNothingElse() {
        assertEquals(WarningsMode.PREVIEW, WarningsMode.parse(" preview ").orElseThrow());
        assertTrue(WarningsMode.parse("sometimes").isEmpty());
        assertTrue(WarningsMode.parse(null).isEmpty());
    }
}
