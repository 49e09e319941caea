package com.empathyevidence.it;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.Test;

/**
 * The jar's detached signature is what UPM 8 verifies: Ed25519 over the jar's exact bytes, Base64, in
 * {@code <jar>.sig}, checked here exactly as Atlassian's "App signing troubleshooting" page does with OpenSSL, and with
 * the JDK. One changed byte of the jar, or a certificate of another key, must fail.
 */
public class SignatureIT {

    private final Path jar = Path.of(System.getProperty("plugin.jar"));
    private final Path signature = Path.of(System.getProperty("plugin.jar") + ".sig");
    private final Path certificate = Path.of(System.getProperty("signing.certificate"));

    @Test
    public void theSignatureIsBase64OfSixtyFourBytes() throws Exception {
        String text = Files.readString(signature, StandardCharsets.US_ASCII);
        assertEquals("an Ed25519 signature in Base64 is 88 characters: " + text, 88, text.length());
        assertEquals(64, Base64.getDecoder().decode(text).length);
    }

    @Test
    public void openSslVerifiesTheJarAsAtlassianDocumentsIt() throws Exception {
        assertTrue("OpenSSL should verify the signed jar", openSslVerifies(jar, certificate));
    }

    @Test
    public void openSslRefusesAJarWithOneByteChanged() throws Exception {
        byte[] bytes = Files.readAllBytes(jar);
        bytes[bytes.length / 2] ^= 0x01;
        Path tampered = Files.createTempFile("tampered-", ".jar");
        Files.write(tampered, bytes);
        Files.copy(signature, Path.of(tampered + ".sig"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertFalse("a jar with one byte changed must fail the check", openSslVerifies(tampered, certificate));
        assertFalse("the JDK must refuse it too", jdkVerifies(bytes, certificate));
    }

    @Test
    public void openSslRefusesACertificateOfAnotherKey() throws Exception {
        Path dir = Files.createTempDirectory("other-key-");
        Path store = dir.resolve("other.p12");
        run(List.of(keytool(), "-genkeypair", "-keyalg", "Ed25519", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-alias", "other", "-storepass", "changeit", "-dname", "CN=Someone else", "-validity", "2"), true);
        Path other = dir.resolve("other.crt");
        run(List.of(keytool(), "-exportcert", "-rfc", "-keystore", store.toString(), "-alias", "other", "-storepass", "changeit",
                "-file", other.toString()), true);
        assertFalse("a certificate that is not ours must fail the check", openSslVerifies(jar, other));
        assertFalse(jdkVerifies(Files.readAllBytes(jar), other));
    }

    @Test
    public void theJdkVerifiesWithTheCertificatesPublicKey() throws Exception {
        assertTrue(jdkVerifies(Files.readAllBytes(jar), certificate));
    }

    @Test
    public void theCertificateIsPemAndItsFingerprintIsPublished() throws Exception {
        String pem = Files.readString(certificate, StandardCharsets.US_ASCII);
        assertTrue(pem, pem.startsWith("-----BEGIN CERTIFICATE-----\n") && pem.endsWith("-----END CERTIFICATE-----\n"));
        X509Certificate x509 = read(certificate);
        assertEquals("Ed25519", x509.getPublicKey().getAlgorithm().replace("EdDSA", "Ed25519"));
        String fingerprint = Files.readString(Path.of(certificate + ".sha256"), StandardCharsets.US_ASCII).trim();
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(x509.getEncoded());
        assertArrayEquals(digest, java.util.HexFormat.ofDelimiter(":").parseHex(fingerprint.toLowerCase()));
    }

    @Test
    public void noPrivateKeyIsInTheJar() {
        List<String> keys = new ArrayList<>();
        for (String entry : PluginJar.get().entries) {
            if (entry.endsWith(".p12") || entry.endsWith(".pfx") || entry.endsWith(".jks") || entry.endsWith(".pem") || entry.endsWith(".key")) {
                keys.add(entry);
            }
        }
        assertEquals(List.of(), keys);
    }

    /** Atlassian's check, command for command: x509 -pubkey, base64 -d, pkeyutl -verify -rawin. */
    private static boolean openSslVerifies(Path jar, Path certificate) throws Exception {
        Path dir = Files.createTempDirectory("upm-check-");
        Path pub = dir.resolve("pub.pem");
        Path sig = dir.resolve("sig.bin");
        run(List.of("sh", "-c", "openssl x509 -in \"$0\" -noout -pubkey > \"$1\"", certificate.toString(), pub.toString()), true);
        run(List.of("sh", "-c", "base64 -d \"$0\" > \"$1\"", jar + ".sig", sig.toString()), true);
        Result verify = run(List.of("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", pub.toString(), "-rawin",
                "-in", jar.toString(), "-sigfile", sig.toString()), false);
        if (verify.exit == 0) {
            assertTrue(verify.output, verify.output.contains("Signature Verified Successfully"));
        }
        return verify.exit == 0;
    }

    private static boolean jdkVerifies(byte[] jarBytes, Path certificate) throws Exception {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(read(certificate).getPublicKey());
        verifier.update(jarBytes);
        byte[] sig = Base64.getDecoder().decode(Files.readString(Path.of(System.getProperty("plugin.jar") + ".sig"), StandardCharsets.US_ASCII));
        return verifier.verify(sig);
    }

    private static X509Certificate read(Path pem) throws Exception {
        try (var in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, boolean mustSucceed) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).directory(new File(System.getProperty("java.io.tmpdir"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (mustSucceed && exit != 0) {
            throw new AssertionError(String.join(" ", command) + " failed (" + exit + "): " + output);
        }
        return new Result(exit, output);
    }
}
