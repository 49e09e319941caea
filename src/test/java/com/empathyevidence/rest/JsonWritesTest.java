package com.empathyevidence.rest;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.Test;

/** A write's body is exactly one JSON value: whatever follows it makes the request a 400 (the suite checks it over HTTP). */
public class JsonWritesTest {

    private static boolean one(String body, String charset) {
        return JsonWrites.isOneJsonValue(body.getBytes(charset == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(charset)), charset);
    }

    @Test
    public void oneValueWithWhitespaceAroundIt() {
        assertTrue(one("{\"note\":\"Still true\"}", null));
        assertTrue(one("  {\"a\":[1,{\"b\":2}]}\r\n ", null));
        assertTrue(one("[]", null));
        assertTrue(one("42", null));
        assertTrue(one("", null));
        assertTrue(one("{\"text\":\"Fünf Ärger \uD83D\uDE00\"}", "UTF-8"));
        assertTrue(one("{\"text\":\"caf\u00e9\"}", "ISO-8859-1"));
    }

    @Test
    public void anythingAfterTheValueIsRefused() {
        assertFalse(one("{\"note\":\"x\"} garbage", null));
        assertFalse(one("{\"note\":\"x\"}{\"note\":\"y\"}", null));
        assertFalse(one("{} ]", null));
        assertFalse(one("1 2", null));
    }

    @Test
    public void whatIsNotJsonIsRefused() {
        assertFalse(one("note=x", null));
        assertFalse(one("{\"note\":", null));
        assertFalse(JsonWrites.isOneJsonValue("{\"a\":1}".getBytes(StandardCharsets.UTF_8), "no-such-charset"));
    }
}
