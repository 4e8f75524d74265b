package org.cybersudoe.core.period;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.cybersudoe.core.error.ValidationException;
import org.junit.Test;

public class SemesterTest {

    @Test
    public void parsesAndPrintsTheSameText() {
        assertEquals("2010-S2", Semester.parse("2010-S2", "semester").toString());
    }

    @Test
    public void aDateFallsInItsHalfYear() {
        assertEquals(new Semester(2009, 2), Semester.of(LocalDate.of(2009, 9, 1)));
        assertEquals(new Semester(2010, 1), Semester.of(LocalDate.of(2010, 6, 30)));
        assertTrue(new Semester(2010, 2).contains(LocalDate.of(2010, 7, 1)));
    }

    @Test
    public void theProgrammePeriodSpansItsSemesters() {
        List<Semester> semesters = Semester.between(LocalDate.of(2009, 9, 1), LocalDate.of(2011, 12, 31));
        assertEquals(List.of(new Semester(2009, 2), new Semester(2010, 1), new Semester(2010, 2),
                new Semester(2011, 1), new Semester(2011, 2)), semesters);
    }

    @Test(expected = ValidationException.class)
    public void badTextIsAValidationError() {
        Semester.parse("2010-S3", "semester");
    }
}
