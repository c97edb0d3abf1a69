package org.disclosurelens.extract.scan;

import com.benjaminwan.ocrlibrary.OcrEngine;
import com.benjaminwan.ocrlibrary.OcrResult;
import com.benjaminwan.ocrlibrary.Point;
import com.benjaminwan.ocrlibrary.TextBlock;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * PaddleOCR's PP-OCRv3 Chinese models (text detection DBNet, recognition CRNN) on ONNX Runtime,
 * through RapidOCR's JNI library, both shipped inside Maven jars: OCR with nothing to install and
 * nothing downloaded. Chosen over Tesseract 5 (chi_sim) after measuring both on a rendered budget
 * table of 012 (BENCHMARKS.md, "OCR"): Tesseract read the table's rulings as letters and lost the
 * amounts; PP-OCRv3 read every amount and name, at 2-3 s a page on one thread.
 *
 * <p>RapidOCR's own loader (InferenceEngine) unpacks the library and models into one fixed temp
 * folder, deleting and rewriting files another process may be loading, and logs through SLF4J at
 * info. The JNI class it wraps ({@link OcrEngine}) is used here directly: the files are unpacked
 * once per content into a folder named by their hash, written to a temporary name and moved into
 * place, so parallel workers never see a half-written model. The library is linked with an
 * executable stack, which makes the JVM print a warning on loading it; the unpacked copy has that
 * flag cleared (its code needs no executable stack), as {@code execstack -c} would.
 *
 * <p>One engine per JVM, one page at a time: the native engine is not documented as thread-safe.
 * One ONNX thread: two threads took 3-5 times as long on this 2-core machine (spinning threads),
 * and batches already use one worker per core.
 */
final class RapidOcr implements org.disclosurelens.extract.scan.OcrEngine {

    private static final String LIBRARY = "lib/libRapidOcr.so";
    private static final String DET = "ch_PP-OCRv3_det_infer.onnx";
    private static final String CLS = "ch_ppocr_mobile_v2.0_cls_infer.onnx";
    private static final String REC = "ch_PP-OCRv3_rec_infer.onnx";
    private static final String KEYS = "ppocr_keys_v1.txt";

    /**
     * The longest side of the image text detection looks at. Detection dominates the cost (8.6 s of
     * 15 s at 3508 px); at 1500 px it finds the same 91 text boxes of a 300-dpi table page and takes
     * 1 s. Recognition still reads each box from the full-resolution image.
     */
    private static final int DETECTION_SIDE = 1500;
    private static final int PADDING = 50;
    private static final float BOX_SCORE = 0.5f;
    private static final float BOX_THRESHOLD = 0.3f;
    private static final float UNCLIP = 1.6f;

    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    private static RapidOcr instance;

    private final OcrEngine engine;

    private RapidOcr(OcrEngine engine) {
        this.engine = engine;
    }

    /** The engine of this JVM, loaded on first use (about 0.3 s). */
    static synchronized RapidOcr get() throws IOException {
        if (instance == null) {
            Path dir = unpack();
            System.load(dir.resolve("libRapidOcr.so").toString());
            OcrEngine engine = new OcrEngine();
            engine.initLogger(false, false, false);
            engine.setNumThread(1);
            if (!engine.initModels(dir + "/", DET, CLS, REC, KEYS)) {
                throw new IOException("the OCR models in " + dir + " could not be loaded");
            }
            instance = new RapidOcr(engine);
            PageImageFile.sweep(TEMP);
        }
        return instance;
    }

    @Override
    public String name() {
        return "rapidocr-ppocrv3";
    }

    @Override
    public synchronized List<OcrText> read(BufferedImage page) throws IOException {
        // The JNI call reads an image file: BMP, written and decoded fastest of the formats OpenCV reads.
        Path image = PageImageFile.create(TEMP);
        try {
            if (!ImageIO.write(page, "bmp", image.toFile())) {
                throw new IOException("the page image could not be written for OCR");
            }
            OcrResult result = engine.detect(image.toString(), PADDING, DETECTION_SIDE, BOX_SCORE, BOX_THRESHOLD, UNCLIP,
                    true, true);
            List<OcrText> texts = new ArrayList<>();
            for (TextBlock block : result.getTextBlocks()) {
                if (block.getText().isBlank()) {
                    continue;
                }
                float x0 = Float.MAX_VALUE;
                float y0 = Float.MAX_VALUE;
                float x1 = -Float.MAX_VALUE;
                float y1 = -Float.MAX_VALUE;
                for (Point p : block.getBoxPoint()) {
                    x0 = Math.min(x0, p.getX());
                    y0 = Math.min(y0, p.getY());
                    x1 = Math.max(x1, p.getX());
                    y1 = Math.max(y1, p.getY());
                }
                // The angle classifier's class 1: the run is upside down (turned 180°).
                texts.add(new OcrText(block.getText(), x0, y0, x1, y1, block.getCharScores(), block.getAngleIndex() == 1));
            }
            return texts;
        } finally {
            Files.deleteIfExists(image);
        }
    }

    /** Unpacks the library and models once into a folder named by their contents' hash. */
    private static Path unpack() throws IOException {
        List<String> resources = List.of(LIBRARY, "models/" + DET, "models/" + CLS, "models/" + REC, "models/" + KEYS);
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<byte[]> contents = new ArrayList<>();
        for (String resource : resources) {
            byte[] bytes = resource(resource);
            digest.update(bytes);
            contents.add(bytes);
        }
        String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "disclosure-lens-ocr-" + hash);
        Files.createDirectories(dir);
        for (int i = 0; i < resources.size(); i++) {
            String name = resources.get(i).substring(resources.get(i).lastIndexOf('/') + 1);
            Path target = dir.resolve(name);
            if (Files.exists(target) && Files.size(target) == contents.get(i).length) {
                continue;
            }
            Path tmp = Files.createTempFile(dir, name, ".part");
            Files.write(tmp, contents.get(i));
            if (name.endsWith(".so")) {
                clearExecutableStack(tmp);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = RapidOcr.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the OCR resource " + name + " is not on the class path (a jar built without it?)");
            }
            return in.readAllBytes();
        }
    }

    /** ELF64 little-endian: clears the execute flag of the PT_GNU_STACK program header. */
    static void clearExecutableStack(Path library) throws IOException {
        try (FileChannel file = FileChannel.open(library, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer header = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
            file.read(header, 0);
            if (header.getInt(0) != 0x464C457F || header.get(4) != 2 || header.get(5) != 1) {
                return; // not ELF64 little-endian: leave it as it is
            }
            long table = header.getLong(0x20);
            int size = Short.toUnsignedInt(header.getShort(0x36));
            int count = Short.toUnsignedInt(header.getShort(0x38));
            ByteBuffer entry = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < count; i++) {
                long at = table + (long) i * size;
                entry.clear();
                file.read(entry, at);
                if (entry.getInt(0) == 0x6474E551) {
                    int flags = entry.getInt(4) & ~1;
                    ByteBuffer write = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, flags);
                    file.write(write, at + 4);
                }
            }
        }
    }
}
