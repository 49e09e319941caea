package com.empathyevidence.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.empathyevidence.domain.Section;
import com.empathyevidence.view.EmpathyMapView;
import com.empathyevidence.view.ViewRenderer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;

/**
 * The {@code empathy-map} macro: a persona's map, read from Jira over the Application Link as the viewing user.
 * Parameters: {@code persona} (required key), {@code layout} = classic | extended (default extended),
 * {@code quotesPerItem} (default 2), {@code showCoverage} (default true).
 */
public class EmpathyMapMacro implements Macro {

    static final String TEMPLATE = "templates/empathy-map.vm";

    private final JiraMapClient jira;
    private final ViewRenderer views;

    @Inject
    public EmpathyMapMacro(JiraMapClient jira, ViewRenderer views) {
        this.jira = jira;
        this.views = views;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        Map<String, Object> model = new HashMap<>();
        String persona = parameters == null ? null : parameters.get("persona");
        if (persona == null || persona.isBlank()) {
            model.put("message", views.texts().get("empathy.map.error.noPersona"));
            return views.render(TEMPLATE, model);
        }
        try {
            JiraMapClient.FetchedMap fetched = jira.fetch(persona.trim());
            model.put("map", new EmpathyMapView(fetched.map(), sections(parameters.get("layout")),
                    quotesPerItem(parameters.get("quotesPerItem")), !"false".equalsIgnoreCase(parameters.get("showCoverage")),
                    fetched.jiraBaseUrl(), views.texts()));
        } catch (MapUnavailable unavailable) {
            String key = "empathy.map.error." + unavailable.reason().name().toLowerCase(Locale.ROOT);
            model.put("message", views.texts().get(key, persona.trim()));
            if (unavailable.authorisationUri() != null) {
                model.put("authorisationUri", unavailable.authorisationUri());
            }
        }
        return views.render(TEMPLATE, model);
    }

    /** Quotes shown under each map item: 0 to 10, default 2. */
    static int quotesPerItem(String value) {
        try {
            return value == null || value.isBlank() ? 2 : Math.max(0, Math.min(10, Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            return 2;
        }
    }

    static Set<String> sections(String layout) {
        Set<String> shown = new LinkedHashSet<>();
        boolean classic = "classic".equalsIgnoreCase(layout == null ? "" : layout.trim());
        for (Section s : Section.values()) {
            if (!classic || Section.CLASSIC.contains(s)) {
                shown.add(s.name());
            }
        }
        return shown;
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
