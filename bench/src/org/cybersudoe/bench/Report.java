package org.cybersudoe.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Replaces one benchmark's section of docs/benchmarks.md, between its markers, leaving the rest as it is. */
final class Report {

    private Report() {
    }

    static void replaceSection(Path report, String name, String section) throws IOException {
        String start = "<!-- " + name + ": written by its benchmark -->";
        String end = "<!-- " + name + ": end -->";
        String text = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "# Benchmarks\n";
        String block = start + "\n" + section.strip() + "\n" + end;
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from >= 0 && to > from) {
            text = text.substring(0, from) + block + text.substring(to + end.length());
        } else {
            text = text.stripTrailing() + "\n\n" + block + "\n";
        }
        Files.writeString(report, text, StandardCharsets.UTF_8);
    }
}
