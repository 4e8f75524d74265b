package org.cybersudoe.web.internal.health;

/**
 * One area's state in the health document.
 *
 * @param up true when the area serves requests
 * @param detail a short English reason for operators; never null
 */
public record AreaHealth(boolean up, String detail) {
}
