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

    /**
     * The text for a page's script, which fills in the arguments itself: a message with a choice format
     * ({@code {0,choice,1#1 row|1<{0} rows}}) is sent as it is in the bundle, since formatting it without its
     * argument would lose the choice; any other message as {@link #get(String)} gives it.
     */
    public String forScript(String key) {
        String raw = i18n.getRawText(key);
        return raw != null && raw.contains(",choice,") ? raw : get(key);
    }

    /** One-argument form for templates, e.g. {@code $text.arg("empathy.panel.hidden", $panel.hiddenCount)}. */
    public String arg(String key, Object argument) {
        return get(key, argument instanceof Serializable ? (Serializable) argument : String.valueOf(argument));
    }

    /**
     * Texts for building one view: the same key with the same arguments is looked up and formatted once (a map of
     * 1,000 rows asks for the same ages, states and source kinds again and again; the host builds a new message
     * format on every call). For one thread and one view only: never keep it.
     */
    public Texts forOneView() {
        return new OneView(i18n);
    }

    private static final class OneView extends Texts {
        private final java.util.Map<java.util.List<Object>, String> done = new java.util.HashMap<>();

        OneView(I18nResolver i18n) {
            super(i18n);
        }

        @Override
        public String get(String key) {
            return done.computeIfAbsent(java.util.Collections.singletonList(key), k -> super.get(key));
        }

        @Override
        public String get(String key, Serializable... args) {
            java.util.List<Object> k = new java.util.ArrayList<>(args.length + 1);
            k.add(key);
            java.util.Collections.addAll(k, (Object[]) args);
            String text = done.get(k);
            if (text == null) {
                text = super.get(key, args);
                done.put(k, text);
            }
            return text;
        }

        @Override
        public Texts forOneView() {
            return this;
        }
    }
}
