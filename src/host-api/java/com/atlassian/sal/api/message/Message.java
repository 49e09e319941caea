package com.atlassian.sal.api.message;

// Mirrors sal-api 5.1.4 Message as read in ngannk-fptu/Decompiled-Files (complete)

import java.io.Serializable;

public interface Message extends Serializable {

    String getKey();

    Serializable[] getArguments();
}
