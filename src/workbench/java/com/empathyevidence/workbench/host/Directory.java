package com.empathyevidence.workbench.host;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The workbench's demo users and who may browse which Jira project. Demo credentials are listed in README. */
public final class Directory {

    /**
     * A demo user. {@code projects} are the Jira projects the user may browse; an {@code editor} may also edit
     * issues there (and so attach evidence).
     */
    public record User(String username, String password, String fullName, String role, boolean admin, boolean editor,
                       Set<String> projects) {
        public boolean mayBrowse(String projectKey) {
            return projects.contains(projectKey);
        }
    }

    private final Map<String, User> users = new LinkedHashMap<>();

    public Directory() {
        add(new User("admin", "admin", "Alex Admin", "Jira and Confluence administrator", true, true, Set.of("DEMO", "BILL", "PHASE")));
        add(new User("pm", "pm", "Priya Patel", "Product manager", false, true, Set.of("DEMO", "BILL", "PHASE")));
        add(new User("viewer", "viewer", "Victor Viewer", "Stakeholder: reads DEMO, cannot see BILL, cannot edit", false, false, Set.of("DEMO", "PHASE")));
    }

    private void add(User user) {
        users.put(user.username(), user);
    }

    /** Lets a user browse one more project (the generated projects of benchmarks and load runs, {@link DemoJira#generateProjects}). */
    void allow(String username, String projectKey) {
        User u = users.get(username);
        Set<String> projects = new java.util.HashSet<>(u.projects());
        projects.add(projectKey);
        users.put(username, new User(u.username(), u.password(), u.fullName(), u.role(), u.admin(), u.editor(), Set.copyOf(projects)));
    }

    public Optional<User> find(String username) {
        return Optional.ofNullable(username == null ? null : users.get(username));
    }

    /** The user when the password matches; empty otherwise. */
    public Optional<User> authenticate(String username, String password) {
        return find(username).filter(u -> u.password().equals(password));
    }

    public Iterable<User> all() {
        return users.values();
    }
}
