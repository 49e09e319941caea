package com.empathyevidence.workbench.host;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.net.URI;

/** SAL's UserManager over the demo directory. */
public final class WorkbenchUsers implements UserManager {

    private final Directory directory;

    public WorkbenchUsers(Directory directory) {
        this.directory = directory;
    }

    @Override
    public UserProfile getRemoteUser() {
        return CurrentUser.get().map(Profile::new).orElse(null);
    }

    @Override
    public UserKey getRemoteUserKey() {
        return CurrentUser.get().map(u -> new UserKey(u.username())).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return directory.find(username).map(Profile::new).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : getUserProfile(userKey.getStringValue());
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return isAdmin(userKey) && "administrators".equals(group);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isAdmin(userKey);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userKey != null && directory.find(userKey.getStringValue()).map(Directory.User::admin).orElse(false);
    }

    private record Profile(Directory.User user) implements UserProfile {
        @Override
        public UserKey getUserKey() {
            return new UserKey(user.username());
        }

        @Override
        public String getUsername() {
            return user.username();
        }

        @Override
        public String getFullName() {
            return user.fullName();
        }

        @Override
        public String getEmail() {
            return user.username() + "@example.com";
        }

        @Override
        public URI getProfilePictureUri(int width, int height) {
            return null;
        }

        @Override
        public URI getProfilePictureUri() {
            return null;
        }

        @Override
        public URI getProfilePageUri() {
            return null;
        }
    }
}
