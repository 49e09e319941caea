package com.empathyevidence.view;

import com.empathyevidence.app.LibraryFilters;
import com.empathyevidence.app.LibraryService;
import com.empathyevidence.domain.FieldError;
import com.empathyevidence.domain.Freshness;
import com.empathyevidence.domain.Persona;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.SourceKind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evidence library page (Jira): the filters as typed, one page of rows, paging links that keep the filters, and
 * the texts of the page's script. Built from one request's data; every text from the i18n bundle.
 */
public final class LibraryView {

    private final LibraryFilters filters;
    private final List<LibraryRowView> rows = new ArrayList<>();
    private final String summary;
    private final String previousHref;
    private final String nextHref;
    private final List<OptionView> personas = new ArrayList<>();
    private final List<OptionView> sections = new ArrayList<>();
    private final List<OptionView> sourceKinds = new ArrayList<>();
    private final List<OptionView> kinds = new ArrayList<>();
    private final List<OptionView> freshnesses = new ArrayList<>();
    private final List<OptionView> projects = new ArrayList<>();
    private final List<OptionView> statuses = new ArrayList<>();
    private final List<OptionView> sorts = new ArrayList<>();
    private final List<OptionView> relations = new ArrayList<>();
    private final List<LabelView> errors = new ArrayList<>();
    private final String clientTexts;

    private LibraryView(LibraryFilters filters, LibraryService.Page page, List<FieldError> fieldErrors, List<Persona> personaList,
                        List<String> projectKeys, Texts texts) {
        this.filters = filters;
        for (FieldError e : fieldErrors) {
            errors.add(new LabelView(e.field(), texts.get(e.messageKey(), e.args())));
        }
        if (page != null) {
            page.rows().forEach(r -> rows.add(new LibraryRowView(r, texts)));
            int from = page.total() == 0 ? 0 : page.offset() + 1;
            int to = page.offset() + page.rows().size();
            summary = page.totalCapped()
                    ? texts.get("empathy.library.summaryMore", page.total(), page.rows().isEmpty() ? 0 : from, to)
                    : texts.get("empathy.library.summary", page.total(), from, to);
            previousHref = page.offset() > 0 ? href(Math.max(0, page.offset() - page.limit())) : null;
            nextHref = page.hasNext() ? href(page.offset() + page.limit()) : null;
        } else {
            summary = "";
            previousHref = null;
            nextHref = null;
        }
        personas.add(new OptionView("", texts.get("empathy.library.any"), false));
        for (Persona p : personaList) {
            personas.add(new OptionView(p.key(), p.name(), p.key().equals(filters.persona())));
        }
        sections.add(new OptionView("", texts.get("empathy.library.any"), false));
        for (Section s : Section.values()) {
            sections.add(new OptionView(s.name(), texts.get("empathy.section." + s.name().toLowerCase(Locale.ROOT)), s.name().equalsIgnoreCase(trim(filters.section()))));
        }
        sourceKinds.add(new OptionView("", texts.get("empathy.library.any"), false));
        for (SourceKind k : SourceKind.values()) {
            sourceKinds.add(new OptionView(k.name(), texts.get("empathy.sourceKind." + k.name().toLowerCase(Locale.ROOT)),
                    k.name().equalsIgnoreCase(trim(filters.sourceKind()))));
        }
        kinds.add(new OptionView("", texts.get("empathy.library.any"), false));
        for (com.empathyevidence.domain.EvidenceKind k : com.empathyevidence.domain.EvidenceKind.values()) {
            kinds.add(new OptionView(k.name(), texts.get("empathy.library.kind." + k.name().toLowerCase(Locale.ROOT)),
                    k.name().equalsIgnoreCase(trim(filters.kind()))));
        }
        freshnesses.add(new OptionView("", texts.get("empathy.library.any"), false));
        for (Freshness f : Freshness.values()) {
            freshnesses.add(new OptionView(f.name(), texts.get("empathy.freshness." + f.name().toLowerCase(Locale.ROOT)),
                    f.name().equalsIgnoreCase(trim(filters.freshness()))));
        }
        projects.add(new OptionView("", texts.get("empathy.library.any"), false));
        for (String key : projectKeys) {
            projects.add(new OptionView(key, key, key.equalsIgnoreCase(trim(filters.project()))));
        }
        for (String st : List.of("ACTIVE", "RETIRED", "ALL")) {
            statuses.add(new OptionView(st, texts.get("empathy.library.status." + st.toLowerCase(Locale.ROOT)),
                    st.equalsIgnoreCase(trim(filters.status()) == null ? "ACTIVE" : trim(filters.status()))));
        }
        for (String so : List.of("observed-desc", "observed-asc", "created-desc", "created-asc")) {
            sorts.add(new OptionView(so, texts.get("empathy.library.sort." + so), so.equalsIgnoreCase(trim(filters.sort()) == null ? "observed-desc" : trim(filters.sort()))));
        }
        for (Relation r : Relation.values()) {
            relations.add(new OptionView(r.name(), texts.get("empathy.relation." + r.name().toLowerCase(Locale.ROOT)), r == Relation.SUPPORTS));
        }
        this.clientTexts = LibraryClientTexts.json(texts);
    }

    /** The page for these filters: {@code page} null when the filters have errors (then the rows are not shown). */
    public static LibraryView of(LibraryFilters filters, LibraryService.Page page, List<FieldError> errors, List<Persona> personas,
                                 List<String> projects, Texts texts) {
        return new LibraryView(filters, page, errors, personas, projects, texts);
    }

    private String href(int start) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", filters.q());
        params.put("persona", filters.persona());
        params.put("section", filters.section());
        params.put("sourceKind", filters.sourceKind());
        params.put("kind", filters.kind());
        params.put("freshness", filters.freshness());
        params.put("project", filters.project());
        params.put("participant", filters.participant());
        params.put("observedFrom", filters.observedFrom());
        params.put("observedTo", filters.observedTo());
        params.put("status", filters.status());
        params.put("sort", filters.sort());
        params.put("limit", filters.limit());
        StringBuilder s = new StringBuilder("?");
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                s.append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).append('&');
            }
        }
        return s.append("start=").append(start).toString();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }

    public List<LibraryRowView> getRows() {
        return rows;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public String getSummary() {
        return summary;
    }

    public String getPreviousHref() {
        return previousHref;
    }

    public String getNextHref() {
        return nextHref;
    }

    public List<LabelView> getErrors() {
        return errors;
    }

    public boolean isAnyError() {
        return !errors.isEmpty();
    }

    public String getQ() {
        return value(filters.q());
    }

    public String getParticipant() {
        return value(filters.participant());
    }

    public String getObservedFrom() {
        return value(filters.observedFrom());
    }

    public String getObservedTo() {
        return value(filters.observedTo());
    }

    public List<OptionView> getPersonas() {
        return personas;
    }

    public List<OptionView> getSections() {
        return sections;
    }

    public List<OptionView> getSourceKinds() {
        return sourceKinds;
    }

    /** The kind filter's options: any, quote, observation. */
    public List<OptionView> getKinds() {
        return kinds;
    }

    public List<OptionView> getFreshnesses() {
        return freshnesses;
    }

    public List<OptionView> getProjects() {
        return projects;
    }

    public List<OptionView> getStatuses() {
        return statuses;
    }

    public List<OptionView> getSorts() {
        return sorts;
    }

    public List<OptionView> getRelations() {
        return relations;
    }

    public String getClientTexts() {
        return clientTexts;
    }
}
