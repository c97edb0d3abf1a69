package org.disclosurelens.faults;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Builds the hostile and broken files a crawler brings back (issue 7), each from the committed
 * seed renditions or from scratch, so no binary fault is committed and the big ones (2,000 pages,
 * 200 MB) exist only in a temporary folder while tests run. Each method writes one file and
 * returns its path; {@link #writeAll} writes the whole corpus beside copies of good files.
 */
public final class FaultCorpus {

    /** Text that must never reach an output: the target of the external entities. */
    public static final String SECRET = "XXE-SECRET-3f9c1e";

    static final Path SEED = Path.of("corpus", "seed");
    private static final Path SEED_OFD = SEED.resolve("seed.ofd");

    private final Path dir;

    public FaultCorpus(Path dir) {
        this.dir = dir;
    }

    /** The good files, copied unchanged: their results must not depend on their neighbours. */
    public static final String[] GOOD = {"000_2784683f1b3262b7.txt", "seed.docx", "seed.pdf", "seed.ofd", "seed.xls"};

    public void copyGood() throws IOException {
        for (String name : GOOD) {
            Files.copy(SEED.resolve(name), dir.resolve(name));
        }
    }

    /** Every fault of the list but the 200 MB file, which tests that need it add alone. */
    public void writeAll(Path secretFolder) throws IOException {
        zeroBytes();
        htmlErrorPageAsPdf();
        truncatedPdf();
        brokenXrefPdf();
        encryptedPdf(true);
        encryptedPdf(false);
        scannedPdf();
        passwordDocx();
        zipBombDocx();
        zipBombOdt();
        xxeDocx(secretFolder);
        xxeOdt(secretFolder);
        entityExpansionOdt();
        zipBombOfd();
        zipSlipOfd();
        escapingLocationOfd();
        xxeOfd(secretFolder);
        rootlessOfd();
        truncatedOfd();
        pageMissingOfd();
        pages2000Pdf();
        gbkText();
        utf16Text();
        awkwardName();
        symlinkLoop();
        unreadable();
        ioError();
        namedPipe();
    }

    public Path zeroBytes() throws IOException {
        return Files.write(dir.resolve("zero-bytes.pdf"), new byte[0]);
    }

    /** What a crawler saves when the server answers a PDF link with its error page. */
    public Path htmlErrorPageAsPdf() throws IOException {
        return Files.writeString(dir.resolve("error-page.pdf"), """
                <html>
                <head><title>404 Not Found</title></head>
                <body>
                <center><h1>404 Not Found</h1></center>
                <p>您访问的页面不存在或已被删除。</p>
                <hr><center>nginx</center>
                </body>
                </html>
                """);
    }

    /** The seed PDF cut at 60% of its bytes, as an interrupted download leaves it. */
    public Path truncatedPdf() throws IOException {
        byte[] pdf = Files.readAllBytes(SEED.resolve("seed.pdf"));
        byte[] cut = java.util.Arrays.copyOf(pdf, pdf.length * 6 / 10);
        return Files.write(dir.resolve("truncated.pdf"), cut);
    }

    /** The seed PDF whose startxref points into the middle of a page stream. */
    public Path brokenXrefPdf() throws IOException {
        String pdf = new String(Files.readAllBytes(SEED.resolve("seed.pdf")), StandardCharsets.ISO_8859_1);
        int at = pdf.lastIndexOf("startxref");
        String broken = pdf.substring(0, at) + "startxref\n" + (pdf.length() / 3) + "\n%%EOF\n";
        return Files.write(dir.resolve("broken-xref.pdf"), broken.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The seed PDF encrypted (AES-128); with an empty user password any reader may open it. */
    public Path encryptedPdf(boolean emptyUserPassword) throws IOException {
        Path target = dir.resolve(emptyUserPassword ? "encrypted-no-user-password.pdf" : "encrypted-with-password.pdf");
        try (PDDocument doc = Loader.loadPDF(SEED.resolve("seed.pdf").toFile())) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw",
                    emptyUserPassword ? "" : "user-pw", permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(target.toFile());
        }
        return target;
    }

    /** Two pages that are pictures of text, as a scanner makes them: no text layer at all. */
    public Path scannedPdf() throws IOException {
        Path target = dir.resolve("scanned.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int page = 1; page <= 2; page++) {
                PDPage p = new PDPage(PDRectangle.A4);
                doc.addPage(p);
                PDImageXObject image = LosslessFactory.createFromImage(doc, scan("Budget 2021 page " + page));
                try (PDPageContentStream content = new PDPageContentStream(doc, p)) {
                    content.drawImage(image, 50, 400, 495, 300);
                }
            }
            doc.save(target.toFile());
        }
        return target;
    }

    private static BufferedImage scan(String text) {
        BufferedImage image = new BufferedImage(660, 400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 660, 400);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 36));
        g.drawString(text, 40, 200);
        g.dispose();
        return image;
    }

    /** The seed DOCX encrypted by POI as Word does with "Encrypt with password" (agile). */
    public Path passwordDocx() throws IOException {
        Path target = dir.resolve("password.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(SEED.resolve("seed.docx"), os);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
        return target;
    }

    /**
     * A DOCX whose document.xml inflates a thousandfold, from 16 KB to 16 MB of whitespace: small
     * enough to build quickly, far past the 100:1 ratio the guards refuse (a real bomb goes to GBs).
     */
    public Path zipBombDocx() throws IOException {
        return replaceEntry(SEED.resolve("seed.docx"), dir.resolve("zip-bomb.docx"), "word/document.xml",
                out -> bomb(out, "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>",
                        "</w:body></w:document>"));
    }

    /** An OpenDocument text (read by Tika, not POI) whose content.xml is a zip bomb. */
    public Path zipBombOdt() throws IOException {
        return odt(dir.resolve("zip-bomb.odt"), out -> bomb(out,
                "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>",
                "</text:p></office:text></office:body></office:document-content>"));
    }

    private static void bomb(OutputStream out, String head, String tail) throws IOException {
        out.write(head.getBytes(StandardCharsets.UTF_8));
        byte[] spaces = new byte[1 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        for (int i = 0; i < 16; i++) {
            out.write(spaces);
        }
        out.write(tail.getBytes(StandardCharsets.UTF_8));
    }

    /** A DOCX whose body declares an external entity pointing at a local file. */
    public Path xxeDocx(Path secretFolder) throws IOException {
        Path secret = secret(secretFolder);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>部门预算 &xxe;</w:t></w:r></w:p></w:body></w:document>";
        return replaceEntry(SEED.resolve("seed.docx"), dir.resolve("xxe.docx"), "word/document.xml",
                out -> out.write(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The same attack through Tika's OpenDocument parser. */
    public Path xxeOdt(Path secretFolder) throws IOException {
        Path secret = secret(secretFolder);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + odtBody("部门预算 &xxe;");
        return odt(dir.resolve("xxe.odt"), out -> out.write(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** "Billion laughs": ten levels of entities that would expand to 10^9 copies of a word. */
    public Path entityExpansionOdt() throws IOException {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String previous = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE office:document-content [" + dtd + "]>\n"
                + odtBody("&lol9;");
        return odt(dir.resolve("billion-laughs.odt"), out -> out.write(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String odtBody(String text) {
        return "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text><text:p>" + text + "</text:p></office:text></office:body>"
                + "</office:document-content>";
    }

    private Path secret(Path secretFolder) throws IOException {
        Path secret = secretFolder.resolve("secret.txt");
        if (!Files.exists(secret)) {
            Files.writeString(secret, SECRET + "\n");
        }
        return secret.toAbsolutePath();
    }

    /** The seed OFD whose first page's content inflates a thousandfold, as {@link #zipBombDocx()}. */
    public Path zipBombOfd() throws IOException {
        return replaceEntry(SEED_OFD, dir.resolve("zip-bomb.ofd"), "Doc_0/Pages/Page_0/Content.xml",
                out -> bomb(out, "<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content>", "</ofd:Content></ofd:Page>"));
    }

    /** The seed OFD with one more entry, named to climb out of the package (a "zip slip"). */
    public Path zipSlipOfd() throws IOException {
        return editZip(SEED_OFD, dir.resolve("zip-slip.ofd"), name -> false,
                Map.of("../../evil/Content.xml", "<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"/>"));
    }

    /** The seed OFD whose first page is located outside the package. */
    public Path escapingLocationOfd() throws IOException {
        String document = entry(SEED_OFD, "Doc_0/Document.xml").replace("Pages/Page_0/Content.xml", "../../../etc/passwd");
        return replaceEntry(SEED_OFD, dir.resolve("escaping-location.ofd"), "Doc_0/Document.xml",
                out -> out.write(document.getBytes(StandardCharsets.UTF_8)));
    }

    /** An OFD.xml declaring an external entity that points at a local file, and using it. */
    public Path xxeOfd(Path secretFolder) throws IOException {
        Path secret = secret(secretFolder);
        String xml = entry(SEED_OFD, "OFD.xml").replaceFirst("\\?>\n", "?>\n<!DOCTYPE ofd:OFD [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n").replace("<ofd:DocRoot>", "<ofd:DocRoot>&xxe;");
        return replaceEntry(SEED_OFD, dir.resolve("xxe.ofd"), "OFD.xml", out -> out.write(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The seed OFD without its OFD.xml: a zip of pages that says nothing of what it is. */
    public Path rootlessOfd() throws IOException {
        return editZip(SEED_OFD, dir.resolve("no-ofd-xml.ofd"), "OFD.xml"::equals, Map.of());
    }

    /** The seed OFD cut at 60% of its bytes: its zip directory, at the end, is lost. */
    public Path truncatedOfd() throws IOException {
        byte[] ofd = Files.readAllBytes(SEED_OFD);
        return Files.write(dir.resolve("truncated.ofd"), java.util.Arrays.copyOf(ofd, ofd.length * 6 / 10));
    }

    /** The seed OFD without its fourth page's content. */
    public Path pageMissingOfd() throws IOException {
        return editZip(SEED_OFD, dir.resolve("page-missing.ofd"), "Doc_0/Pages/Page_3/Content.xml"::equals, Map.of());
    }

    /** A text-layer PDF of 2,000 pages (a statistical yearbook rather than a disclosure). */
    public Path pages2000Pdf() throws IOException {
        Path target = dir.resolve("pages-2000.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int page = 1; page <= 2000; page++) {
                PDPage p = new PDPage(PDRectangle.A4);
                doc.addPage(p);
                try (PDPageContentStream content = new PDPageContentStream(doc, p)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 760);
                    content.showText("Statistical yearbook, page " + page);
                    content.newLineAtOffset(0, -20);
                    content.showText("Item " + page + "    Amount " + (page * 37 % 1000) + ".00");
                    content.endText();
                }
            }
            doc.save(target.toFile());
        }
        return target;
    }

    /**
     * A 2 KB PDF that keeps PDFBox busy for about half an hour: form XObjects nested nine deep,
     * each drawing the next ten times, so the page makes 10^8 draws. It never finishes within any
     * sensible time limit, on any machine.
     */
    public Path parserBombPdf() throws IOException {
        Path target = dir.resolve("parser-bomb.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFormXObject inner = null;
            for (int depth = 0; depth < 9; depth++) {
                PDFormXObject form = new PDFormXObject(doc);
                form.setBBox(new PDRectangle(0, 0, 10, 10));
                PDResources resources = new PDResources();
                String content = "q Q\n";
                if (inner != null) {
                    resources.put(COSName.getPDFName("F"), inner);
                    content = "/F Do\n".repeat(10);
                }
                form.setResources(resources);
                try (OutputStream out = form.getStream().createOutputStream()) {
                    out.write(content.getBytes(StandardCharsets.US_ASCII));
                }
                inner = form;
            }
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 760);
                content.showText("2021 budget");
                content.endText();
                content.drawForm(inner);
            }
            doc.save(target.toFile());
        }
        return target;
    }

    /** A 200 MB text file: the seed repeated, which nobody publishes but a crawler may fetch. */
    public Path text200Mb() throws IOException {
        Path target = dir.resolve("huge-200MB.txt");
        byte[] seed = Files.readAllBytes(SEED.resolve("000_2784683f1b3262b7.txt"));
        long size = 200L * 1024 * 1024;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(target), 1 << 20)) {
            for (long written = 0; written < size; written += seed.length) {
                out.write(seed, 0, (int) Math.min(seed.length, size - written));
            }
        }
        return target;
    }

    /** The seed text in GBK under a .txt name, as most county sites still serve it. */
    public Path gbkText() throws IOException {
        return reencode("gbk.txt", Charset.forName("GBK"));
    }

    /** The seed text in UTF-16 little-endian without a byte-order mark (Notepad's "Unicode" minus the mark). */
    public Path utf16Text() throws IOException {
        return reencode("utf16-no-bom.txt", StandardCharsets.UTF_16LE);
    }

    private Path reencode(String name, Charset charset) throws IOException {
        String text = Files.readString(SEED.resolve("000_2784683f1b3262b7.txt"), StandardCharsets.UTF_8);
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    /** Spaces, Chinese characters, both kinds of quotes and a comma in one name. */
    public static final String AWKWARD_NAME = "涞源县 \"网信办\" 2021年'预算', 公开.txt";

    public Path awkwardName() throws IOException {
        return Files.copy(SEED.resolve("000_2784683f1b3262b7.txt"), dir.resolve(AWKWARD_NAME));
    }

    /** A folder holding a link to its own parent. */
    public Path symlinkLoop() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("loop"));
        return Files.createSymbolicLink(folder.resolve("back"), Path.of(".."));
    }

    /** A file nobody may read (effective only when the tests do not run as root). */
    public Path unreadable() throws IOException {
        Path target = Files.copy(SEED.resolve("seed.docx"), dir.resolve("no-permission.docx"));
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("---------"));
        return target;
    }

    /**
     * A file whose every read fails with an I/O error, as on a failing disk or a dropped network
     * share, even for root: a link to /proc/self/mem, whose offset 0 is never mapped.
     */
    public Path ioError() throws IOException {
        return Files.createSymbolicLink(dir.resolve("io-error.pdf"), Path.of("/proc/self/mem"));
    }

    /** A named pipe: opening it for reading would wait forever for a writer. */
    public Path namedPipe() throws IOException {
        Path target = dir.resolve("pipe.pdf");
        try {
            Process p = new ProcessBuilder("mkfifo", target.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("mkfifo failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return target;
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Copies a zip without the entries {@code drop} accepts, then adds {@code extra} (name to content). */
    private static Path editZip(Path source, Path target, java.util.function.Predicate<String> drop, Map<String, String> extra)
            throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!drop.test(e.getName())) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            for (Map.Entry<String, String> e : extra.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return target;
    }

    /** One entry of a zip as text. */
    private static String entry(Path zip, String name) throws IOException {
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            return new String(file.getInputStream(file.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Copies a zip, replacing one entry's content. */
    private static Path replaceEntry(Path source, Path target, String entry, Body body) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    body.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return target;
    }

    /** A minimal OpenDocument text: mimetype first and stored, manifest, then the content. */
    private static Path odt(Path target, Body content) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(mime.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mime);
            mimetype.setCrc(crc.getValue());
            out.putNextEntry(mimetype);
            out.write(mime);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                    + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("content.xml"));
            content.write(out);
            out.closeEntry();
        }
        return target;
    }

    /** Writes the corpus into a folder given on the command line (for trying the CLI by hand). */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        FaultCorpus corpus = new FaultCorpus(dir);
        corpus.copyGood();
        corpus.writeAll(Files.createTempDirectory("fault-secret"));
        if (args.length > 1 && args[1].equals("--with-200mb")) {
            corpus.text200Mb();
        }
    }
}
