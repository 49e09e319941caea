package com.atlassian.sal.api.message;

// Mirrors sal-api 5.1.4 MessageCollection as read in ngannk-fptu/Decompiled-Files (complete)

import java.io.Serializable;
import java.util.List;

public interface MessageCollection {

    void addMessage(String key, Serializable... arguments);

    void addMessage(Message message);

    void addAll(List<Message> messages);

    boolean isEmpty();

    List<Message> getMessages();
}
