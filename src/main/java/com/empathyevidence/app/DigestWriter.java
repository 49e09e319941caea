package com.empathyevidence.app;

/** Words a digest as a plain-text message (from the i18n bundle; {@code view/DigestMessages}). */
public interface DigestWriter {

    String subject(Digest digest);

    String body(Digest digest, String baseUrl);
}
