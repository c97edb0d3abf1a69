package org.disclosurelens.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * An OFD file as a zip of XML parts, opened with the guards every zip gets here: no entry may
 * inflate to more than 100 times its compressed size (POI's rule for OOXML), the parts read may
 * not unpack to more than {@link #MAX_TOTAL} together, the package may not hold more than
 * {@link #MAX_ENTRIES} entries or an entry named outside its root, and XML may not declare a
 * DOCTYPE (entities are how XXE and "billion laughs" attacks work; GB/T 33190 parts never need
 * one). Nothing is unpacked to disk. Not thread-safe; close it after use.
 */
final class OfdPackage implements AutoCloseable {

    /** The parts read may unpack to this much in all; a budget's OFD is a few MB. */
    static final long MAX_TOTAL = 200L * 1024 * 1024;
    /** One XML part above this is not parsed into memory: a page's content is tens of KB. */
    static final long MAX_PART = 32L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    /** Parts smaller than this are not held to the ratio: short XML compresses very well (POI's grace too). */
    private static final long GRACE = 100 * 1024;
    private static final double MAX_RATIO = 1 / HostileInput.MIN_INFLATE_RATIO;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final ZipFile zip;
    private long inflated;

    private OfdPackage(ZipFile zip) {
        this.zip = zip;
    }

    /** Opens the package and checks its entry names and count, before any entry is inflated. */
    static OfdPackage open(Path file) throws ExtractionException {
        ZipFile zip = openZip(file);
        try {
            checkEntries(zip);
            return new OfdPackage(zip);
        } catch (ExtractionException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /**
     * Entry names are UTF-8 when the writer says so; Chinese writers that do not mostly wrote
     * GB18030 (a font named 宋体.ttf), which is tried second.
     */
    private static ZipFile openZip(Path file) throws ExtractionException {
        ExtractionException first = null;
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GB18030")}) {
            try {
                return new ZipFile(file.toFile(), charset);
            } catch (ZipException | IllegalArgumentException e) {
                if (first == null) {
                    first = new ExtractionException(ExtractionException.Reason.CORRUPT,
                            "not a readable OFD package: the zip is damaged or cut short (" + TikaXhtmlExtractor.rootMessage(e)
                                    + "); fetch it again", e);
                }
            } catch (IOException e) {
                throw new ExtractionException(ExtractionException.Reason.UNREADABLE,
                        "could not read the file (" + TikaXhtmlExtractor.rootMessage(e) + ")", e);
            }
        }
        throw first;
    }

    private static void checkEntries(ZipFile zip) throws ExtractionException {
        int count = 0;
        try {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (++count > MAX_ENTRIES) {
                    throw new ExtractionException(ExtractionException.Reason.TOO_LARGE, "the package holds over "
                            + MAX_ENTRIES + " entries, far more than any document needs (a zip bomb?); it was not read");
                }
                if (escapes(name)) {
                    throw new ExtractionException(ExtractionException.Reason.REFUSED, "the package holds an entry named \""
                            + printable(name) + "\", a path outside the package (path traversal); the file was not read");
                }
            }
        } catch (IllegalArgumentException e) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT,
                    "not a readable OFD package: an entry name cannot be decoded (" + e.getMessage() + ")", e);
        }
    }

    /** True for a name that is absolute or climbs out of the package with "..". */
    private static boolean escapes(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || DRIVE.matcher(n).matches()) {
            return true;
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** True when the package has an entry at {@code location} (a normalised path from its root). */
    boolean has(String location) {
        return zip.getEntry(location) != null;
    }

    /**
     * Where a location written in {@code from} points, as a path from the package's root: GB/T
     * 33190 locations are absolute from the root when they start with "/", else relative to the
     * folder of the part that names them. A location that climbs out of the root is refused.
     */
    static String resolve(String from, String location) throws ExtractionException {
        String loc = location.strip().replace('\\', '/');
        Deque<String> path = new ArrayDeque<>();
        if (!loc.startsWith("/") && from.contains("/")) {
            for (String s : from.substring(0, from.lastIndexOf('/')).split("/")) {
                path.addLast(s);
            }
        }
        for (String segment : loc.split("/")) {
            if (segment.equals("..")) {
                if (path.isEmpty()) {
                    throw new ExtractionException(ExtractionException.Reason.REFUSED, from + " points to \""
                            + printable(location) + "\", outside the package (path traversal); the file was not read");
                }
                path.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                path.addLast(segment);
            }
        }
        return String.join("/", path);
    }

    /**
     * The part at {@code location} parsed, or a CORRUPT failure naming {@code what} (the thing a
     * reader misses: "the page 3 content") when the package has no such part.
     */
    Document xml(String location, String what) throws ExtractionException {
        ZipEntry entry = zip.getEntry(location);
        if (entry == null || entry.isDirectory()) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT,
                    what + " (" + printable(location) + ") is missing from the package; the file is damaged or incomplete");
        }
        byte[] bytes = inflate(entry);
        try {
            DocumentBuilder builder = builder();
            return builder.parse(new java.io.ByteArrayInputStream(bytes), location);
        } catch (SAXException e) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT,
                    location + " is not well-formed XML (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT,
                    location + " could not be read (" + TikaXhtmlExtractor.rootMessage(e) + ")", e);
        }
    }

    /** The entry's bytes, stopping as soon as it inflates past the ratio or a cap. */
    private byte[] inflate(ZipEntry entry) throws ExtractionException {
        long compressed = Math.max(1, entry.getCompressedSize());
        long limit = Math.max(GRACE, (long) (compressed * MAX_RATIO));
        try (InputStream in = zip.getInputStream(entry)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                inflated += n;
                if (out.size() > limit) {
                    throw HostileInput.zipBomb(null);
                }
                if (out.size() > MAX_PART || inflated > MAX_TOTAL) {
                    throw new ExtractionException(ExtractionException.Reason.TOO_LARGE, entry.getName() + " unpacks to over "
                            + (out.size() > MAX_PART ? MAX_PART : MAX_TOTAL) / (1024 * 1024)
                            + " MB, far more than a document's pages need; it was not read");
                }
            }
            return out.toByteArray();
        } catch (ZipException | java.io.EOFException e) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT, entry.getName()
                    + " cannot be unpacked: the zip is damaged or cut short (" + TikaXhtmlExtractor.rootMessage(e) + ")", e);
        } catch (IOException e) {
            throw new ExtractionException(ExtractionException.Reason.UNREADABLE,
                    "could not read the file (" + TikaXhtmlExtractor.rootMessage(e) + ")", e);
        }
    }

    /**
     * The JDK's own parser (not whichever the classpath brings), with secure processing on and
     * DOCTYPE refused: its message, "DOCTYPE is disallowed", is what {@link HostileInput} knows.
     */
    private static DocumentBuilder builder() throws ExtractionException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // Bounds the nesting of page blocks, which are read recursively.
            factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", "1000");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    /** Fails on errors without printing "[Fatal Error]" to the console, as the default handler does. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** A name from the file, shortened and stripped of control characters for a message. */
    private static String printable(String name) {
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 120 ? clean.substring(0, 120) + "…" : clean;
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // Read-only: nothing is lost.
        }
    }
}
