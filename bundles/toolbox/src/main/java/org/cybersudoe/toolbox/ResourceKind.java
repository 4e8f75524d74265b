package org.cybersudoe.toolbox;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a toolbox resource is. The first three are the programme's deliverables per theme;
 * a partner tool is an existing tool a partner brings and adapts to the network.
 */
public enum ResourceKind {
    GUIDE("guide"), VIDEO("video"), DIAGNOSTIC("diagnostic"), PARTNER_TOOL("partner-tool");

    private final String code;

    ResourceKind(String code) {
        this.code = code;
    }

    /** The lower-case code used on every surface; never null. */
    public String code() {
        return code;
    }

    /** True for the kinds counted in the target "9 guides, 9 videos, 9 diagnostics". */
    public boolean deliverable() {
        return this != PARTNER_TOOL;
    }

    /** The kind with this code; empty for anything else. */
    public static Optional<ResourceKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
