package com.empathyevidence.view;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.app.Digest;
import com.empathyevidence.app.DigestWriter;
import com.empathyevidence.app.IssueRef;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
        return texts.get("empathy.digest.subject", digest.items().size());
    }

    @Override
    public String body(Digest digest, String baseUrl) {
        StringBuilder b = new StringBuilder();
        b.append(texts.get("empathy.digest.greeting", digest.recipient().displayName())).append("\n\n");
        b.append(texts.get("empathy.digest.intro", digest.items().size())).append("\n");
        for (Digest.Item item : digest.items()) {
            String text = item.text() == null ? "" : item.text().strip();
            if (text.length() > QUOTE) {
                text = text.substring(0, QUOTE) + "\u2026";
            }
            b.append("\n- ").append(texts.get("empathy.digest.item", text, DAY.format(item.staleOn()), item.projectKey() == null ? "" : item.projectKey()))
                    .append("\n  ").append(baseUrl).append("/plugins/servlet/empathy/library?q=").append(URLEncoder.encode(
                            item.text() == null ? "" : item.text().strip().substring(0, Math.min(40, item.text().strip().length())), StandardCharsets.UTF_8))
                    .append("\n");
            if (item.openIssues().isEmpty()) {
                b.append("  ").append(texts.get("empathy.digest.noOpenIssues")).append("\n");
            } else {
                b.append("  ").append(texts.get("empathy.digest.openIssues", item.openIssues().size())).append("\n");
                for (IssueRef issue : item.openIssues()) {
                    b.append("    ").append(issue.key()).append(" ").append(issue.summary()).append(" (").append(issue.status()).append(")")
                            .append(": ").append(baseUrl).append("/browse/").append(URLEncoder.encode(issue.key(), StandardCharsets.UTF_8)).append("\n");
                }
            }
        }
        if (!digest.requests().isEmpty()) {
            b.append("\n").append(texts.get("empathy.digest.requests", digest.requests().size())).append("\n");
            for (String request : digest.requests()) {
                b.append("- ").append(request).append("\n");
            }
        }
        b.append("\n").append(texts.get("empathy.digest.what")).append("\n");
        b.append("\n").append(texts.get("empathy.digest.optOut", baseUrl + "/plugins/servlet/empathy/digest")).append("\n");
        return b.toString();
    }
}
