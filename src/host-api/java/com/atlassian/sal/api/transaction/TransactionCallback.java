package com.atlassian.sal.api.transaction;

// Mirrors sal-api 5.1.4 TransactionCallback as read in ngannk-fptu/Decompiled-Files (complete)

public interface TransactionCallback<T> {

    T doInTransaction();
}
