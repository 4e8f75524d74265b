package org.cybersudoe.core.paging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Comparator;
import java.util.List;

import org.cybersudoe.core.error.ValidationException;
import org.junit.Test;

public class InMemoryOrderTest {

    private record Meeting(String committee, int day) {
    }

    private static final InMemoryOrder<Meeting> ORDER = InMemoryOrder
            .by("committee", Comparator.comparing(Meeting::committee))
            .then("day", Comparator.comparingInt(Meeting::day));

    private static final List<Meeting> AS_GIVEN = List.of(new Meeting("tech", 3), new Meeting("ssc", 9),
            new Meeting("tech", 1), new Meeting("ssc", 2));

    @Test
    public void sortKeysApplyInTurnWithTheirDirection() {
        Page<Meeting> page = ORDER.page(AS_GIVEN, PageRequest.of(null, null, "committee,-day", ORDER.properties()));
        assertEquals(List.of(new Meeting("ssc", 9), new Meeting("ssc", 2), new Meeting("tech", 3), new Meeting("tech", 1)),
                page.items());
    }

    @Test
    public void withoutSortTheListKeepsItsOwnOrderAndTiesKeepItToo() {
        assertEquals(AS_GIVEN, ORDER.page(AS_GIVEN, PageRequest.first()).items());
        assertEquals(List.of(new Meeting("ssc", 9), new Meeting("ssc", 2), new Meeting("tech", 3), new Meeting("tech", 1)),
                ORDER.page(AS_GIVEN, PageRequest.of(null, null, "committee", ORDER.properties())).items());
    }

    @Test
    public void theSortedListIsSlicedAndCountedWhole() {
        Page<Meeting> page = ORDER.page(AS_GIVEN, PageRequest.of(1, 2, "day", ORDER.properties()));
        assertEquals(List.of(new Meeting("ssc", 2), new Meeting("tech", 3)), page.items());
        assertEquals(4, page.total());
        assertEquals(new Meeting("tech", 3), AS_GIVEN.get(0));
        assertEquals("the query values give the same page", page, ORDER.page(AS_GIVEN, 1, 2, "day"));
    }

    @Test
    public void aPropertyTheListDoesNotSortByIsBadInputOnSort() {
        ValidationException e = assertThrows(ValidationException.class, () -> ORDER.page(AS_GIVEN, null, null, "members"));
        assertEquals("sort", e.fieldErrors().get(0).field());
    }

    @Test(expected = IllegalArgumentException.class)
    public void aPropertyGivenTwiceIsAProgrammingError() {
        ORDER.then("day", Comparator.comparingInt(Meeting::day));
    }
}
