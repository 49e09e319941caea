package com.empathyevidence.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.empathyevidence.app.MapVersions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import jakarta.inject.Inject;
import net.java.ao.Query;

/**
 * {@link MapVersions} over Active Objects: one statement of aggregates (counts, sums of ids and row versions, per
 * table the map reads) and one for the distinct linked issues, plus one read of those issues' keys per 500 issues.
 * Nothing is loaded per piece of evidence. The statements name the tables as the hosts create them ({@code AO_} plus
 * the last six hex digits of the MD5 of the {@code <ao>} namespace) and quote every identifier, which H2 and
 * PostgreSQL both read.
 *
 * <p>Sums are taken modulo 20,000,000 so that each fits an integer key: a fingerprint, not a proof. Two different
 * states with the same counts and the same sums of ids, row versions, relation lengths and shelf lives would share
 * one; any single write changes at least one of them.
 */
@JiraComponent
public class AoMapVersions implements MapVersions {

    /** The namespace of the plugin's {@code <ao>} module in atlassian-plugin.xml. */
    static final String NAMESPACE = "com.empathyevidence.evidence";
    private static final int MODULUS = 20_000_000;
    private static final int IN_CHUNK = 500;

    private final ActiveObjects ao;
    private final String aggregates;
    private final String linkedIssues;

    @Inject
    public AoMapVersions(@JiraImport ActiveObjects ao) {
        this.ao = ao;
        String prefix = tablePrefix(NAMESPACE);
        String e = q(prefix + "EVIDENCE");
        String i = q(prefix + "MAP_ITEM");
        String b = q(prefix + "BACKING");
        String l = q(prefix + "ISSUE_LINK");
        String r = q(prefix + "RECONFIRMATION");
        String s = q(prefix + "SHELF_LIFE");
        String p = q(prefix + "PARTICIPANT");
        String ofPersona = " WHERE e.\"PERSONA_KEY\" = ?";
        String evidence = " FROM " + e + " e" + ofPersona;
        String backing = " FROM " + b + " b JOIN " + i + " i ON b.\"MAP_ITEM_ID\" = i.\"ID\" WHERE i.\"PERSONA_KEY\" = ?";
        String evidenceLinks = " FROM " + l + " l JOIN " + e + " e ON l.\"TARGET_ID\" = e.\"ID\" AND l.\"TARGET_TYPE\" = 'EVIDENCE'" + ofPersona;
        String itemLinks = " FROM " + l + " l JOIN " + i + " i ON l.\"TARGET_ID\" = i.\"ID\" AND l.\"TARGET_TYPE\" = 'MAP_ITEM' WHERE i.\"PERSONA_KEY\" = ?";
        String reconfirmations = " FROM " + r + " r JOIN " + e + " e ON r.\"EVIDENCE_ID\" = e.\"ID\"" + ofPersona;
        String participants = " FROM " + p + " p";
        String policy = " FROM " + s + " s";
        List<String> parts = new ArrayList<>();
        int k = 0;
        for (String[] part : new String[][] {
                {"COUNT(*)", evidence},
                {"SUM(e.\"VERSION\")", evidence},
                {"SUM(e.\"ID\")", evidence},
                {"COUNT(*)", backing},
                {"SUM(b.\"ID\")", backing},
                {"COUNT(*)", evidenceLinks},
                {"SUM(l.\"ID\")", evidenceLinks},
                {"SUM(LENGTH(l.\"RELATION\") * l.\"ID\")", evidenceLinks},
                {"COUNT(*)", itemLinks},
                {"SUM(l.\"ID\")", itemLinks},
                {"SUM(LENGTH(l.\"RELATION\") * l.\"ID\")", itemLinks},
                {"COUNT(*)", reconfirmations},
                {"SUM(r.\"ID\")", reconfirmations},
                {"COUNT(*)", participants},
                {"SUM(p.\"VERSION\" * p.\"ID\")", participants},
                {"SUM(CASE WHEN p.\"ERASED\" THEN p.\"ID\" ELSE 0 END)", participants},
                {"COUNT(*)", policy},
                {"SUM(s.\"ID\" * (COALESCE(s.\"DAYS\", -1) + 2))", policy},
        }) {
            k++;
            parts.add("SELECT " + k + " AS \"K\", CAST(MOD(COALESCE(" + part[0] + ", 0), " + MODULUS + ") AS INTEGER) AS \"V\"" + part[1]);
        }
        // each value comes back as the "ID" of a row (the only column Active Objects reads from raw SQL), tagged with its
        // number in the last two digits, so equal values stay distinct rows and the order of the rows does not matter
        this.aggregates = "SELECT x.\"V\" * 100 + x.\"K\" AS \"ID\" FROM (" + String.join(" UNION ALL ", parts) + ") x";
        this.linkedIssues = "SELECT MIN(l.\"ID\") AS \"ID\"" + evidenceLinks + " GROUP BY l.\"ISSUE_KEY\""
                + " UNION SELECT MIN(l.\"ID\") AS \"ID\"" + itemLinks + " GROUP BY l.\"ISSUE_KEY\"";
    }

    @Override
    public java.util.Optional<Fingerprint> fingerprint(String personaKey) {
        try {
            return java.util.Optional.of(read(personaKey));
        } catch (RuntimeException unsupported) {
            // Tested on H2 and PostgreSQL. A database that does not read these statements (SQL Server has no MOD or
            // LENGTH; MySQL without ANSI_QUOTES takes "..." for strings) must never break the map: no version, no 304.
            return java.util.Optional.empty();
        }
    }

    private Fingerprint read(String personaKey) {
        int personaParameters = countParameters(aggregates);
        Object[] params = new Object[personaParameters];
        Arrays.fill(params, personaKey);
        Map<Integer, Integer> values = new TreeMap<>();
        for (IssueLinkEntity row : ao.findWithSQL(IssueLinkEntity.class, "ID", aggregates, params)) {
            int tagged = row.getID();
            values.put(tagged % 100, tagged / 100);
        }
        List<Integer> ids = new ArrayList<>();
        for (IssueLinkEntity row : ao.findWithSQL(IssueLinkEntity.class, "ID", linkedIssues, personaKey, personaKey)) {
            ids.add(row.getID());
        }
        TreeSet<String> issueKeys = new TreeSet<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Integer> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            for (IssueLinkEntity link : ao.find(IssueLinkEntity.class, Query.select("ID, ISSUE_KEY").where("ID IN (" + in + ")", chunk.toArray()))) {
                issueKeys.add(link.getIssueKey());
            }
        }
        return new Fingerprint(values.toString(), issueKeys);
    }

    private static int countParameters(String sql) {
        int n = 0;
        for (int c = 0; c < sql.length(); c++) {
            if (sql.charAt(c) == '?') {
                n++;
            }
        }
        return n;
    }

    private static String q(String identifier) {
        return "\"" + identifier + "\"";
    }

    /** The hosts' table prefix: "AO_" plus the last six hex digits of the MD5 of the namespace, upper case. */
    static String tablePrefix(String namespace) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8)));
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
