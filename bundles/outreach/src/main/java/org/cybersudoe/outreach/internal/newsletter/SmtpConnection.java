package org.cybersudoe.outreach.internal.newsletter;

import java.io.IOException;

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
            return classify(e.getReturnCode(), e.getMessage());
        } catch (SMTPSendFailedException e) {
            return classify(e.getReturnCode(), e.getMessage());
        } catch (SendFailedException e) {
            Exception next = e.getNextException();
            if (next instanceof SMTPAddressFailedException a) {
                return classify(a.getReturnCode(), a.getMessage());
            }
            close();
            return new Reply(Outcome.TRANSIENT, e.getMessage());
        } catch (MessagingException e) {
            // the connection failed: whether the server took the message is unknown, so it goes again
            close();
            return new Reply(Outcome.TRANSIENT, "connection: " + e.getMessage());
        }
    }

    private Reply classify(int code, String text) {
        String reply = text == null ? String.valueOf(code) : text.strip();
        // a 4xx leaves the session usable (JavaMail resets it before the next message), except 421:
        // the server is closing the connection
        if (code == 421) {
            close();
        }
        return new Reply(code >= 500 ? Outcome.PERMANENT : Outcome.TRANSIENT, reply);
    }

    /** JavaMail's transport, with the {@link Gate} asked before the end of each message's data. */
    private static final class GatedTransport extends SMTPTransport {
        private Gate gate = OPEN;

        GatedTransport(Session session, URLName url) {
            super(session, url);
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
