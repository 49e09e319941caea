package com.atlassian.mail;

// Mirrors atlassian-mail com.atlassian.mail.Email (subset: the constructor with the recipient, the fluent setters of subject, body and MIME type, and their getters), as Jira plugins use it with ComponentAccessor.getMailQueue().addItem(new SingleMailQueueItem(email))

public class Email {

    private final String to;
    private String subject;
    private String body;
    private String mimeType = "text/plain";

    public Email(String to) {
        this.to = to;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public String getBody() {
        return body;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public String getMimeType() {
        return mimeType;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }
}
