package org.cybersudoe.core.shell;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.support.completers.ArgumentCommandLine;
import org.junit.Test;

public class TypedValueCompleterTest {

    @Test
    public void anIdOffersItselfSoThatKarafGoesOnToTheNextArgument() {
        List<String> candidates = new ArrayList<>();
        assertEquals(0, new TypedValueCompleter().complete(null, new ArgumentCommandLine("1234", 4), candidates));
        assertEquals(List.of("1234"), candidates);
    }

    @Test
    public void nothingTypedOffersNothing() {
        List<String> candidates = new ArrayList<>();
        assertEquals(-1, new TypedValueCompleter().complete(null, new ArgumentCommandLine("", 0), candidates));
        assertEquals(List.of(), candidates);
    }
}
