package com.empathyevidence.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import com.empathyevidence.app.EvidenceHealth;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.view.Texts;
import java.util.HashMap;
import java.util.Map;
import jakarta.inject.Inject;

/**
 * The web panel of Jira's project page {@code /projects/KEY?selectedItem=com.empathyevidence.evidence-health}, opened
 * from the project sidebar: reads the {@code project} Jira puts in the context and shows the first page (weakest
 * evidence first). Filters, sorting and paging are links the page's script answers from REST.
 */
public class EvidenceHealthContextProvider implements ContextProvider {

    private final EvidenceHealthContext page;
    private final Texts texts;
    private final HealthWebResources resources;

    @Inject
    public EvidenceHealthContextProvider(EvidenceHealthContext page, Texts texts, HealthWebResources resources) {
        this.page = page;
        this.texts = texts;
        this.resources = resources;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        result.put("healthHeading", texts.get("empathy.health.heading"));
        Object project = context.get("project");
        if (!(project instanceof Project)) {
            result.put("healthMessage", texts.get("empathy.health.noProject"));
            return result;
        }
        try {
            resources.require();
            result.putAll(page.contextFor(new EvidenceHealth.Query(((Project) project).getKey(), EvidenceHealth.Filter.ALL,
                    EvidenceHealth.Sort.STRENGTH, false, 0)));
        } catch (Problem problem) {
            result.put("healthMessage", texts.get(problem.messageKey(), problem.args()));
        } catch (RuntimeException hostFailure) {
            // Jira's search or database failed (IssueSearch.Refused and the like): the project page still renders, with words
            result.put("healthMessage", texts.get("empathy.health.unavailable"));
        }
        return result;
    }
}
