package com.empathyevidence.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.view.Texts;
import java.util.HashMap;
import java.util.Map;
import jakarta.inject.Inject;

/**
 * Feeds {@code templates/evidence-panel.vm} for the issue in the web panel's context, through
 * {@link EvidencePanelContext} (the same model the panel's refresh endpoint renders). Reads the store once for the
 * issue (no query per item, no outbound call).
 */
public class EvidencePanelContextProvider implements ContextProvider {

    private final EvidencePanelContext panel;
    private final Texts texts;

    @Inject
    public EvidencePanelContextProvider(EvidencePanelContext panel, Texts texts) {
        this.panel = panel;
        this.texts = texts;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        result.put("text", new com.empathyevidence.view.EvidencePanelTexts(texts));
        Object issue = context.get("issue");
        if (!(issue instanceof Issue)) {
            result.put("panelMessage", texts.get("empathy.panel.noIssue"));
            return result;
        }
        try {
            result.putAll(panel.contextFor(((Issue) issue).getKey()));
        } catch (Problem problem) {
            result.put("panelMessage", texts.get(problem.messageKey(), problem.args()));
        } catch (RuntimeException hostFailure) {
            // Jira's database or another host service failed (DataAccessException and the like): the issue page still
            // renders, and the panel says in words that its evidence cannot be shown now, with nothing half-drawn.
            result.put("panelMessage", texts.get(com.empathyevidence.app.DatabaseOutage.isOutage(hostFailure)
                    ? "empathy.panel.databaseUnavailable" : "empathy.panel.unavailable"));
        }
        return result;
    }
}
