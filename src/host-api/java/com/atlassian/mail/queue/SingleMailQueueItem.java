package com.atlassian.mail.queue;

// Mirrors atlassian-mail com.atlassian.mail.queue.SingleMailQueueItem (public SingleMailQueueItem(Email), send() throws MailException, public Email getEmail(); its superclass AbstractMailQueueItem elided). The host sends it through its SMTP server; this stub holds the email for the host to read

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;

public class SingleMailQueueItem implements MailQueueItem {

    private final Email email;

    public SingleMailQueueItem(Email email) {
        this.email = email;
    }

    @Override
    public void send() throws MailException {
        throw new MailException("The host sends queued mail through its own SMTP server");
    }

    @Override
    public String getSubject() {
        return email.getSubject();
    }

    public Email getEmail() {
        return email;
    }
}
