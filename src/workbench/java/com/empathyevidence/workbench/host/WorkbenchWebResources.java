package com.empathyevidence.workbench.host;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import com.empathyevidence.workbench.PluginDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The host's web-resource manager and its request-scoped {@link PageBuilderService}: a page includes a web-resource's
 * CSS and JS only when something required it during the request — a context the page has (Jira's issue view requires
 * {@code jira.view.issue}, Confluence's page view {@code viewcontent}) or a {@code requireWebResource} call (a macro
 * while it renders) — with its {@code <dependency>} modules first, each module once, in the order required. Nothing
 * else is put in a page by hand.
 *
 * <p>Modules of other plugins a web-resource depends on are the host's own: only AUI's {@code ajs} exists here (a
 * stand-in defining {@code AJS.contextPath()}, as the workbench serves pages at the root). Requiring an unknown module
 * or context fails the page, where a host would log a warning and leave the page without it.
 */
public final class WorkbenchWebResources implements PageBuilderService {

    /** A resolved download: the module's complete key, the resource name and its URL. */
    public record Download(String module, String name, String url) {
    }

    /** The host's own modules that plugins may depend on, with their downloads' URLs. */
    static final Map<String, List<String>> HOST_MODULES = Map.of(
            "com.atlassian.auiplugin:ajs", List.of("/static/ajs.js"));

    private final PluginDescriptor descriptor;
    private final ThreadLocal<Page> page = new ThreadLocal<>();

    public WorkbenchWebResources(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    /** Starts building a page on this thread (the host does so for every page request). */
    public void beginPage() {
        page.set(new Page());
    }

    /** The page's downloads, in inclusion order, and ends the page: CSS and JS alike; the caller writes the tags. */
    public List<Download> endPage() {
        Page p = page.get();
        page.remove();
        if (p == null) {
            throw new IllegalStateException("no page is being built on this thread");
        }
        return p.resolve();
    }

    @Override
    public WebResourceAssembler assembler() {
        Page p = page.get();
        if (p == null) {
            throw new IllegalStateException("PageBuilderService used outside a page request: no page is being built");
        }
        return p;
    }

    private final class Page implements WebResourceAssembler, RequiredResources {
        /** "context:x" or "module:key", in the order required. */
        private final Set<String> required = new LinkedHashSet<>();

        @Override
        public RequiredResources resources() {
            return this;
        }

        @Override
        public RequiredResources requireWebResource(String moduleCompleteKey) {
            required.add("module:" + moduleCompleteKey);
            return this;
        }

        @Override
        public RequiredResources requireContext(String context) {
            required.add("context:" + context);
            return this;
        }

        List<Download> resolve() {
            Set<String> included = new LinkedHashSet<>();
            List<Download> out = new ArrayList<>();
            for (String r : required) {
                if (r.startsWith("context:")) {
                    for (PluginDescriptor.WebResource w : descriptor.webResourcesIn(r.substring("context:".length()))) {
                        include(descriptor.key + ":" + w.key(), included, out, new LinkedHashSet<>());
                    }
                } else {
                    include(r.substring("module:".length()), included, out, new LinkedHashSet<>());
                }
            }
            return out;
        }

        private void include(String completeKey, Set<String> included, List<Download> out, Set<String> path) {
            if (included.contains(completeKey)) {
                return;
            }
            if (!path.add(completeKey)) {
                throw new IllegalStateException("web-resource dependency cycle: " + path);
            }
            List<String> host = HOST_MODULES.get(completeKey);
            if (host != null) {
                host.forEach(url -> out.add(new Download(completeKey, url.substring(url.lastIndexOf('/') + 1), url)));
                included.add(completeKey);
                return;
            }
            String prefix = descriptor.key + ":";
            PluginDescriptor.WebResource w = completeKey.startsWith(prefix) ? descriptor.webResource(completeKey.substring(prefix.length())) : null;
            if (w == null) {
                throw new IllegalStateException("No web-resource module " + completeKey + " (required or depended on)");
            }
            for (String dependency : w.dependencies()) {
                include(dependency, included, out, path);
            }
            for (String name : w.downloads()) {
                out.add(new Download(completeKey, name, "/download/resources/" + completeKey + "/" + name));
            }
            included.add(completeKey);
        }
    }
}
