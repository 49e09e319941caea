package com.atlassian.mail;

// Mirrors atlassian-mail com.atlassian.mail.MailException (a checked exception; subset of its constructors)

public class MailException extends Exception {

    public MailException(String message) {
        super(message);
    }

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
