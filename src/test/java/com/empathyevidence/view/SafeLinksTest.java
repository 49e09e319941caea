package com.empathyevidence.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

/** Only http and https addresses with a host ever reach an href. */
public class SafeLinksTest {

    @Test
    public void httpAndHttpsWithAHostPass() {
        assertEquals("https://example.com/rec/42?t=93", SafeLinks.httpOrNull("https://example.com/rec/42?t=93"));
        assertEquals("http://intranet.local/ticket/7", SafeLinks.httpOrNull("  http://intranet.local/ticket/7 "));
        assertEquals("HTTPS://Example.com/x", SafeLinks.httpOrNull("HTTPS://Example.com/x"));
    }

    @Test
    public void everythingElseIsNull() {
        assertNull(SafeLinks.httpOrNull(null));
        assertNull(SafeLinks.httpOrNull(""));
        assertNull(SafeLinks.httpOrNull("   "));
        assertNull(SafeLinks.httpOrNull("javascript:alert(1)"));
        assertNull(SafeLinks.httpOrNull("JavaScript:alert(document.cookie)"));
        assertNull(SafeLinks.httpOrNull(" javascript:alert(1)"));
        assertNull(SafeLinks.httpOrNull("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="));
        assertNull(SafeLinks.httpOrNull("ftp://files.example.com/recording.mp4"));
        assertNull(SafeLinks.httpOrNull("/secure/ViewProfile.jspa"));
        assertNull(SafeLinks.httpOrNull("//evil.example.com/x"));
        assertNull(SafeLinks.httpOrNull("recordings/42.mp4"));
        assertNull(SafeLinks.httpOrNull("http:///no-host"));
        assertNull(SafeLinks.httpOrNull("https:no-slashes"));
        assertNull(SafeLinks.httpOrNull("http://exa mple.com/"));
    }
}
