package org.cybersudoe.core.place;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class PlacesTest {

    @Test
    public void onlyAssignedCountryCodesInCapitalsAreCountries() {
        assertTrue(Places.isCountry("FR"));
        assertTrue(Places.isCountry("PT"));
        assertTrue(Places.isCountry("GR"));
        assertFalse("two letters that no country has", Places.isCountry("XX"));
        assertFalse("Eurostat's code for Greece is not an ISO country", Places.isCountry("EL"));
        assertFalse(Places.isCountry("fr"));
        assertFalse(Places.isCountry("FRA"));
        assertFalse(Places.isCountry(null));
    }

    @Test
    public void greekAndBritishRegionsUseEurostatsPrefix() {
        assertEquals("ES", Places.nutsPrefix("ES"));
        assertEquals("EL", Places.nutsPrefix("GR"));
        assertEquals("UK", Places.nutsPrefix("GB"));
        assertTrue(Places.isNutsOf("EL30", "GR"));
        assertFalse(Places.isNutsOf("GR30", "GR"));
        assertTrue(Places.isNutsOf("UKI3", "GB"));
        assertTrue(Places.isNutsOf("FRJ1", "FR"));
        assertFalse(Places.isNutsOf("FRJ1", "ES"));
        assertFalse(Places.isNutsOf(null, "ES"));
    }

    @Test
    public void aNuts2CodeIsFourCapitalsOrDigits() {
        assertTrue(Places.isNuts2("FRJ1"));
        assertTrue(Places.isNuts2("ES21"));
        assertFalse(Places.isNuts2("FRJ"));
        assertFalse(Places.isNuts2("FRJ12"));
        assertFalse(Places.isNuts2("frj1"));
        assertFalse(Places.isNuts2(null));
    }
}
