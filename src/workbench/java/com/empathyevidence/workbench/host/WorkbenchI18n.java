package com.empathyevidence.workbench.host;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.message.MessageCollection;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** SAL's I18nResolver over the plugin's properties bundle, formatting with MessageFormat as the hosts do. */
public final class WorkbenchI18n implements I18nResolver {

    private final Properties bundle = new Properties();

    public WorkbenchI18n(String location) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(location + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("No i18n bundle at " + location + ".properties");
            }
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String getRawText(String key) {
        return bundle.getProperty(key, key);
    }

    @Override
    public String getRawText(Locale locale, String key) {
        return getRawText(key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern = bundle.getProperty(key);
        if (pattern == null) {
            return key;
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments == null ? new Object[0] : arguments);
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
        return new SimpleMessage(key, arguments);
    }

    @Override
    public MessageCollection createMessageCollection() {
        return new SimpleMessageCollection();
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix) {
        Map<String, String> result = new TreeMap<>();
        for (String name : bundle.stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                result.put(name, bundle.getProperty(name));
            }
        }
        return result;
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale) {
        return getAllTranslationsForPrefix(prefix);
    }

    private record SimpleMessage(String key, Serializable[] arguments) implements Message {
        @Override
        public String getKey() {
            return key;
        }

        @Override
        public Serializable[] getArguments() {
            return arguments;
        }
    }

    private static final class SimpleMessageCollection implements MessageCollection {
        private final List<Message> messages = new ArrayList<>();

        @Override
        public void addMessage(String key, Serializable... arguments) {
            messages.add(new SimpleMessage(key, arguments));
        }

        @Override
        public void addMessage(Message message) {
            messages.add(message);
        }

        @Override
        public void addAll(List<Message> more) {
            messages.addAll(more);
        }

        @Override
        public boolean isEmpty() {
            return messages.isEmpty();
        }

        @Override
        public List<Message> getMessages() {
            return messages;
        }
    }
}
