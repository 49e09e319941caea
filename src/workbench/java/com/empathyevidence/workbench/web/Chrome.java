package com.empathyevidence.workbench.web;

import static com.empathyevidence.workbench.web.Html.esc;

import com.empathyevidence.workbench.host.CurrentUser;
import com.empathyevidence.workbench.host.Directory;

/** The header and page frame that make a workbench page look like Jira or Confluence. */
final class Chrome {

    private final Directory directory;
    private final String pluginKey;
    private final boolean demoSwitcher;
    /** Whether a product ("jira", "confluence") is in read-only mode: the host then shows its banner on every page. */
    private volatile java.util.function.Predicate<String> readOnly = product -> false;

    void showReadOnlyBanner(java.util.function.Predicate<String> readOnly) {
        this.readOnly = readOnly;
    }

    /** The plugins' web-items of Jira's top navigation bar: label and link. */
    private final java.util.List<String[]> jiraNavItems = new java.util.ArrayList<>();

    void addJiraNavItem(String label, String href, String id) {
        jiraNavItems.add(new String[] {label, href, id});
    }

    Chrome(Directory directory, String pluginKey, boolean demoSwitcher) {
        this.directory = directory;
        this.pluginKey = pluginKey;
        this.demoSwitcher = demoSwitcher;
    }

    String page(String product, String title, String returnTo, String stylesheets, String body) {
        boolean jira = "jira".equals(product);
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(jira ? " - Workbench Jira" : " - Workbench Confluence").append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/workbench.css\">")
                .append(stylesheets)
                .append("</head><body>")
                .append("<header class=\"wb-header ").append(jira ? "jira" : "confluence").append("\">")
                .append("<span class=\"wb-product\"><span class=\"wb-logo\" aria-hidden=\"true\"></span>")
                .append(jira ? "Jira" : "Confluence").append("</span>")
                .append("<nav class=\"wb-nav\" aria-label=\"Workbench\">")
                .append("<a href=\"/\">Workbench home</a>")
                .append("<a href=\"/browse/DEMO-1\">Jira issues</a>")
                .append("<a href=\"/issues/?jql=\">Issue search</a>")
                .append("<a href=\"/wiki/spaces/RES/pages/accountant-map\">Confluence pages</a>")
                .append(jira ? navItems() : "")
                .append("</nav><span class=\"wb-spacer\"></span>")
                .append(switcher(returnTo))
                .append("</header>")
                .append(readOnly.test(jira ? "jira" : "confluence")
                        ? "<div class=\"aui-banner aui-banner-error wb-read-only-banner\" role=\"status\">" + (jira ? "Jira" : "Confluence")
                        + " is in read-only mode while an administrator does maintenance: you can read, but not change anything.</div>" : "")
                .append(body)
                .append("</body></html>");
        return html.toString();
    }

    private String navItems() {
        StringBuilder s = new StringBuilder();
        for (String[] item : jiraNavItems) {
            s.append("<a href=\"").append(esc(item[1])).append("\"").append(item[2].isEmpty() ? "" : " id=\"" + esc(item[2]) + "\"")
                    .append('>').append(esc(item[0])).append("</a>");
        }
        return s.toString();
    }

    /**
     * The page's required web resources as the host writes them into the head: every stylesheet, then (unless the
     * output has no script, as exports) every script, deferred, each in the order the web-resource manager resolved.
     */
    String resources(java.util.List<com.empathyevidence.workbench.host.WorkbenchWebResources.Download> downloads, boolean scripts) {
        StringBuilder out = new StringBuilder();
        for (com.empathyevidence.workbench.host.WorkbenchWebResources.Download d : downloads) {
            if (d.name().endsWith(".css")) {
                out.append("<link rel=\"stylesheet\" href=\"").append(esc(d.url())).append("\">");
            }
        }
        for (com.empathyevidence.workbench.host.WorkbenchWebResources.Download d : downloads) {
            if (scripts && d.name().endsWith(".js")) {
                out.append("<script defer src=\"").append(esc(d.url())).append("\"></script>");
            }
        }
        return out.toString();
    }

    private String switcher(String returnTo) {
        Directory.User current = CurrentUser.get().orElse(null);
        StringBuilder s = new StringBuilder();
        if (!demoSwitcher) {
            return s.append(userMenu(current)).toString();
        }
        s.append("<form class=\"wb-switcher\" method=\"post\" action=\"/switch-user\">")
                .append("<label for=\"wb-user\">Demo user</label><select id=\"wb-user\" name=\"username\">");
        for (Directory.User u : directory.all()) {
            s.append("<option value=\"").append(esc(u.username())).append('"')
                    .append(current != null && current.username().equals(u.username()) ? " selected" : "")
                    .append('>').append(esc(u.fullName())).append(" (").append(esc(u.username())).append(")</option>");
        }
        s.append("</select><input type=\"hidden\" name=\"next\" value=\"").append(esc(returnTo)).append("\">")
                .append("<button type=\"submit\">Switch</button></form>");
        return s.append(userMenu(current)).toString();
    }

    /** The signed-in user's menu, as Jira's profile menu: their Personal Access Tokens, and Log out. */
    private static String userMenu(Directory.User current) {
        if (current == null) {
            return "<a class=\"wb-user-link\" href=\"/login\">Log in</a>";
        }
        return "<nav class=\"wb-user-menu\" aria-label=\"Your profile\"><span class=\"wb-user-name\">" + esc(current.fullName())
                + "</span><a class=\"wb-user-link\" id=\"wb-personal-access-tokens\" href=\"" + TokensPage.PATH + "\">Personal Access Tokens</a>"
                + "<form method=\"post\" action=\"/logout\" class=\"wb-switcher\"><button type=\"submit\">Log out</button></form></nav>";
    }
}
