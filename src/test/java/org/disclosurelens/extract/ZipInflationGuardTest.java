package org.disclosurelens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tika's parsers are set up only when a file that needs them first comes, which may be while
 * another thread reads a DOCX with POI; Tika's OOXMLParser switches POI's zip-bomb check off when
 * it loads. Each test loads the classes afresh in a class loader of its own, so the static
 * initialisers run in the test's order whatever this JVM loaded before.
 */
class ZipInflationGuardTest {

    @Test
    void tikaSetUpAfterTheGuardOfADocxLeavesTheCheckOn() throws Exception {
        assertEquals(HostileInput.MIN_INFLATE_RATIO, ratioAfterGuardThenTika("DOCX"));
        assertEquals(HostileInput.MIN_INFLATE_RATIO, ratioAfterGuardThenTika("XLSX"));
    }

    /** What the guard of a DOCX prevents: for a PDF, no POI zip is read, and Tika may switch the check off. */
    @Test
    void tikaSetUpAfterTheGuardOfAPdfSwitchesTheCheckOff() throws Exception {
        assertEquals(-1.0, ratioAfterGuardThenTika("PDF"));
    }

    /** POI's minimum inflate ratio after the guard for {@code format} and then a full AutoDetectParser. */
    private static double ratioAfterGuardThenTika(String format) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader fresh = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(fresh); // Tika finds its parsers through it
            Class<?> formats = Class.forName("org.disclosurelens.model.SourceFormat", true, fresh);
            Method guard = Class.forName(HostileInput.class.getName(), true, fresh)
                    .getDeclaredMethod("guardZipInflation", formats);
            guard.setAccessible(true);
            guard.invoke(null, formats.getMethod("valueOf", String.class).invoke(null, format));
            Class.forName("org.apache.tika.parser.AutoDetectParser", true, fresh).getConstructor().newInstance();
            return (double) Class.forName("org.apache.poi.openxml4j.util.ZipSecureFile", true, fresh)
                    .getMethod("getMinInflateRatio").invoke(null);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static URL[] classPath() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        return urls.toArray(URL[]::new);
    }
}
