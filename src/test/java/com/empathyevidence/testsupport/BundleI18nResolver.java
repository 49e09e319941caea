package com.empathyevidence.testsupport;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.message.MessageCollection;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A test implementation of the host's I18nResolver over the plugin's real bundle, formatting with
 * {@link MessageFormat} as the hosts do. A missing key fails loudly instead of echoing the key.
 */
public class BundleI18nResolver implements I18nResolver {

    public static final String BUNDLE = "i18n/empathy-evidence.properties";

    private final Properties bundle;

    public BundleI18nResolver(Properties bundle) {
        this.bundle = bundle;
    }

    public static BundleI18nResolver fromClasspath() {
        Properties p = new Properties();
        try (InputStream in = BundleI18nResolver.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLE + " not on the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BundleI18nResolver(p);
    }

    @Override
    public String getRawText(String key) {
        String raw = bundle.getProperty(key);
        if (raw == null) {
            throw new AssertionError("i18n key missing from " + BUNDLE + ": " + key);
        }
        return raw;
    }

    @Override
    public String getRawText(Locale locale, String key) {
        return getRawText(key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return new MessageFormat(getRawText(key), Locale.ENGLISH).format(arguments == null ? new Object[0] : arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return getText(key, arguments);
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(Locale locale, String key) {
        return getText(key);
    }

    @Override
    public String getText(Message message) {
        return getText(message.getKey(), message.getArguments());
    }

    @Override
    public String getText(Locale locale, Message message) {
        return getText(message);
    }

    @Override
    public Message createMessage(String key, Serializable... arguments) {
        throw new UnsupportedOperationException("not used by the plugin");
    }

    @Override
    public MessageCollection createMessageCollection() {
        throw new UnsupportedOperationException("not used by the plugin");
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix) {
        Map<String, String> result = new TreeMap<>();
        for (String k : bundle.stringPropertyNames()) {
            if (k.startsWith(prefix)) {
                result.put(k, bundle.getProperty(k));
            }
        }
        return result;
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale) {
        return getAllTranslationsForPrefix(prefix);
    }
}
