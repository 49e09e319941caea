package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.inject.Inject;

/**
 * The way out: everything the app keeps, as one archive (docs/archive.md), for administrators only; and the way in,
 * into an instance that holds nothing of the app yet.
 */
@JiraComponent
public class ArchiveService {

    private static final Pattern VERSION = Pattern.compile("<plugin-info>.*?<version>([^<]*)</version>", Pattern.DOTALL);

    private final AccessPolicy access;
    private final ArchiveStore store;

    @Inject
    public ArchiveService(AccessPolicy access, ArchiveStore store) {
        this.access = access;
        this.store = store;
    }

    /** Throws unless the caller is an administrator: call it before the answer starts. */
    public void requireAdmin() {
        if (access.currentUser().isEmpty()) {
            throw new Problem(Problem.Kind.NOT_SIGNED_IN, "empathy.error.notSignedIn");
        }
        if (!access.isAdmin()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "empathy.error.adminOnly");
        }
    }

    /** The name a download of an archive made at {@code at} gets: dated (UTC), so successive archives sort by date. */
    public static String fileName(Instant at) {
        return "empathy-evidence-archive-" + LocalDate.ofInstant(at, ZoneOffset.UTC) + ".zip";
    }

    /** Writes everything to {@code out}, streaming; returns the rows of each table. */
    public Map<String, Integer> export(OutputStream out, Instant now) {
        requireAdmin();
        return ArchiveZip.write(store, out, appVersion(), now);
    }

    /**
     * Imports an archive into this instance, which must hold nothing of the app: all of it or nothing. Refuses a
     * non-empty instance before reading the archive, naming what is there (and again inside the import's transaction).
     */
    public Map<String, Integer> importArchive(InputStream in) {
        requireAdmin();
        refuseIfNotEmpty(store.contents());
        return store.importAll(ArchiveZip.reader(in));
    }

    /** Refuses to import over anything: names each kind of row the instance already holds, with its count. */
    public static void refuseIfNotEmpty(Map<String, Integer> contents) {
        List<com.empathyevidence.domain.FieldError> there = new java.util.ArrayList<>();
        contents.forEach((table, count) -> {
            if (count > 0) {
                there.add(new com.empathyevidence.domain.FieldError(table, "empathy.archive.holds." + table, count));
            }
        });
        if (!there.isEmpty()) {
            throw Problem.conflict(there, "empathy.archive.notEmpty");
        }
    }

    /** What the instance holds, per table. */
    public Map<String, Integer> contents() {
        requireAdmin();
        return store.contents();
    }

    /** The app's version, as its descriptor (filtered by the build into the jar) says; "unknown" outside a jar. */
    public static String appVersion() {
        try (InputStream in = ArchiveService.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                return "unknown";
            }
            Matcher m = VERSION.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return m.find() ? m.group(1).trim() : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
