package org.cybersudoe.web.jetty.internal;

/**
 * The problem document (RFC 9457) for a request that Jetty rejected while parsing it. The texts
 * are English only: the request's headers, Accept-Language among them, were not read.
 */
record BadMessageProblem(int status, String slug, String title, String detail) {

    /** The base of every problem type URI of the platform, as the web bundle writes them. */
    static final String TYPE_BASE = "https://cybersudoe.org/problems/";

    static BadMessageProblem of(int status, String reason) {
        String why = reason == null || reason.isBlank() ? "no reason given" : reason;
        return switch (status) {
            case 400 -> new BadMessageProblem(status, "bad-request", "Bad request",
                    "The request could not be read as HTTP (" + why + "). Check the request line (method, a path whose"
                            + " %-escapes are valid, HTTP/1.1), the Host header and Content-Length.");
            case 413 -> new BadMessageProblem(status, "payload-too-large", "Request body too large",
                    "The request body is larger than this server accepts (" + why + ").");
            case 414 -> new BadMessageProblem(status, "uri-too-long", "URI too long",
                    "The request line is longer than this server accepts. Send long data in the request body, not in the URI.");
            case 431 -> new BadMessageProblem(status, "header-fields-too-large", "Request header fields too large",
                    "The request headers are larger than this server accepts. Send fewer or shorter headers.");
            case 505 -> new BadMessageProblem(status, "http-version-not-supported", "HTTP version not supported",
                    "This server answers HTTP/1.0 and HTTP/1.1 requests.");
            default -> new BadMessageProblem(status, status >= 500 ? "internal-error" : "bad-request",
                    status >= 500 ? "Internal server error" : "Bad request",
                    "The request could not be read as HTTP (" + why + ").");
        };
    }

    /** The document as {@code application/problem+json}. */
    String json() {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"type\":");
        string(json, TYPE_BASE + slug);
        json.append(",\"title\":");
        string(json, title);
        json.append(",\"status\":").append(status);
        json.append(",\"detail\":");
        string(json, detail);
        return json.append('}').toString();
    }

    // Jetty's reasons quote pieces of the request, so anything may reach the document.
    private static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c) && !validSurrogate(value, i)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static boolean validSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }
}
