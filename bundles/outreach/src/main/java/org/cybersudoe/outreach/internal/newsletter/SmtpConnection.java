package org.cybersudoe.outreach.internal.newsletter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.mail.Address;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.SendFailedException;
import javax.mail.Session;
import javax.mail.URLName;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import com.sun.mail.smtp.SMTPAddressFailedException;
import com.sun.mail.smtp.SMTPSendFailedException;
import com.sun.mail.smtp.SMTPTransport;

/**
 * One SMTP connection, kept open for many messages. Each send answers what the server said,
 * sorted the way the ledger needs it: accepted, refused for good (5xx), or to try again later
 * (4xx, or the connection failed, after which the connection is closed and must be reopened).
 * Not thread-safe: one per sending thread.
 */
final class SmtpConnection implements AutoCloseable {

    enum Outcome { ACCEPTED, PERMANENT, TRANSIENT }

    record Reply(Outcome outcome, String text) {
    }

    /**
     * Asked once the message's data is written and before the line that ends it: until then the
     * server delivers nothing, and a connection closed instead makes it drop the message.
     */
    interface Gate {
        /** Returns when the message may go; throws when it must not, and the connection is closed. */
        void pass() throws IOException;
    }

    private static final Gate OPEN = () -> { };

    private final Session session;
    private final MailConfig config;
    private static final long IDLE_CHECK_NANOS = 10_000_000_000L;

    private GatedTransport transport;
    private long lastUsed;

    SmtpConnection(Session session, MailConfig config) {
        this.session = session;
        this.config = config;
    }

    /** Opens the connection if it is not open; throws when the server cannot be reached. */
    void open() throws MessagingException {
        // JavaMail's isConnected() asks the server (NOOP): one more round trip per message when
        // asked every time. A connection in use answers every message, and a failed one is closed
        // at once, so only one idle long enough for the server to have dropped it is asked.
        if (transport != null && (System.nanoTime() - lastUsed < IDLE_CHECK_NANOS || transport.isConnected())) {
            return;
        }
        close();
        GatedTransport t = new GatedTransport(session, new URLName("smtp", config.host(), config.port(), null, null, null));
        Mailer.withMailClassLoader(() -> {
            t.connect(config.host(), config.port(), config.username().isBlank() ? null : config.username(),
                    config.password().isBlank() ? null : config.password());
            return null;
        });
        transport = t;
        lastUsed = System.nanoTime();
    }

    Reply send(MimeMessage message, String to) {
        return send(message, to, OPEN);
    }

    /** Sends {@code message}, ending its data only once {@code gate} lets it go. */
    Reply send(MimeMessage message, String to, Gate gate) {
        try {
            open();
            transport.gate = gate;
            Mailer.withMailClassLoader(() -> {
                transport.sendMessage(message, new InternetAddress[] {new InternetAddress(to)});
                return null;
            });
            lastUsed = System.nanoTime();
            String reply = transport.getLastServerResponse();
            return new Reply(Outcome.ACCEPTED, reply == null ? "250" : reply.strip());
        } catch (SMTPAddressFailedException e) {
            return classify(e.getReturnCode(), e.getMessage(), e);
        } catch (SMTPSendFailedException e) {
            return classify(e.getReturnCode(), e.getMessage(), e);
        } catch (SendFailedException e) {
            Exception next = e.getNextException();
            if (next instanceof SMTPAddressFailedException a) {
                return classify(a.getReturnCode(), a.getMessage(), e);
            }
            close();
            return new Reply(Outcome.TRANSIENT, e.getMessage());
        } catch (MessagingException e) {
            // the connection failed: whether the server took the message is unknown, so it goes again
            close();
            return new Reply(Outcome.TRANSIENT, "connection: " + e.getMessage());
        }
    }

    private Reply classify(int code, String text, MessagingException thrown) {
        String reply = text == null ? String.valueOf(code) : text.strip();
        // a refusal leaves the session usable (JavaMail resets it before the next message), except
        // 421, the server closing the connection, and a refusal JavaMail closed the connection on
        if (code == 421 || thrown.getNextException() instanceof IOException) {
            close();
        }
        return new Reply(code >= 500 ? Outcome.PERMANENT : Outcome.TRANSIENT, reply);
    }

    /**
     * JavaMail's transport, with the {@link Gate} asked before the end of each message's data, and
     * the envelope pipelined (RFC 2920) when the server offers PIPELINING: MAIL FROM, RCPT TO and
     * DATA leave in one write and their replies are read together, so a message costs two round
     * trips instead of four, and both ends fewer reads and writes. JavaMail 1.6 does not pipeline;
     * it sends each command through {@link #sendCommand} and reads its reply at once through
     * {@link #readServerResponse}, and those two are where the envelope is held back and its
     * replies read later.
     */
    private static final class GatedTransport extends SMTPTransport {
        private static final String PIPELINING = "PIPELINING";

        private Gate gate = OPEN;
        private Address[] recipients;
        /** Envelope commands not written yet: they go out with the next command. */
        private final List<String> held = new ArrayList<>(2);
        /** Envelope commands written whose replies are still to be read, oldest first. */
        private final List<String> unanswered = new ArrayList<>(2);
        /** Whether the last command was held back: JavaMail now asks for its reply. */
        private boolean lastHeld;

        GatedTransport(Session session, URLName url) {
            super(session, url);
        }

        @Override
        public synchronized void sendMessage(Message message, Address[] addresses) throws MessagingException {
            recipients = addresses;
            held.clear();
            unanswered.clear();
            lastHeld = false;
            super.sendMessage(message, addresses);
        }

        @Override
        protected void sendCommand(String cmd) throws MessagingException {
            if ((cmd.startsWith("MAIL FROM:") || cmd.startsWith("RCPT TO:")) && supportsExtension(PIPELINING)) {
                held.add(cmd);
                lastHeld = true;
                return;
            }
            lastHeld = false;
            if (held.isEmpty()) {
                super.sendCommand(cmd);
                return;
            }
            // one write: the envelope and DATA reach the server together
            unanswered.addAll(held);
            held.clear();
            super.sendCommand(String.join("\r\n", unanswered) + "\r\n" + cmd);
        }

        @Override
        protected int readServerResponse() throws MessagingException {
            if (lastHeld) {
                // its reply is read with DATA's; a refusal is thrown from there
                lastHeld = false;
                return 250;
            }
            if (unanswered.isEmpty()) {
                return super.readServerResponse();
            }
            String refused = null;
            int refusedCode = 0;
            String refusedReply = null;
            for (String command : unanswered) {
                int code = super.readServerResponse();
                if (code == -1) {
                    throw new MessagingException("the SMTP server closed the connection",
                            new IOException("connection closed after " + command));
                }
                if (refused == null && code != 250 && code != 251) {
                    refused = command;
                    refusedCode = code;
                    refusedReply = getLastServerResponse();
                }
            }
            unanswered.clear();
            int code = super.readServerResponse();
            if (refused == null) {
                return code;
            }
            MessagingException refusal;
            if (refused.startsWith("RCPT TO:") && recipients != null && recipients.length == 1
                    && recipients[0] instanceof InternetAddress to) {
                refusal = new SMTPAddressFailedException(to, refused, refusedCode, refusedReply);
            } else {
                refusal = new SMTPSendFailedException(refused, refusedCode, refusedReply, null, null, recipients, null);
            }
            if (code == 354) {
                // the server would take data for an envelope it refused: closing the connection
                // (JavaMail does, on this nested IOException) makes it drop the message
                refusal.setNextException(new IOException("the SMTP server took DATA after refusing " + refused));
                throw refusal;
            }
            // the transaction is left half open; as JavaMail does after a refusal, start afresh
            super.sendCommand("RSET");
            super.readServerResponse();
            throw refusal;
        }

        @Override
        protected void finishData() throws IOException, MessagingException {
            Gate current = gate;
            gate = OPEN;
            // an IOException here makes JavaMail close the connection without ending the data
            current.pass();
            super.finishData();
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // closing a broken connection: nothing more to do
            }
            transport = null;
        }
    }
}
