package com.atlassian.mail.queue;

// Mirrors atlassian-mail com.atlassian.mail.queue.MailQueueItem (subset: send() throws MailException and getSubject(); superinterfaces com.atlassian.core.task.Task and Comparable elided)

import com.atlassian.mail.MailException;

public interface MailQueueItem {

    void send() throws MailException;

    String getSubject();
}
