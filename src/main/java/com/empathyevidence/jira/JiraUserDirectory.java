package com.empathyevidence.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.empathyevidence.app.UserDirectory;
import java.util.Optional;
import jakarta.inject.Inject;

/** Jira's users through SAL's {@code UserManager}: a username's profile and full name. */
@JiraComponent
public class JiraUserDirectory implements UserDirectory {

    private final UserManager users;

    @Inject
    public JiraUserDirectory(@JiraImport("salUserManager") UserManager users) {
        this.users = users;
    }

    @Override
    public Optional<String> fullName(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        UserProfile profile = users.getUserProfile(username);
        if (profile == null) {
            return Optional.empty();
        }
        String name = profile.getFullName();
        return Optional.of(name == null || name.isBlank() ? profile.getUsername() : name);
    }
}
