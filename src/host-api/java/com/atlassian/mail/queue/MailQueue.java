package com.atlassian.mail.queue;

// Mirrors atlassian-mail com.atlassian.mail.queue.MailQueue, the component behind ComponentAccessor.getMailQueue() in Jira (subset: addItem(MailQueueItem))

public interface MailQueue {

    void addItem(MailQueueItem item);
}
