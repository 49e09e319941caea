package com.empathyevidence.view;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.app.Digest;
import com.empathyevidence.app.DigestWriter;
import com.empathyevidence.app.IssueRef;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jakarta.inject.Inject;

/** The weekly digest as a plain-text message, every sentence from the i18n bundle ({@code empathy.digest.*}). */
@JiraComponent
public class DigestMessages implements DigestWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final int QUOTE = 120;

    private final Texts texts;

    @Inject
    public DigestMessages(Texts texts) {
        this.texts = texts;
    }

    @Override
    public String subject(Digest digest) {
        if (!digest.items().isEmpty()) {
            return texts.get("empathy.digest.subject", digest.items().size());
        }
        if (!digest.requests().isEmpty()) {
            return texts.get("empathy.digest.subject.requests", digest.requests().size());
        }
        return texts.get("empathy.digest.subject.resolved", digest.resolved().size());
    }

    private static String quote(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > QUOTE ? t.substring(0, QUOTE) + "\u2026" : t;
    }

    private static String libraryLink(String baseUrl, String text) {
        String t = text == null ? "" : text.strip();
        return baseUrl + "/plugins/servlet/empathy/library?q=" + URLEncoder.encode(t.substring(0, Math.min(40, t.length())), StandardCharsets.UTF_8);
    }

    private static String browse(String baseUrl, String key) {
        return baseUrl + "/browse/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    /**
     * The closing sentence, fitting what the message holds: the way through an issue's panel only when an issue is
     * listed above; through the library links alone when no issue is; and nothing to do when it only tells resolved
     * issues.
     */
    String ending(Digest digest) {
        java.util.Set<Long> toReconfirm = new java.util.LinkedHashSet<>();
        digest.items().forEach(i -> toReconfirm.add(i.evidenceId()));
        digest.requests().forEach(r -> toReconfirm.add(r.evidenceId()));
        if (toReconfirm.isEmpty()) {
            return texts.get("empathy.digest.whatResolved");
        }
        if (digest.items().stream().anyMatch(i -> !i.openIssues().isEmpty())) {
            return texts.get("empathy.digest.what");
        }
        return texts.get("empathy.digest.whatLibrary", toReconfirm.size());
    }

    @Override
    public String body(Digest digest, String baseUrl) {
        StringBuilder b = new StringBuilder();
        b.append(texts.get("empathy.digest.greeting", digest.recipient().displayName())).append("\n\n");
        if (!digest.items().isEmpty()) {
            b.append(texts.get("empathy.digest.intro", digest.items().size())).append("\n");
        }
        for (Digest.Item item : digest.items()) {
            b.append("\n- ").append(texts.get("empathy.digest.item", quote(item.text()), DAY.format(item.staleOn()),
                    item.projectKey() == null ? "" : item.projectKey())).append("\n  ").append(libraryLink(baseUrl, item.text())).append("\n");
            if (item.openIssues().isEmpty()) {
                b.append("  ").append(texts.get("empathy.digest.noOpenIssues")).append("\n");
            } else {
                b.append("  ").append(texts.get("empathy.digest.openIssues", item.openIssues().size())).append("\n");
                for (IssueRef issue : item.openIssues()) {
                    b.append("    ").append(issue.key()).append(" ").append(issue.summary()).append(" (").append(issue.status()).append(")")
                            .append(": ").append(browse(baseUrl, issue.key())).append("\n");
                }
            }
        }
        if (!digest.requests().isEmpty()) {
            b.append("\n").append(texts.get("empathy.digest.requests", digest.requests().size())).append("\n");
            for (Digest.Request r : digest.requests()) {
                String day = DAY.format(r.requestedAt().atZone(ZoneId.systemDefault()));
                String project = r.projectKey() == null ? "" : r.projectKey();
                b.append("\n- ").append(r.note().isEmpty()
                        ? texts.get("empathy.digest.requestNoNote", quote(r.text()), project, r.requestedBy(), day)
                        : texts.get("empathy.digest.request", quote(r.text()), project, r.requestedBy(), day, r.note())).append("\n");
                b.append("  ").append(libraryLink(baseUrl, r.text())).append("\n");
            }
        }
        if (!digest.resolved().isEmpty()) {
            b.append("\n").append(texts.get("empathy.digest.resolvedIntro", digest.resolved().size())).append("\n");
            for (Digest.Resolved r : digest.resolved()) {
                IssueRef issue = r.issue();
                b.append("\n- ").append(texts.get("empathy.digest.resolved", issue.key(), issue.summary(), DAY.format(issue.resolvedOn()),
                        r.pains().size())).append("\n");
                for (String pain : r.pains()) {
                    b.append("    \u201c").append(quote(pain)).append("\u201d\n");
                }
                b.append("  ").append(browse(baseUrl, issue.key())).append("\n");
            }
        }
        b.append("\n").append(ending(digest)).append("\n");
        b.append("\n").append(texts.get("empathy.digest.optOut", baseUrl + "/plugins/servlet/empathy/digest")).append("\n");
        return b.toString();
    }
}
