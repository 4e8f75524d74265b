package org.cybersudoe.web.internal.soap;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.cxf.helpers.CastUtils;
import org.apache.cxf.message.Message;

/** Reading and writing the HTTP headers of a CXF message. */
public final class SoapHeaders {

    private SoapHeaders() {
    }

    /** The first value of a request header, ignoring case; null when absent. */
    public static String first(Message message, String name) {
        Map<String, List<String>> headers = CastUtils.cast((Map<?, ?>) message.get(Message.PROTOCOL_HEADERS));
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey() != null && header.getKey().equalsIgnoreCase(name) && header.getValue() != null
                    && !header.getValue().isEmpty()) {
                return header.getValue().get(0);
            }
        }
        return null;
    }

    /** Sets a response header on an outgoing message. */
    static void set(Message message, String name, String value) {
        Map<String, List<String>> headers = CastUtils.cast((Map<?, ?>) message.get(Message.PROTOCOL_HEADERS));
        if (headers == null) {
            headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            message.put(Message.PROTOCOL_HEADERS, headers);
        }
        headers.put(name, List.of(value));
    }
}
