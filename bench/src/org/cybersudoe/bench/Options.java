package org.cybersudoe.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --name value} options the benchmark scripts pass to their Java part. */
final class Options {

    private Options() {
    }

    static Map<String, String> parse(String[] args, String usage) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: " + usage + "; got " + String.join(" ", args));
            }
            out.put(args[i].substring(2), args[++i]);
        }
        return out;
    }

    static String required(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }
}
