package org.cybersudoe.engagement.internal.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.engagement.internal.EngagementTexts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Reads a JSON file given to a console command: the same shapes as the REST bodies, the same strictness. */
final class JsonFile {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JsonFile() {
    }

    /** {@code path}: the exchange folder's file the user named {@code file}, as the command's {@code argument}. */
    static <T> T read(String argument, String file, Path path, Class<T> type) {
        try {
            return MAPPER.readValue(Files.readAllBytes(path), type);
        } catch (JsonProcessingException e) {
            // the parser's own words are English whatever the console's language
            throw new ValidationException(argument, "invalid-value", EngagementTexts.MESSAGES.text("console.invalid.json", file,
                    e.getLocation().getLineNr(), e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ValidationException(argument, "unreadable", file + ": " + e.getMessage());
        }
    }
}
