package org.cybersudoe.bench;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import javax.mail.Address;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What the two halves of GT4's work cost with everything of ours taken away, measured in the same
 * run as the ceilings: they say how much of the distance to a ceiling is the tools' own.
 */
final class OutreachFloors {

    private static final String FROM = "newsletter@cybersudoe.example";
    private static final String TO = "contact@company.example";

    private OutreachFloors() {
    }

    /**
     * The directory's rows written by Derby as plainly as it can take them one by one: a company
     * and its contact per CSV row, JDBC batches of {@code batch} rows a commit, into tables with
     * the directory's keys and indexes (the outreach migrations ran on {@code ds}), with no
     * validation, no look-up and no de-duplication.
     */
    static double derbyRowInserts(DataSource ds, Path csv, int rows, int batch) throws Exception {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        long started = System.nanoTime();
        try (Connection c = ds.getConnection();
                Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
                PreparedStatement company = c.prepareStatement("INSERT INTO out_company (id, partner_code, name, name_key, national_id, "
                        + "country, nuts_region, nace_code, size_class, founded_on, founded_by_woman, website, created_at, updated_at, "
                        + "version) VALUES (?, 'bench', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
                PreparedStatement contact = c.prepareStatement("INSERT INTO out_contact (id, company_id, partner_code, name, email, "
                        + "email_key, language, consent_basis, consent_date, consent_source, created_at, updated_at, version) "
                        + "VALUES (?, ?, 'bench', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            c.setAutoCommit(false);
            long id = 0;
            for (CSVRecord r : parser) {
                id++;
                company.setLong(1, id);
                company.setString(2, r.get("company_name"));
                company.setString(3, r.get("company_name").toLowerCase(Locale.ROOT));
                company.setString(4, blankToNull(r.get("national_id")));
                company.setString(5, r.get("country"));
                company.setString(6, blankToNull(r.get("region")));
                company.setString(7, blankToNull(r.get("nace")));
                company.setString(8, blankToNull(r.get("size")));
                company.setDate(9, r.get("founded").isBlank() ? null : Date.valueOf(r.get("founded")));
                company.setBoolean(10, "yes".equals(r.get("founded_by_woman")));
                company.setString(11, blankToNull(r.get("website")));
                company.setTimestamp(12, now);
                company.setTimestamp(13, now);
                company.addBatch();
                contact.setLong(1, id);
                contact.setLong(2, id);
                contact.setString(3, r.get("contact_name"));
                contact.setString(4, r.get("email"));
                contact.setString(5, r.get("email").toLowerCase(Locale.ROOT));
                contact.setString(6, r.get("language"));
                contact.setString(7, r.get("consent_basis"));
                contact.setDate(8, Date.valueOf(r.get("consent_date")));
                contact.setString(9, r.get("consent_source"));
                contact.setTimestamp(10, now);
                contact.setTimestamp(11, now);
                contact.addBatch();
                if (id % batch == 0) {
                    company.executeBatch();
                    contact.executeBatch();
                    c.commit();
                }
            }
            company.executeBatch();
            contact.executeBatch();
            c.commit();
            if (id != rows) {
                throw new IllegalStateException("the Derby insert floor wrote " + id + " rows of " + rows);
            }
        }
        return rows / ((System.nanoTime() - started) / 1e9);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * The mail library's own rate into the same sink, messages of the same size, 4 connections:
     * what dispatch would reach if the ledger, the personalisation and the checks cost nothing.
     * A message is laid out for every send.
     */
    static double javaMailAlone(int port, int messages, int size) throws Exception {
        Session session = session(port);
        StringBuilder body = new StringBuilder(size);
        while (body.length() < size - 1200) {
            body.append("Sauvegarder ses données, c'est garder son entreprise. Trois copies, deux supports.\n");
        }
        String text = body.toString();
        return overFourConnections(session, port, messages, to -> {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(FROM));
            m.setRecipients(Message.RecipientType.TO, to);
            m.setSubject("Lettre CyberSudoe", "UTF-8");
            m.setText(text, "UTF-8");
            return m;
        });
    }

    /**
     * JavaMail's SMTP transport alone, over 4 connections: one message of {@code size} bytes, read
     * once and sent every time (nothing laid out per send), so what is left is the SMTP exchange.
     */
    static double javaMailTransportAlone(int port, int messages, int size) throws Exception {
        Session session = session(port);
        StringBuilder text = new StringBuilder("From: " + FROM + "\r\nTo: " + TO + "\r\n"
                + "Subject: Lettre CyberSudoe\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n");
        while (text.length() < size) {
            text.append("Sauvegarder ses donnees, c'est garder son entreprise. Trois copies, deux supports.\r\n");
        }
        MimeMessage read = new MimeMessage(session, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.US_ASCII)));
        return overFourConnections(session, port, messages, to -> read);
    }

    private static Session session(int port) {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(port));
        return Session.getInstance(props);
    }

    /** The message to send next to {@code to}. */
    private interface NextMessage {
        MimeMessage get(Address[] to) throws MessagingException;
    }

    /** Sends {@code messages} messages over 4 connections, each from {@code next}; messages per second. */
    private static double overFourConnections(Session session, int port, int messages, NextMessage next) throws Exception {
        AtomicInteger left = new AtomicInteger(messages);
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                try (Transport transport = session.getTransport("smtp")) {
                    transport.connect("127.0.0.1", port, null, null);
                    Address[] to = {new InternetAddress(TO)};
                    while (left.getAndDecrement() > 0) {
                        transport.sendMessage(next.get(to), to);
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("sending over JavaMail failed: " + failures.get(0), failures.get(0));
        }
        return messages / ((System.nanoTime() - started) / 1e9);
    }
}
