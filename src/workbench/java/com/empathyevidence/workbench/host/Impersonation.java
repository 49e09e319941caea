package com.empathyevidence.workbench.host;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the workbench's Confluence side acts as the viewing user on its Jira side, in place of OAuth impersonation:
 * a per-start random secret signs the username; the Jira side's authentication filter checks the signature.
 */
public final class Impersonation {

    public static final String USER_HEADER = "X-Workbench-Applink-User";
    public static final String SIGNATURE_HEADER = "X-Workbench-Applink-Signature";

    private final byte[] secret = new byte[32];

    public Impersonation() {
        new SecureRandom().nextBytes(secret);
    }

    public Map<String, String> sign(String username) {
        return Map.of(USER_HEADER, username, SIGNATURE_HEADER, mac(username));
    }

    /** The username when the signature is valid. */
    public Optional<String> verify(String username, String signature) {
        if (username == null || signature == null) {
            return Optional.empty();
        }
        boolean valid = MessageDigest.isEqual(mac(username).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
        return valid ? Optional.of(username) : Optional.empty();
    }

    private String mac(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
