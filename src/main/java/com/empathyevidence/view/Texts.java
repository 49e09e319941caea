package com.empathyevidence.view;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Every user-facing string, from the plugin's i18n bundle ({@code i18n/empathy-evidence.properties}). */
@Named
public class Texts {

    private final I18nResolver i18n;

    @Inject
    public Texts(@ComponentImport I18nResolver i18n) {
        this.i18n = i18n;
    }

    /** The text for a key; called from templates as {@code $text.get("key")}. */
    public String get(String key) {
        return i18n.getText(key);
    }

    public String get(String key, Serializable... args) {
        return args.length == 0 ? i18n.getText(key) : i18n.getText(key, args);
    }

    /** One-argument form for templates, e.g. {@code $text.arg("empathy.panel.hidden", $panel.hiddenCount)}. */
    public String arg(String key, Object argument) {
        return i18n.getText(key, argument instanceof Serializable ? (Serializable) argument : String.valueOf(argument));
    }
}
