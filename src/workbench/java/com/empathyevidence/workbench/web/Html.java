package com.empathyevidence.workbench.web;

import com.empathyevidence.workbench.host.WorkbenchTemplateRenderer;

/** Escaping for the workbench's own page chrome. */
final class Html {

    private Html() {
    }

    static String esc(Object value) {
        return value == null ? "" : WorkbenchTemplateRenderer.escape(String.valueOf(value));
    }
}
