package org.cybersudoe.network.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Map;

import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.network.MeetingDraft;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.StructureDraft;
import org.cybersudoe.network.internal.rest.Bodies.AttendanceEntryBody;
import org.cybersudoe.network.internal.rest.Bodies.AttendanceRecordBody;
import org.cybersudoe.network.internal.rest.Bodies.MeetingBody;
import org.cybersudoe.network.internal.rest.Bodies.StructureBody;
import org.junit.Test;

public class RestBodiesTest {

    @Test
    public void fileNamesComeFromContentDispositionEitherForm() {
        assertEquals("plan.pdf", DocumentResource.fileName("attachment; filename=\"plan.pdf\""));
        assertEquals("plan.pdf", DocumentResource.fileName("attachment; filename=plan.pdf"));
        assertEquals("Compte rendu – Tolède.pdf", DocumentResource.fileName(
                "attachment; filename=\"fallback.pdf\"; filename*=UTF-8''Compte%20rendu%20%E2%80%93%20Tol%C3%A8de.pdf"));
        assertEquals(null, DocumentResource.fileName("inline"));
    }

    @Test
    public void downloadsNameTheFileForEveryBrowser() {
        assertEquals("attachment; filename=\"Acta de Toledo_.pdf\"; filename*=UTF-8''Acta%20de%20Toledo%C3%B1.pdf",
                DocumentResource.contentDisposition("Acta de Toledoñ.pdf"));
    }

    @Test
    public void jsonStructureMapsToTheDraftWithCodesAndLanguageKeys() {
        StructureDraft d = Bodies.draft(new StructureBody("fib", Map.of("es", "Fundación", "en", "Foundation"), "associated",
                null, "ES", List.of("ES42"), null, List.of("es"), List.of("GT6"), null, null, 3L));
        assertEquals(MembershipStatus.ASSOCIATED, d.status());
        assertEquals("Fundación", d.name().exact(Language.ES).orElseThrow());
        assertEquals(java.util.Set.of(Language.ES), d.languages());
    }

    @Test
    public void badCodesInJsonNameTheirFields() {
        ValidationException e = assertThrows(ValidationException.class, () -> Bodies.draft(new StructureBody("fib",
                Map.of("xx", "?"), "member", null, "ES", null, null, List.of("ca"), null, null, null, null)));
        assertEquals(List.of("status", "name.xx", "languages[0]"), e.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("must be partner, associated or informed", e.fieldErrors().get(0).detail());
        assertEquals("doit valoir partner, associated ou informed",
                e.fieldErrors().get(0).text().resolve(Language.FR).orElseThrow());
        assertEquals("debe ser fr, es, pt o en", e.fieldErrors().get(2).text().resolve(Language.ES).orElseThrow());

        ValidationException attendance = assertThrows(ValidationException.class, () -> Bodies.entries(
                new AttendanceRecordBody(List.of(new AttendanceEntryBody(4L, "present"), new AttendanceEntryBody(null, "late")))));
        assertEquals(List.of("entries[1].personId", "entries[1].status"),
                attendance.fieldErrors().stream().map(FieldError::field).toList());
    }

    @Test
    public void attendanceAndMinutesAreNotSetThroughTheScheduleBody() {
        MeetingBody withMinutes = new MeetingBody(null, "steering", "seminar", Map.of("en", "x"), null, "Europe/Paris", null,
                null, "fib", "Toledo", null, "ES", null, null, null, "sneaky minutes", null, null);
        assertThrows(ValidationException.class, () -> Bodies.draft(withMinutes));
        MeetingDraft ok = Bodies.draft(new MeetingBody(null, "steering", "web-conference", Map.of("en", "x"), null,
                "Europe/Paris", null, null, "fib", null, null, null, "https://w.example", null, null, null, null, null));
        assertEquals("https://w.example", ok.link());
    }
}
