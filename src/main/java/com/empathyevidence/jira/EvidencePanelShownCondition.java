package com.empathyevidence.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import com.empathyevidence.app.PanelSettingsService;
import com.empathyevidence.domain.PhaseInRule;
import java.util.Map;
import jakarta.inject.Inject;

/**
 * phasein (issue 16): the evidence panel's web-panel condition. Jira asks it with the view issue context
 * ({@code issue}); a project whose administrators hid the panel gets no panel at all. When the setting cannot be
 * read (Jira's database gone), the panel is shown, so that it can say so in its own words.
 */
public class EvidencePanelShownCondition implements Condition {

    private final PanelSettingsService settings;

    @Inject
    public EvidencePanelShownCondition(PanelSettingsService settings) {
        this.settings = settings;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        Object issue = context == null ? null : context.get("issue");
        if (!(issue instanceof Issue) || ((Issue) issue).getProjectObject() == null) {
            return true;
        }
        try {
            return PhaseInRule.panelShown(settings.settingOf(((Issue) issue).getProjectObject().getKey()));
        } catch (RuntimeException hostFailure) {
            return true;
        }
    }
}
