package org.cybersudoe.web.internal.rest;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import javax.ws.rs.core.MediaType;

import org.junit.Test;

public class BodyLimitFilterTest {

    @Test
    public void parsedBodiesGetTheSmallLimit() {
        assertTrue(BodyLimitFilter.isStructured(MediaType.APPLICATION_JSON_TYPE));
        assertTrue(BodyLimitFilter.isStructured(MediaType.valueOf("application/problem+json")));
        assertTrue(BodyLimitFilter.isStructured(MediaType.valueOf("text/xml; charset=UTF-8")));
        assertTrue(BodyLimitFilter.isStructured(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        assertTrue(BodyLimitFilter.isStructured(null));
    }

    @Test
    public void filesGetTheUploadLimit() {
        assertFalse(BodyLimitFilter.isStructured(MediaType.valueOf("application/pdf")));
        // a directory import of 100,000 rows is a 16 MB CSV file, streamed by the import
        assertFalse(BodyLimitFilter.isStructured(MediaType.valueOf("text/csv; charset=UTF-8")));
        assertFalse(BodyLimitFilter.isStructured(MediaType.valueOf("text/tab-separated-values")));
        assertTrue(BodyLimitFilter.isStructured(MediaType.valueOf("text/plain")));
        assertFalse(BodyLimitFilter.isStructured(MediaType.APPLICATION_OCTET_STREAM_TYPE));
        assertFalse(BodyLimitFilter.isStructured(MediaType.valueOf("image/png")));
    }

    @Test
    public void onlyRequestsThatDeclareABodyHaveOneToLimit() {
        assertTrue(BodyLimitFilter.hasBody(120, null));
        assertTrue(BodyLimitFilter.hasBody(-1, "chunked"));
        assertFalse(BodyLimitFilter.hasBody(0, null));
        assertFalse(BodyLimitFilter.hasBody(-1, null));
        assertFalse(BodyLimitFilter.hasBody(-1, " "));
    }
}
