package com.empathyevidence.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import com.empathyevidence.app.IssueEvidenceService;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.rest.IssueEvidenceJson;
import com.empathyevidence.view.EvidencePanelView;
import com.empathyevidence.view.Texts;
import java.util.HashMap;
import java.util.Map;
import javax.inject.Inject;

/**
 * Feeds {@code templates/evidence-panel.vm} for the issue in the web panel's context. Reads the store once for the
 * issue (no query per item, no outbound call).
 */
public class EvidencePanelContextProvider implements ContextProvider {

    private final IssueEvidenceService service;
    private final Texts texts;

    @Inject
    public EvidencePanelContextProvider(IssueEvidenceService service, Texts texts) {
        this.service = service;
        this.texts = texts;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        result.put("text", texts);
        Object issue = context.get("issue");
        if (!(issue instanceof Issue)) {
            result.put("panelMessage", texts.get("empathy.panel.noIssue"));
            return result;
        }
        try {
            result.put("panel", new EvidencePanelView(IssueEvidenceJson.of(service.forIssue(((Issue) issue).getKey())), texts));
        } catch (Problem problem) {
            result.put("panelMessage", texts.get(problem.messageKey(), problem.args()));
        }
        return result;
    }
}
