package org.cybersudoe.core.paging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.util.List;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.junit.Test;

public class PageRequestTest {

    @Test
    public void sortSyntaxGivesDirectionPerKey() {
        PageRequest request = PageRequest.of(10, 20, "name,-date", List.of("name", "date"));
        assertEquals(List.of(new SortOrder("name", true), new SortOrder("date", false)), request.sort());
        assertEquals(10, request.offset());
        assertEquals(20, request.limit());
    }

    @Test
    public void unknownSortKeyNamesTheSortField() {
        try {
            PageRequest.of(null, null, "password", List.of("name"));
            fail("sorted by a property that is not sortable");
        } catch (ValidationException e) {
            assertEquals("sort", e.fieldErrors().get(0).field());
        }
    }

    @Test
    public void outOfRangeValuesNameEachField() {
        try {
            new PageRequest(-1, 10_000, null);
            fail("accepted a negative offset and a huge limit");
        } catch (ValidationException e) {
            assertEquals(List.of("offset", "limit"), e.fieldErrors().stream().map(f -> f.field()).toList());
            assertEquals("must be between 1 and 500", e.fieldErrors().get(1).detail());
            assertEquals("debe estar entre 1 y 500", e.fieldErrors().get(1).text().resolve(Language.ES).orElseThrow());
            assertEquals("doit valoir 0 ou plus", e.fieldErrors().get(0).text().resolve(Language.FR).orElseThrow());
        }
    }

    @Test
    public void slicingReportsTheWholeSize() {
        Page<Integer> page = Page.slice(List.of(1, 2, 3, 4, 5), new PageRequest(3, 10, null));
        assertEquals(List.of(4, 5), page.items());
        assertEquals(5, page.total());
    }
}
