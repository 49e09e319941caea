package com.atlassian.sal.api.transaction;

// Mirrors sal-api 5.1.4 TransactionTemplate as read in ngannk-fptu/Decompiled-Files (complete)

public interface TransactionTemplate {

    <T> T execute(TransactionCallback<T> action);
}
