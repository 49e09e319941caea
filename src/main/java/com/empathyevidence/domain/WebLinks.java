package com.empathyevidence.domain;

import java.nio.charset.StandardCharsets;

/**
 * Web addresses as people paste them. Addresses copied from SharePoint, Teams or a file share often contain spaces
 * ("https://contoso.sharepoint.com/sites/Research/Shared Documents/Interview 3.mp4"), which a browser's address bar
 * shows but a web address may not contain: they are encoded here (a space becomes %20), so the address is accepted
 * and opens the same document. Only characters a web address can never contain are encoded; an address that is
 * already encoded is left as it is.
 */
public final class WebLinks {

    private WebLinks() {
    }

    /** The address trimmed, with spaces, control characters and {@code "<>\^`{|}} percent-encoded (UTF-8); null stays null. */
    public static String encode(String link) {
        if (link == null) {
            return null;
        }
        String s = link.strip();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp <= 0x20 || cp == 0x7f || "\"<>\\^`{|}".indexOf(cp) >= 0 || Character.isSpaceChar(cp)) {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
                }
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
