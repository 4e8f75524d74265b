package org.cybersudoe.outreach.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * An SMTP server whose answer to each RCPT TO a test decides (greylisting, a mailbox that does
 * not exist), for the failures GreenMail does not produce. It records what it accepted.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;
    /** (address, how many times it was tried so far) -> the reply to RCPT TO */
    private final BiFunction<String, Integer, String> rcptReply;
    private final Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();
    final List<String> accepted = new CopyOnWriteArrayList<>();

    ScriptedSmtpServer(BiFunction<String, Integer, String> rcptReply) throws IOException {
        this.rcptReply = rcptReply;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    int tries(String address) {
        AtomicInteger n = tries.get(address);
        return n == null ? 0 : n.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread t = new Thread(() -> serve(client), "scripted-smtp-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = client.getOutputStream()) {
            reply(out, "220 scripted ESMTP");
            String rcpt = null;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 scripted");
                } else if (command.startsWith("MAIL FROM")) {
                    rcpt = null;
                    reply(out, "250 ok");
                } else if (command.startsWith("RCPT TO")) {
                    String address = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                    int n = tries.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
                    String answer = rcptReply.apply(address, n);
                    if (answer.startsWith("250")) {
                        rcpt = address;
                    }
                    reply(out, answer);
                } else if (command.startsWith("DATA")) {
                    reply(out, "354 go on");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the message itself is not kept
                    }
                    if (rcpt != null) {
                        accepted.add(rcpt);
                    }
                    reply(out, "250 queued");
                } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
                    rcpt = null;
                    reply(out, "250 ok");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "502 not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
