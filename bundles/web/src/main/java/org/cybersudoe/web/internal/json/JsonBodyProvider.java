package org.cybersudoe.web.internal.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * The JSON reader and writer of the REST server: Jackson's, except that the nesting limit of
 * the mapper ({@code maxJsonDepth}) holds for the whole body, whatever the type it is read into.
 *
 * <p>Jackson checks the depth only as far as it reads, and it stops at the first token that
 * does not fit the type: a body of 100,000 {@code [} read into an object, or a deep array given
 * for a text field, used to fail as "must be an object" (or "must be a text") before the limit
 * was reached, while the same depth under a field the type skips was refused. Here the body's
 * tokens are first walked through, without building anything, and a body nested too deep is
 * refused as such ({@code too-deep}, 400) before it is mapped. Other faults of the JSON are left
 * to the mapping, which reports them as before. The body is held in memory, as Jackson's parser
 * would hold it anyway; its size is bounded by the body limit ({@code maxBodyBytes}).
 */
public final class JsonBodyProvider extends JacksonJsonProvider {

    public JsonBodyProvider(ObjectMapper mapper) {
        super(mapper);
    }

    @Override
    protected JsonParser _createParser(ObjectReader reader, InputStream in) throws IOException {
        byte[] body = in.readAllBytes();
        checkDepth(reader.getFactory(), body);
        return super._createParser(reader, new ByteArrayInputStream(body));
    }

    /**
     * Walks the tokens of {@code body} with a parser of {@code factory}, whose stream read
     * constraints refuse nesting deeper than its limit.
     *
     * @throws StreamConstraintsException when the body nests arrays or objects deeper than the
     *     limit (Jackson says so in its message: "nesting depth")
     */
    static void checkDepth(JsonFactory factory, byte[] body) throws IOException {
        try (JsonParser parser = factory.createParser(body)) {
            while (parser.nextToken() != null) {
                // the parser counts the depth as it opens each array and object
            }
        } catch (StreamConstraintsException constraint) {
            // A number too long is left to the mapping too, which names the field holding it.
            if (String.valueOf(constraint.getMessage()).contains("depth")) {
                throw constraint;
            }
        } catch (JsonProcessingException other) {
            // malformed: the mapping reads the body again and reports it as it always has
        }
    }
}
