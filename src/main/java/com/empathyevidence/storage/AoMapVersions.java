package com.empathyevidence.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The table names the hosts give the plugin's entities, for the statements written by hand ({@link AoPanelAggregates},
 * {@link AoMapGroups#stamp}): {@code AO_} plus the last six hex digits of the MD5 of the {@code <ao>} namespace, upper
 * case, the rule the workbench mirrors. (The map's version was once a fingerprint of aggregates over every piece here;
 * it is now made from the map's groups, {@code app/PersonaMapVersions}.)
 */
final class AoMapVersions {

    /** The namespace of the plugin's {@code <ao>} module in atlassian-plugin.xml. */
    static final String NAMESPACE = "com.empathyevidence.evidence";

    private AoMapVersions() {
    }

    /** The hosts' table prefix: "AO_" plus the last six hex digits of the MD5 of the namespace, upper case. */
    static String tablePrefix(String namespace) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8)));
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
