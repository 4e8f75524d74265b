package org.cybersudoe.outreach.internal.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.outreach.internal.OutreachTexts;

/**
 * A CSV file as spreadsheets write them: UTF-8 with or without a byte order mark, UTF-16 with
 * one, or Windows-1252 when the bytes are not UTF-8 (older "CSV" exports); comma, semicolon (the
 * usual separator where the decimal mark is a comma) or tab between cells, whichever the header
 * line uses most. The whole file is read once to check its structure and count its rows before
 * any row is imported, so a broken quote on the last line imports nothing.
 */
final class CsvFile {

    private final Path path;
    private final Charset charset;
    private final int bomBytes;
    private final char delimiter;
    private final List<String> header;
    private final int rows;

    private CsvFile(Path path, Charset charset, int bomBytes, char delimiter, List<String> header, int rows) {
        this.path = path;
        this.charset = charset;
        this.bomBytes = bomBytes;
        this.delimiter = delimiter;
        this.header = header;
        this.rows = rows;
    }

    /** Reads and checks the file; fails naming the line when its structure is broken. */
    static CsvFile open(Path path, int maxRows) {
        byte[] head = new byte[3];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, 3);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Charset charset = StandardCharsets.UTF_8;
        int bom = 0;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            bom = 3;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        }
        if (n == 0) {
            throw new ValidationException("file", "empty", OutreachTexts.MESSAGES.text("error.field.file-empty"));
        }
        char delimiter = delimiter(path, charset, bom);
        try {
            return scan(path, charset, bom, delimiter, maxRows);
        } catch (CharacterCodingException notUtf8) {
            if (bom != 0) {
                throw new ValidationException("file", "encoding",
                        OutreachTexts.MESSAGES.text("error.field.file-not-its-charset", charset.name()));
            }
            try {
                return scan(path, Charset.forName("windows-1252"), 0, delimiter, maxRows);
            } catch (CharacterCodingException e) {
                throw new ValidationException("file", "encoding", OutreachTexts.MESSAGES.text("error.field.file-encoding"));
            }
        }
    }

    private static CsvFile scan(Path path, Charset charset, int bom, char delimiter, int maxRows) throws CharacterCodingException {
        try (Reader reader = reader(path, charset, bom, true); CSVParser parser = format(delimiter).parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new ValidationException("file", "empty", OutreachTexts.MESSAGES.text("error.field.file-empty"));
            }
            List<String> header = records.next().toList();
            int rows = 0;
            long line = parser.getCurrentLineNumber();
            while (true) {
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    records.next();
                } catch (UncheckedIOException e) {
                    if (e.getCause() instanceof CharacterCodingException coding) {
                        throw coding;
                    }
                    // the parser's own sentence is English and speaks of its tokens: the caller gets the line in its language
                    throw new ValidationException("line " + (line + 1), "malformed",
                            OutreachTexts.MESSAGES.text("error.field.file-broken", line + 1));
                }
                line = parser.getCurrentLineNumber();
                if (++rows > maxRows) {
                    throw new ValidationException("file", "too-many-rows",
                            OutreachTexts.MESSAGES.text("error.field.file-too-many-rows", maxRows));
                }
            }
            return new CsvFile(path, charset, bom, delimiter, header, rows);
        } catch (CharacterCodingException e) {
            throw e;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw coding;
            }
            throw e;
        } catch (IOException e) {
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw coding;
            }
            throw new UncheckedIOException(e);
        }
    }

    List<String> header() {
        return header;
    }

    int rowCount() {
        return rows;
    }

    String describe() {
        return charset.name() + ", separator '" + (delimiter == '\t' ? "\\t" : String.valueOf(delimiter)) + "'";
    }

    /** A row of the file: its cells and the line it starts on. */
    record Row(int line, List<String> cells) {
    }

    /** Reads the rows after the header, in order; close it when done. */
    Rows rows() {
        try {
            Reader reader = reader(path, charset, bomBytes, false);
            CSVParser parser = format(delimiter).parse(reader);
            return new Rows(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of the file, each with its first line number. */
    static final class Rows implements Iterator<Row>, AutoCloseable {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private long endOfPrevious;

        Rows(CSVParser parser) {
            this.parser = parser;
            this.records = parser.iterator();
            records.next();
            endOfPrevious = parser.getCurrentLineNumber();
        }

        @Override
        public boolean hasNext() {
            return records.hasNext();
        }

        @Override
        public Row next() {
            if (!records.hasNext()) {
                throw new NoSuchElementException();
            }
            CSVRecord record = records.next();
            // blank lines are skipped by the parser: the record starts where its first cell is
            long start = endOfPrevious + 1;
            endOfPrevious = parser.getCurrentLineNumber();
            return new Row((int) start, new ArrayList<>(record.toList()));
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(false).get();
    }

    private static Reader reader(Path path, Charset charset, int bom, boolean strict) throws IOException {
        InputStream in = Files.newInputStream(path);
        in.skipNBytes(bom);
        var decoder = charset.newDecoder().onMalformedInput(strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE)
                .onUnmappableCharacter(strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    private static char delimiter(Path path, Charset charset, int bom) {
        String first;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(skip(Files.newInputStream(path), bom),
                charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)))) {
            first = reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (first == null) {
            return ',';
        }
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : first.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static InputStream skip(InputStream in, int bytes) throws IOException {
        in.skipNBytes(bytes);
        return in;
    }
}
