package org.cybersudoe.outreach.internal;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.james.jdkim.DKIMVerifier;
import org.cybersudoe.outreach.internal.newsletter.MailConfig;

/** Mail settings for tests, a DKIM key pair, and a verifier that knows its public key. */
public final class Mail {

    public final KeyPair keys;
    public final Path keyFile;

    public Mail(Path folder) throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        this.keyFile = folder.resolve("dkim.pem");
        Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
    }

    /** The DNS TXT record that publishes this key. */
    public String keyRecord() {
        return "v=DKIM1; k=rsa; p=" + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /** A verifier whose DNS answers the selector {@code test} of any domain with this key. */
    public DKIMVerifier verifier() {
        String record = keyRecord();
        return new DKIMVerifier((method, selector, domain) -> "test".contentEquals(selector) ? List.of(record) : List.of());
    }

    /**
     * Whether dkimpy (Debian's python3-dkim, a DKIM implementation of its own, unrelated to the
     * signer's) finds every message valid, with this key as the selector {@code test}'s record.
     * Says what it printed otherwise. Fails, naming the package, when it is not installed.
     */
    public String independentVerdict(List<byte[]> messages, Path folder) throws IOException, InterruptedException {
        Path python = Path.of("/usr/bin/python3");
        List<String> command = new ArrayList<>(List.of(python.toString(), "-c", String.join("\n",
                "import sys",
                "try:",
                "    import dkim",
                "except ImportError:",
                "    sys.exit('dkimpy is missing: apt-get install python3-dkim (test.sh installs it)')",
                "record = sys.argv[1].encode()",
                "def dns(name, timeout=5):",
                "    return record if name.startswith(b'test._domainkey.') else None",
                "bad = [f for f in sys.argv[2:] if not dkim.verify(open(f, 'rb').read(), dnsfunc=dns)]",
                "print('invalid: ' + ', '.join(bad) if bad else 'valid')"), keyRecord()));
        for (int i = 0; i < messages.size(); i++) {
            Path file = folder.resolve("message-" + i + ".eml");
            Files.write(file, messages.get(i));
            command.add(file.toString());
        }
        if (!Files.isExecutable(python)) {
            throw new IllegalStateException("/usr/bin/python3 is missing: apt-get install python3-dkim (test.sh installs it)");
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out;
    }

    public MailConfig config(int port, int connections, int maxPerSecond, boolean sign) {
        return new MailConfig() {
            @Override public Class<? extends Annotation> annotationType() { return MailConfig.class; }
            @Override public boolean dispatch() { return true; }
            @Override public String host() { return "127.0.0.1"; }
            @Override public int port() { return port; }
            @Override public boolean startTls() { return false; }
            @Override public String username() { return ""; }
            @Override public String password() { return ""; }
            @Override public int connections() { return connections; }
            @Override public int maxPerSecond() { return maxPerSecond; }
            @Override public String fromAddress() { return "lettre@cybersudoe.example"; }
            @Override public String fromName() { return "CyberSudoe"; }
            @Override public String dkimSelector() { return sign ? "test" : ""; }
            @Override public String dkimKeyFile() { return sign ? keyFile.toString() : ""; }
            @Override public String publicBaseUrl() { return "https://cybersudoe.example"; }
            @Override public String unsubscribeMailto() { return "unsubscribe@cybersudoe.example"; }
            @Override public int maxAttempts() { return 3; }
            @Override public int retryAfterSeconds() { return 1; }
        };
    }
}
