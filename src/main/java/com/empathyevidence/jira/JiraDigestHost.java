package com.empathyevidence.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.empathyevidence.app.DigestHost;
import java.util.Optional;
import java.util.function.Supplier;
import jakarta.inject.Inject;

/**
 * The digest's host (issue 16) in Jira: users from Jira's user manager, "run as" through the authentication context
 * (so the app's permission checks apply as the recipient), mail through Jira's mail queue, links from the canonical
 * base URL.
 */
@JiraComponent
public class JiraDigestHost implements DigestHost {

    private final JiraAuthenticationContext authentication;
    private final com.atlassian.jira.user.util.UserManager users;
    private final MailQueue mailQueue;
    private final ApplicationProperties application;

    @Inject
    public JiraDigestHost(@JiraImport JiraAuthenticationContext authentication, @JiraImport com.atlassian.jira.user.util.UserManager users,
                          @JiraImport MailQueue mailQueue, @JiraImport ApplicationProperties application) {
        this.authentication = authentication;
        this.users = users;
        this.mailQueue = mailQueue;
        this.application = application;
    }

    @Override
    public Optional<Recipient> recipient(String userKey) {
        ApplicationUser user = userKey == null ? null : users.getUserByKey(userKey);
        if (user == null || !user.isActive() || user.getEmailAddress() == null || user.getEmailAddress().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Recipient(user.getKey(), user.getDisplayName(), user.getEmailAddress()));
    }

    @Override
    public <T> T runAs(String userKey, Supplier<T> work) {
        ApplicationUser before = authentication.getLoggedInUser();
        authentication.setLoggedInUser(users.getUserByKey(userKey));
        try {
            return work.get();
        } finally {
            authentication.setLoggedInUser(before);
        }
    }

    @Override
    public void send(String to, String subject, String body) {
        Email email = new Email(to).setSubject(subject).setBody(body).setMimeType("text/plain");
        mailQueue.addItem(new SingleMailQueueItem(email));
    }

    @Override
    public String baseUrl() {
        String base = application.getBaseUrl(UrlMode.CANONICAL);
        return base == null ? "" : base.replaceAll("/+$", "");
    }
}
