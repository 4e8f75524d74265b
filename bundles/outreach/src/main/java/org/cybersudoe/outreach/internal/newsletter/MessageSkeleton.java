package org.cybersudoe.outreach.internal.newsletter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign message as JavaMail writes it, with holes where each recipient's values go. JavaMail
 * lays the message out once per language and subject, with a marker for each value; every
 * recipient's message is then those bytes with the markers replaced. Laying out a MimeMessage per
 * recipient (headers parsed and checked again, the date formatted under a lock JavaMail shares
 * between threads) was most of the time the builder threads spent on an unsigned campaign.
 * Immutable.
 */
final class MessageSkeleton {

    /** What differs from one recipient's message to the next, and the marker JavaMail is given for it. */
    enum Slot {
        TO("slot-to@slot.invalid"),
        DATE("slot-date"),
        MESSAGE_ID("<slot-message-id@slot.invalid>"),
        UNSUBSCRIBE_URL("slot-unsubscribe-url"),
        TEXT("slot-text-body"),
        HTML("slot-html-body");

        final String marker;

        Slot(String marker) {
            this.marker = marker;
        }
    }

    /** The fixed bytes before each slot, and after the last: one more than {@link #slots}. */
    private final List<byte[]> fixed;
    private final List<Slot> slots;
    private final int fixedLength;

    private MessageSkeleton(List<byte[]> fixed, List<Slot> slots) {
        this.fixed = fixed;
        this.slots = slots;
        this.fixedLength = fixed.stream().mapToInt(part -> part.length).sum();
    }

    /**
     * Cuts a message written with every slot's marker in place of its value.
     *
     * @throws IllegalStateException when a marker is missing or found twice: the message would
     *         not be the one JavaMail writes
     */
    static MessageSkeleton of(byte[] written) {
        Map<Slot, Integer> at = new EnumMap<>(Slot.class);
        for (Slot slot : Slot.values()) {
            byte[] marker = slot.marker.getBytes(StandardCharsets.US_ASCII);
            int first = indexOf(written, marker, 0);
            if (first < 0 || indexOf(written, marker, first + 1) >= 0) {
                throw new IllegalStateException("the message layout holds the marker " + slot.marker + (first < 0 ? " nowhere" : " twice"));
            }
            at.put(slot, first);
        }
        List<Slot> order = new ArrayList<>(at.keySet());
        order.sort((a, b) -> Integer.compare(at.get(a), at.get(b)));
        List<byte[]> fixed = new ArrayList<>();
        int from = 0;
        for (Slot slot : order) {
            int start = at.get(slot);
            if (start < from) {
                throw new IllegalStateException("the markers overlap in the message layout");
            }
            fixed.add(Arrays.copyOfRange(written, from, start));
            from = start + slot.marker.length();
        }
        fixed.add(Arrays.copyOfRange(written, from, written.length));
        return new MessageSkeleton(List.copyOf(fixed), List.copyOf(order));
    }

    /** One recipient's message: {@code values} holds the bytes of every slot. */
    byte[] fill(Map<Slot, byte[]> values) {
        int length = fixedLength;
        for (Slot slot : slots) {
            length += values.get(slot).length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (int i = 0; i < slots.size(); i++) {
            byte[] part = fixed.get(i);
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
            byte[] value = values.get(slots.get(i));
            System.arraycopy(value, 0, out, at, value.length);
            at += value.length;
        }
        byte[] last = fixed.get(fixed.size() - 1);
        System.arraycopy(last, 0, out, at, last.length);
        return out;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
