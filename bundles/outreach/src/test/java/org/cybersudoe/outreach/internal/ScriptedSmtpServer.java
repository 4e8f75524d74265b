package org.cybersudoe.outreach.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * An SMTP server whose answer to each RCPT TO a test decides (greylisting, a mailbox that does
 * not exist), for the failures GreenMail does not produce. It records what it accepted. With
 * {@link #pipelining} it offers PIPELINING (RFC 2920) and, as real servers do, answers what it has
 * read only once nothing more is waiting to be read; {@link #batches} shows which commands the
 * client sent without waiting for a reply.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;
    /** (address, how many times it was tried so far) -> the reply to RCPT TO */
    private final BiFunction<String, Integer, String> rcptReply;
    private final Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    /** The data of each message accepted, lines joined with CRLF, dot-stuffing undone. */
    public final List<String> messages = new CopyOnWriteArrayList<>();
    /** The commands (their verbs) read before each time the server wrote its replies. */
    public final List<List<String>> batches = new CopyOnWriteArrayList<>();
    /** Offer PIPELINING; set before the client connects. */
    public volatile boolean pipelining;
    /** The reply to MAIL FROM. */
    public volatile String mailReply = "250 ok";
    /** Say 354 to DATA even when no recipient was accepted, as a broken server would. */
    public volatile boolean dataWithoutRecipient;

    public ScriptedSmtpServer(BiFunction<String, Integer, String> rcptReply) throws IOException {
        this.rcptReply = rcptReply;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public List<String> accepted() {
        return List.copyOf(accepted);
    }

    public int tries(String address) {
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
            Replies replies = new Replies(out);
            replies.add("220 scripted ESMTP");
            String rcpt = null;
            String line;
            while ((line = replies.readLine(in)) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                replies.read(command.split(" ", 2)[0]);
                if (command.startsWith("EHLO")) {
                    replies.add(pipelining ? "250-scripted\r\n250 PIPELINING" : "250 scripted");
                } else if (command.startsWith("HELO")) {
                    replies.add("250 scripted");
                } else if (command.startsWith("MAIL FROM")) {
                    rcpt = null;
                    replies.add(mailReply);
                } else if (command.startsWith("RCPT TO")) {
                    String address = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                    int n = tries.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
                    String answer = mailReply.startsWith("250") ? rcptReply.apply(address, n) : "503 no sender";
                    if (answer.startsWith("250")) {
                        rcpt = address;
                    }
                    replies.add(answer);
                } else if (command.startsWith("DATA")) {
                    if (rcpt == null && !dataWithoutRecipient) {
                        replies.add("554 no valid recipients");
                        continue;
                    }
                    replies.add("354 go on");
                    StringBuilder data = new StringBuilder();
                    while ((line = replies.readLine(in)) != null && !line.equals(".")) {
                        data.append(line.startsWith(".") ? line.substring(1) : line).append("\r\n");
                    }
                    if (line == null) {
                        // the client went away before the end of the data: nothing is delivered
                        return;
                    }
                    if (rcpt != null) {
                        accepted.add(rcpt);
                        messages.add(data.toString());
                    }
                    replies.add("250 queued");
                } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
                    rcpt = null;
                    replies.add("250 ok");
                } else if (command.startsWith("QUIT")) {
                    replies.add("221 bye");
                    replies.flush();
                    return;
                } else {
                    replies.add("502 not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    /** Replies held until nothing more waits to be read, and the commands read meanwhile. */
    private final class Replies {
        private final OutputStream out;
        private final StringBuilder pending = new StringBuilder();
        private final List<String> read = new ArrayList<>();

        Replies(OutputStream out) {
            this.out = out;
        }

        void add(String reply) {
            pending.append(reply).append("\r\n");
        }

        void read(String verb) {
            read.add(verb);
        }

        String readLine(BufferedReader in) throws IOException {
            if (!in.ready()) {
                flush();
            }
            return in.readLine();
        }

        void flush() throws IOException {
            if (pending.length() > 0) {
                out.write(pending.toString().getBytes(StandardCharsets.US_ASCII));
                out.flush();
                pending.setLength(0);
                if (!read.isEmpty()) {
                    batches.add(List.copyOf(read));
                    read.clear();
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
