package org.cybersudoe.web.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A validated snapshot of {@link WebConfig}: values out of range are brought back to sane
 * bounds rather than rejected, so a typo in the cfg file never takes the edge down.
 *
 * @param expectedAreas areas that must report up, comma-separated lists split; never null
 * @param maxBodyBytes largest accepted structured request body (JSON, XML, text, forms), at least 1 KiB
 * @param maxJsonDepth deepest JSON nesting, between 4 and 1000
 * @param authCache how long a successful login is remembered, zero or more
 * @param maxUploadBytes largest accepted file upload (any other media type), at least
 *     {@code maxBodyBytes}
 * @param idempotencyKeyLifetime how long the answer to a request sent with an idempotency key is
 *     kept, between 1 hour and 30 days
 */
public record WebSettings(List<String> expectedAreas, long maxBodyBytes, int maxJsonDepth, Duration authCache,
        long maxUploadBytes, Duration idempotencyKeyLifetime) {

    /** The default upload limit, the same as {@link WebConfig}'s. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 52_428_800L;

    /** The default lifetime of idempotency keys, the same as {@link WebConfig}'s. */
    public static final Duration DEFAULT_IDEMPOTENCY_KEY_LIFETIME = Duration.ofHours(24);

    private static final Duration SHORTEST_KEY_LIFETIME = Duration.ofHours(1);
    private static final Duration LONGEST_KEY_LIFETIME = Duration.ofDays(30);

    /** The defaults, the same as {@link WebConfig}'s. */
    public static final WebSettings DEFAULTS = new WebSettings(List.of("network"), 1_048_576L, 64, Duration.ofSeconds(60));

    /** Settings with the default upload limit and key lifetime. */
    public WebSettings(List<String> expectedAreas, long maxBodyBytes, int maxJsonDepth, Duration authCache) {
        this(expectedAreas, maxBodyBytes, maxJsonDepth, authCache, DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_IDEMPOTENCY_KEY_LIFETIME);
    }

    public WebSettings {
        // a .cfg file gives "network, toolbox" as one string: commas separate areas too
        expectedAreas = expectedAreas == null ? List.of()
                : expectedAreas.stream().filter(Objects::nonNull).flatMap(a -> Arrays.stream(a.split(",")))
                        .map(String::trim).filter(a -> !a.isEmpty()).distinct().toList();
        maxBodyBytes = Math.max(1024L, maxBodyBytes);
        maxJsonDepth = Math.min(1000, Math.max(4, maxJsonDepth));
        authCache = authCache == null || authCache.isNegative() ? Duration.ZERO : authCache;
        maxUploadBytes = Math.max(maxBodyBytes, maxUploadBytes);
        idempotencyKeyLifetime = idempotencyKeyLifetime == null ? DEFAULT_IDEMPOTENCY_KEY_LIFETIME
                : idempotencyKeyLifetime.compareTo(SHORTEST_KEY_LIFETIME) < 0 ? SHORTEST_KEY_LIFETIME
                : idempotencyKeyLifetime.compareTo(LONGEST_KEY_LIFETIME) > 0 ? LONGEST_KEY_LIFETIME
                : idempotencyKeyLifetime;
    }

    /** The settings of a configuration. */
    public static WebSettings of(WebConfig config) {
        return new WebSettings(config.expectedAreas() == null ? List.of() : Arrays.asList(config.expectedAreas()),
                config.maxBodyBytes(), config.maxJsonDepth(), Duration.ofSeconds(config.authCacheSeconds()),
                config.maxUploadBytes(), Duration.ofHours(config.idempotencyKeyHours()));
    }
}
