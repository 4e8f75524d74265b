package org.cybersudoe.web.internal.json;

import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.cybersudoe.web.internal.WebSettings;

/** The platform's one JSON configuration, for every REST body in and out. */
public final class ObjectMappers {

    private ObjectMappers() {
    }

    /**
     * A mapper that reads strictly (an unknown field, an unknown enum value, an enum given as
     * a number or a fraction given for an integer are errors naming the field), writes dates
     * as ISO-8601 strings, knows records, {@code java.time} and {@code Optional}, and refuses
     * JSON nested deeper than the settings allow.
     */
    public static ObjectMapper create(WebSettings settings) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(settings.maxJsonDepth())
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                // a wall-clock time given with an offset ("...T09:30:00Z") is refused rather than read
                // as if the offset were not there, which would move it by the zone's offset unseen
                .withConfigOverride(LocalDateTime.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)))
                .build();
    }
}
