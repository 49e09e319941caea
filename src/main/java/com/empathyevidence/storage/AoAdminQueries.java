package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.app.AdminStore;
import com.empathyevidence.domain.EvidenceStatus;
import com.empathyevidence.domain.Participant;
import com.empathyevidence.domain.SourceKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jakarta.inject.Inject;
import net.java.ao.Query;

/** The configuration page's queries over the shared entities: counts and pages, a fixed number of queries each. */
@JiraComponent
public class AoAdminQueries implements AdminStore {

    /** The action {@link AoEvidenceStore} audits an erasure with. */
    static final String ERASE_ACTION = "ERASE_PARTICIPANT";

    private final ActiveObjects ao;

    @Inject
    public AoAdminQueries(@JiraImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public long countObserved(SourceKind kind, String projectKey, Set<String> exceptProjects, LocalDate from, LocalDate until) {
        StringBuilder where = new StringBuilder("STATUS = ? AND SOURCE_KIND = ? AND OBSERVED_ON >= ? AND OBSERVED_ON < ?");
        List<Object> params = new ArrayList<>(List.of(EvidenceStatus.ACTIVE.name(), kind.name(), from.toString(), until.toString()));
        if (projectKey != null) {
            where.append(" AND PROJECT_KEY = ?");
            params.add(projectKey);
        } else if (!exceptProjects.isEmpty()) {
            where.append(" AND (PROJECT_KEY IS NULL OR PROJECT_KEY NOT IN (").append("?,".repeat(exceptProjects.size() - 1)).append("?))");
            params.addAll(exceptProjects);
        }
        return ao.count(EvidenceEntity.class, Query.select().where(where.toString(), params.toArray()));
    }

    @Override
    public ParticipantPage participants(String q, int start, int limit) {
        Query count;
        Query page;
        if (q == null || q.isBlank()) {
            count = Query.select();
            page = Query.select();
        } else {
            String like = "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            String clause = "LOWER(ALIAS) LIKE ? ESCAPE '\\' OR LOWER(SEGMENT) LIKE ? ESCAPE '\\' OR LOWER(ROLE) LIKE ? ESCAPE '\\'";
            count = Query.select().where(clause, like, like, like);
            page = Query.select().where(clause, like, like, like);
        }
        int total = ao.count(ParticipantEntity.class, count);
        List<Participant> rows = new ArrayList<>();
        for (ParticipantEntity p : ao.find(ParticipantEntity.class, page.order("ALIAS, ID").offset(start).limit(limit))) {
            rows.add(new Participant(p.getID(), p.getAlias(), p.getSegment(), p.getRole(), p.isConsent(), p.isErased(), p.getVersion()));
        }
        return new ParticipantPage(rows, total);
    }

    @Override
    public List<Erasure> erasures(int limit) {
        List<Erasure> result = new ArrayList<>();
        for (AuditEntity a : ao.find(AuditEntity.class, Query.select().where("ACTION = ?", ERASE_ACTION).order("ID DESC").limit(limit))) {
            result.add(new Erasure(a.getActor(), a.getAt()));
        }
        return result;
    }
}
