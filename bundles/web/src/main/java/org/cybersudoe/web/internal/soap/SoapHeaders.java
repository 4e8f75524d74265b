package org.cybersudoe.web.internal.soap;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.cxf.helpers.CastUtils;
import org.apache.cxf.message.Message;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;

/** Reading and writing the HTTP headers of a CXF message. */
public final class SoapHeaders {

    private SoapHeaders() {
    }

    /**
     * The language a SOAP call asks for in its {@code Accept-Language} header (English when it names
     * none): its faults and the texts of its answer are worded in it.
     */
    public static Language language(Message request) {
        return Messages.negotiate(request == null ? null : first(request, "Accept-Language"));
    }

    /** The first value of a request header, ignoring case; null when absent. */
    static String first(Message message, String name) {
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
