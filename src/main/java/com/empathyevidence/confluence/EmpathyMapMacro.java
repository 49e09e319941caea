package com.empathyevidence.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.ConversionContextOutputType;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.empathyevidence.domain.FieldError;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.ProjectFilter;
import com.empathyevidence.domain.Section;
import com.empathyevidence.view.EmpathyMapTexts;
import com.empathyevidence.view.EmpathyMapView;
import com.empathyevidence.view.ViewRenderer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.inject.Inject;

/**
 * The {@code empathy-map} macro: a persona's map, read from Jira over the Application Link as the viewing user.
 * Parameters: {@code persona} (required key), {@code layout} = classic | extended (default extended),
 * {@code projects} (optional Jira project keys the evidence must come from), {@code quotesPerItem} (default 2),
 * {@code showCoverage} (default true).
 *
 * <p>When Jira cannot be reached, the viewer's last good map is shown from the host cache with the time it was
 * fetched. For PDF, Word, HTML export, email and feeds the output is static: no script, nothing collapsed.
 */
public class EmpathyMapMacro implements Macro {

    static final String TEMPLATE = "templates/empathy-map.vm";
    /** Items shown in a section before the rest collapse behind "Show n more items" (on screen only). */
    static final int ITEMS_SHOWN = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final JiraMapClient jira;
    private final LastGoodMaps lastGood;
    /** The last render per viewer and parameters, shown again on Jira's 304; null keeps none. */
    private final RenderedMaps rendered;
    private final ViewRenderer views;
    private final MapWebResources resources;
    private final com.empathyevidence.app.HostAccessMode accessMode;

    /**
     * As Confluence builds the macro module: its output needs the map's stylesheet, which it requires; in Confluence's
     * read-only mode it offers no write controls.
     */
    @Inject
    public EmpathyMapMacro(JiraMapClient jira, LastGoodMaps lastGood, RenderedMaps rendered, ViewRenderer views, MapWebResources resources,
                           com.empathyevidence.app.HostAccessMode accessMode) {
        this.jira = jira;
        this.lastGood = lastGood;
        this.rendered = rendered;
        this.views = views;
        this.resources = resources;
        this.accessMode = accessMode;
    }

    /**
     * For rendering the map again over REST, into a page that already has its stylesheet, in the host's access mode
     * (the render it keeps is the one the page's next view gets on a 304).
     */
    public EmpathyMapMacro(JiraMapClient jira, LastGoodMaps lastGood, RenderedMaps rendered, ViewRenderer views,
                           com.empathyevidence.app.HostAccessMode accessMode) {
        this(jira, lastGood, rendered, views, null, accessMode);
    }

    /**
     * For rendering the map again over REST ({@code MapActionsResource}), into a page that already has its stylesheet:
     * requires nothing, keeps no render.
     */
    public EmpathyMapMacro(JiraMapClient jira, LastGoodMaps lastGood, ViewRenderer views) {
        this(jira, lastGood, null, views, null, null);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        if (resources != null) {
            // No <context> brings the stylesheet: wherever the map renders, the macro asks for it.
            resources.requireMapResources();
        }
        return render(parameters, isStatic(context));
    }

    /**
     * The macro's output for these parameters: what {@link #execute} renders, and what the map's script fetches again
     * (for the page in a browser, never static) after a write, to swap in without reloading the page.
     */
    public String render(Map<String, String> parameters, boolean staticOutput) {
        Map<String, String> params = parameters == null ? Map.of() : parameters;
        Map<String, Object> model = new HashMap<>();
        model.put("staticOutput", staticOutput);
        model.put("text", new EmpathyMapTexts(views.texts()));
        String persona = params.get("persona") == null ? "" : params.get("persona").trim();
        if (persona.isEmpty()) {
            model.put("message", views.texts().get("empathy.map.error.noPersona"));
            return views.render(TEMPLATE, model);
        }
        ProjectFilter projects;
        try {
            projects = ProjectFilter.parse("projects", params.get("projects"));
        } catch (Problem problem) {
            FieldError error = problem.fieldErrors().get(0);
            model.put("message", views.texts().get("empathy.map.error.projectsParameter",
                    views.texts().get(error.messageKey(), error.args())));
            return views.render(TEMPLATE, model);
        }
        boolean readOnly = accessMode != null && accessMode.readOnly();
        // A live page's render is kept per viewer and parameters: when Jira says its map is still current, it is the page.
        boolean keep = rendered != null && !staticOutput;
        Optional<RenderedMaps.Kept> kept = keep ? rendered.kept(persona, projects, params, readOnly) : Optional.empty();
        try {
            JiraMapClient.FetchedMap fetched;
            if (kept.isPresent()) {
                JiraMapClient.Revalidated answer = jira.fetch(persona, projects, kept.get().etag(), validationProject(params));
                if (answer.notModified() && java.util.Objects.equals(answer.jiraBaseUrl(), kept.get().jiraBaseUrl())) {
                    Instant now = Instant.now();
                    long minute = RenderedMaps.minuteOf(now);
                    if (kept.get().confirmedMinute() != minute) {
                        // the copy for when Jira is down says "as of" to the minute: moved once a minute, not on every view
                        lastGood.confirm(persona, projects, kept.get().etag(), now);
                        rendered.confirmed(persona, projects, params, readOnly, kept.get(), minute);
                    }
                    return kept.get().html();
                }
                fetched = answer.notModified() ? current(persona, projects, validationProject(params)) : remembered(persona, projects, answer.fetched());
            } else {
                fetched = current(persona, projects, validationProject(params));
            }
            model.put("map", view(fetched.map(), fetched.jiraBaseUrl(), params, staticOutput, Instant.now()));
            retired(model, fetched.map());
            com.empathyevidence.view.MapValidationView validation = validation(params, fetched.map());
            if ((fetched.map().canEdit || validation != null) && !staticOutput) {
                if (readOnly) {
                    // Confluence is in read-only mode: no write controls, and one line saying why.
                    model.put("readOnlyNotice", views.texts().get(accessMode.messageKey()));
                } else {
                    // Write controls, and what the script needs to send the writes and fetch the map again.
                    model.put("editor", editor(persona, projects, params, fetched.map().asOf));
                    model.put("canChange", fetched.map().canEdit);
                    if (validation != null) {
                        model.put("validation", validation);
                    }
                }
            }
            String html = views.render(TEMPLATE, model);
            if (keep) {
                rendered.keep(persona, projects, params, readOnly, new RenderedMaps.Kept(fetched.etag(), fetched.jiraBaseUrl(), html));
            }
            return html;
        } catch (MapUnavailable unavailable) {
            if (keep) {
                rendered.forget(persona, projects, params, readOnly); // shown again only on a 304, which Jira did not give
            }
            if (unavailable.reason() == MapUnavailable.Reason.JIRA_UNREACHABLE) {
                Optional<LastGoodMaps.Entry> cached = lastGood.lastGood(persona, projects);
                if (cached.isPresent()) {
                    try {
                        model.put("map", view(jira.parse(cached.get().json()), cached.get().jiraBaseUrl(), params, staticOutput,
                                cached.get().fetchedAt()));
                        model.put("notice", views.texts().get("empathy.map.cached", asOf(cached.get().fetchedAt())));
                        retired(model, jira.parse(cached.get().json()));
                        return views.render(TEMPLATE, model);
                    } catch (MapUnavailable unreadable) {
                        // fall through to the plain message
                    }
                }
            } else {
                // Jira refused (or the persona is gone): never show an older answer for it again.
                lastGood.forget(persona, projects);
            }
            unavailable(model, unavailable, persona, projects);
            return views.render(TEMPLATE, model);
        }
    }

    /**
     * validation (issue 17): where this map's validation tasks go — the macro's {@code validationProject} and
     * {@code validationIssueType}, chosen once by the page's author — when both are set and Jira says the viewer may
     * create issues in that project; null otherwise (then no item offers one).
     */
    static com.empathyevidence.view.MapValidationView validation(Map<String, String> params, com.empathyevidence.rest.PersonaMapJson map) {
        String project = validationProject(params);
        String type = params.get(VALIDATION_ISSUE_TYPE) == null || params.get(VALIDATION_ISSUE_TYPE).isBlank() ? DEFAULT_ISSUE_TYPE
                : params.get(VALIDATION_ISSUE_TYPE).trim();
        if (project == null || type.isEmpty() || map.validation == null || !map.validation.canCreate
                || !project.equals(map.validation.project) || map.retired != null) {
            return null;
        }
        return new com.empathyevidence.view.MapValidationView(project, type);
    }

    /** The macro's validation project when it is a Jira project key; null otherwise (nothing is asked or offered). */
    static String validationProject(Map<String, String> params) {
        String project = params.get(VALIDATION_PROJECT) == null ? "" : params.get(VALIDATION_PROJECT).trim();
        return com.empathyevidence.domain.Limits.PROJECT_KEY.matcher(project).matches() ? project : null;
    }

    static final String VALIDATION_PROJECT = "validationProject";
    /** The macro's default issue type for validation tasks (atlassian-plugin.xml): Jira's standard "Task". */
    static final String DEFAULT_ISSUE_TYPE = "Task";
    static final String VALIDATION_ISSUE_TYPE = "validationIssueType";

    /** A retired persona's map says so in one line at the top, live and in every export (Jira sends no write rights). */
    private void retired(Map<String, Object> model, com.empathyevidence.rest.PersonaMapJson map) {
        if (map.retired == null) {
            return;
        }
        String on = "";
        try {
            on = map.retired.at == null ? "" : DAY.format(Instant.parse(map.retired.at).atZone(ZoneId.systemDefault()));
        } catch (java.time.DateTimeException unreadable) {
            on = "";
        }
        model.put("retiredNotice", views.texts().get("empathy.map.retired", on, map.retired.byName == null ? "" : map.retired.byName,
                map.retired.reason == null ? "" : map.retired.reason));
    }

    /**
     * The viewer's current map: the one kept in the host cache when Jira says its version is still current (304 to
     * {@code If-None-Match}; Jira checks the viewer's permissions for that answer too), otherwise the one Jira sends.
     */
    private JiraMapClient.FetchedMap current(String persona, ProjectFilter projects, String validationProject) throws MapUnavailable {
        Optional<LastGoodMaps.Entry> kept = lastGood.lastGood(persona, projects);
        String knownEtag = kept.map(LastGoodMaps.Entry::etag).orElse(null);
        JiraMapClient.Revalidated answer = jira.fetch(persona, projects, knownEtag, validationProject);
        if (answer.notModified()) {
            try {
                LastGoodMaps.Entry entry = kept.get();
                return new JiraMapClient.FetchedMap(jira.parse(entry.json()), entry.json(), entry.jiraBaseUrl(), entry.etag());
            } catch (MapUnavailable unreadable) {
                answer = jira.fetch(persona, projects, null, validationProject); // the kept copy cannot be read: ask for the map itself
            }
        }
        return remembered(persona, projects, answer.fetched());
    }

    /** The map Jira just sent, kept for the viewer (to revalidate, and for when Jira is down). */
    private JiraMapClient.FetchedMap remembered(String persona, ProjectFilter projects, JiraMapClient.FetchedMap fetched) {
        lastGood.remember(persona, projects, fetched.json(), fetched.jiraBaseUrl(), Instant.now(), fetched.etag());
        return fetched;
    }

    private void unavailable(Map<String, Object> model, MapUnavailable unavailable, String persona, ProjectFilter projects) {
        String key = "empathy.map.error." + unavailable.reason().name().toLowerCase(Locale.ROOT);
        String projectList = projects.isAll() ? "" : String.join(", ", projects.keys());
        String named = unavailable.reason() == MapUnavailable.Reason.NO_ACCESS ? personaName(persona) : persona;
        model.put("message", views.texts().get(key, named, projectList));
        if (unavailable.authorisationUri() != null) {
            model.put("authorisationUri", unavailable.authorisationUri());
        }
        if (unavailable.reason() == MapUnavailable.Reason.PERSONA_NOT_FOUND) {
            List<String> choices = new ArrayList<>();
            for (JiraMapClient.PersonaName p : jira.personas()) {
                choices.add(views.texts().get("empathy.map.personaChoice", p.name(), p.key()));
            }
            if (!choices.isEmpty()) {
                model.put("personaChoices", choices);
            }
        }
    }

    /**
     * The persona's name as Jira lists it, for a message about it ("Carmen, the credit controller"); the key when Jira
     * does not list it. One request, only on the "no access" path, where the map (and its name) never came.
     */
    private String personaName(String persona) {
        for (JiraMapClient.PersonaName p : jira.personas()) {
            if (p.key().equalsIgnoreCase(persona) && p.name() != null && !p.name().isBlank()) {
                return p.name();
            }
        }
        return persona;
    }

    private EmpathyMapView view(com.empathyevidence.rest.PersonaMapJson map, String jiraBaseUrl, Map<String, String> params,
                                boolean staticOutput, Instant readAt) {
        return new EmpathyMapView(map, sections(params.get("layout")), quotesPerItem(params.get("quotesPerItem")),
                !"false".equalsIgnoreCase(params.get("showCoverage")), jiraBaseUrl,
                staticOutput ? Integer.MAX_VALUE : ITEMS_SHOWN, staticOutput, asOf(readAt), views.texts().forOneView());
    }

    private com.empathyevidence.view.MapEditorView editor(String persona, ProjectFilter projects, Map<String, String> params, String today) {
        return new com.empathyevidence.view.MapEditorView(persona, projects.isAll() ? "" : projects.canonical(),
                params.get("layout") == null ? "" : params.get("layout"),
                String.valueOf(quotesPerItem(params.get("quotesPerItem"))),
                String.valueOf(!"false".equalsIgnoreCase(params.get("showCoverage"))), today, views.texts());
    }

    /** "1 Dec 2026, 18:57": date and time, in the server's time zone (a copy read today is still from some day). */
    static String asOf(Instant fetchedAt) {
        ZonedDateTime at = fetchedAt.atZone(ZoneId.systemDefault());
        return DAY_AND_TIME.format(at);
    }

    /**
     * True for every output that is not a live page in a browser (PDF, Word, HTML export, email, feed, diff): there
     * the map is static HTML with nothing collapsed and no script.
     */
    static boolean isStatic(ConversionContext context) {
        if (context == null) {
            return false;
        }
        String type = context.getOutputType();
        return context.isDiffOrEmail()
                || !(ConversionContextOutputType.DISPLAY.value().equals(type) || ConversionContextOutputType.PREVIEW.value().equals(type));
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
