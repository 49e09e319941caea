package com.empathyevidence.buildtools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Signs each final jar as UPM 8 (Jira 11, Confluence 10) verifies it: a detached Ed25519 signature over the exact
 * bytes of the jar file, Base64, in {@code <jar>.sig}, and the public certificate (PEM) beside the jars.
 *
 * <p>A single-file program run by the build after both jars are made:
 * {@code java [-Dsigning.keystore=… -Dsigning.alias=…] SignJar.java <target dir> <jar>...}
 * <ul>
 *   <li>Release: {@code -Dsigning.keystore=<PKCS12 file>} (on the Maven command line), {@code -Dsigning.alias}
 *       (default {@code empathy-evidence}), the store password in the environment variable {@code SIGNING_PASSWORD}
 *       (never on a command line). The key stays where it is; nothing of it is copied into target/.</li>
 *   <li>Otherwise: a throwaway development key, made once with keytool in {@code target/signing/} (so
 *       {@code clean} removes it) and named as such in its certificate. Never commit a private key.</li>
 * </ul>
 * Writes {@code <target>/empathy-evidence-signing.crt} and, for each jar, {@code <jar>.sig}; then verifies each
 * signature with the certificate's public key.
 */
public final class SignJar {

    private SignJar() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("Usage: java [-Dsigning.keystore=FILE -Dsigning.alias=NAME] SignJar.java <target dir> <jar>...");
            System.exit(2);
        }
        Path target = Path.of(args[0]);
        String keystoreProperty = System.getProperty("signing.keystore", "").trim();
        Path keystore;
        String alias;
        char[] password;
        boolean development = keystoreProperty.isEmpty();
        if (development) {
            keystore = target.resolve("signing/development-key.p12");
            alias = "development";
            password = "development".toCharArray();
            if (!Files.exists(keystore)) {
                makeDevelopmentKey(keystore, alias, password);
            }
        } else {
            keystore = Path.of(keystoreProperty);
            alias = System.getProperty("signing.alias", "empathy-evidence");
            String secret = System.getenv("SIGNING_PASSWORD");
            if (secret == null) {
                System.err.println("signing.keystore is set but SIGNING_PASSWORD is not: set it to the key store's password.");
                System.exit(2);
            }
            password = secret.toCharArray();
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        PrivateKey key = (PrivateKey) store.getKey(alias, password);
        Certificate certificate = store.getCertificate(alias);
        if (key == null || certificate == null) {
            System.err.println("No key \"" + alias + "\" in " + keystore + ": set -Dsigning.alias to the key's alias.");
            System.exit(2);
        }
        if (!"EdDSA".equals(key.getAlgorithm()) && !"Ed25519".equals(key.getAlgorithm())) {
            System.err.println("The key \"" + alias + "\" is " + key.getAlgorithm() + "; UPM verifies Ed25519 signatures only.");
            System.exit(2);
        }
        Path pem = target.resolve("empathy-evidence-signing.crt");
        Files.writeString(pem, pem(certificate), StandardCharsets.US_ASCII);
        for (String jar : List.of(args).subList(1, args.length)) {
            byte[] bytes = Files.readAllBytes(Path.of(jar));
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(bytes);
            byte[] signature = signer.sign();
            Files.writeString(Path.of(jar + ".sig"), Base64.getEncoder().encodeToString(signature), StandardCharsets.US_ASCII);
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(bytes);
            if (!verifier.verify(signature)) {
                throw new GeneralSecurityException("the signature of " + jar + " does not verify with " + pem);
            }
        }
        String fingerprint = HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        Files.writeString(target.resolve("empathy-evidence-signing.crt.sha256"), fingerprint + "\n", StandardCharsets.US_ASCII);
        System.out.println("[sign] " + (args.length - 1) + " jars signed with " + (development
                ? "a DEVELOPMENT key (not for customers; see README: signing a release)" : "the release key " + alias)
                + "; certificate " + pem + " SHA-256 " + fingerprint);
    }

    private static void makeDevelopmentKey(Path keystore, String alias, char[] password) throws IOException, InterruptedException {
        Files.createDirectories(keystore.getParent());
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-keyalg", "Ed25519", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-alias", alias, "-storepass", new String(password),
                "-dname", "CN=Empathy Evidence development build (not for release), O=Empathy Evidence",
                "-validity", "3650")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("keytool could not make the development key: " + output);
        }
    }

    private static String pem(Certificate certificate) throws GeneralSecurityException {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded());
        return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
    }
}
