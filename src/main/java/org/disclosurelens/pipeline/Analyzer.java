package org.disclosurelens.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.disclosurelens.check.Checker;
import org.disclosurelens.check.OcrDoubt;
import org.disclosurelens.check.RuleChoice;
import org.disclosurelens.check.Disclosure;
import org.disclosurelens.check.Finding;
import org.disclosurelens.data.DataExtractor;
import org.disclosurelens.data.DocumentData;
import org.disclosurelens.extract.DocumentExtractor;
import org.disclosurelens.extract.ExtractionException;
import org.disclosurelens.identify.DocumentIdentity;
import org.disclosurelens.identify.DocumentTypeClassifier;
import org.disclosurelens.identify.Identifier;
import org.disclosurelens.model.ExtractedDocument;
import org.disclosurelens.model.SourceFormat;
import org.disclosurelens.structure.DocumentStructure;
import org.disclosurelens.structure.StructureParser;

/**
 * Analyses one file: extraction, outline, identity, tables and figures, audit checks. Never throws for a bad file: a file that
 * cannot be read yields a result with status error and a message. Thread-safe.
 */
public final class Analyzer {

    private final DocumentExtractor extractor;
    private final StructureParser structureParser = new StructureParser();
    private final Identifier identifier = new Identifier();
    private final DataExtractor dataExtractor = new DataExtractor();
    private final DocumentTypeClassifier typeClassifier = new DocumentTypeClassifier();
    private final Checker checker;

    public Analyzer() {
        this(RuleChoice.ALL, DocumentExtractor.DEFAULT_MAX_BYTES);
    }

    /** An analyzer that runs the rules {@code rules} chooses, at their severities, reporting files over {@code maxBytes} as too large without opening them. */
    public Analyzer(RuleChoice rules, long maxBytes) {
        this.checker = new Checker(rules);
        this.extractor = new DocumentExtractor(maxBytes);
    }

    /** Analyses {@code file}, reporting its path relative to {@code root}. */
    public DocumentResult analyze(Path file, Path root) {
        String path = relative(file, root);
        long size;
        String id;
        try {
            size = Files.size(file);
            id = contentId(file);
        } catch (IOException e) {
            return DocumentResult.failed(pathId(path), path, 0, SourceFormat.OTHER, unreadable(e));
        }
        try {
            ExtractedDocument document = extractor.extract(file);
            DocumentStructure structure = structureParser.parse(document.blocks());
            DocumentIdentity identity = identifier.identify(document.blocks(), file.getFileName().toString());
            List<String> notes = new ArrayList<>(document.warnings());
            Status status = status(document, structure, notes);
            DocumentData data = dataExtractor.extract(document.blocks(), structure, identity.unit(), identity.year());
            DocumentTypeClassifier.Verdict type = typeClassifier.classify(document.blocks(), data, identity.kind());
            identity = identity.withType(type.type(), type.evidence());
            if (!type.type().disclosure()) {
                // Not a budget: its figures are kept, but no budget check is run on it.
                notes.removeIf(n -> n.startsWith("layout not recognised"));
                notes.add(0, "not a budget or final-accounts disclosure (document type " + type.type().label() + ": "
                        + type.evidence() + "); no budget checks run");
                return new DocumentResult(id, path, size, document.format(), Status.OK, String.join("; ", notes),
                        document, structure, identity, List.of(), data);
            }
            List<Finding> findings = OcrDoubt.apply(
                    checker.check(new Disclosure(id, identity, structure, document.blocks(), data)), document);
            return new DocumentResult(id, path, size, document.format(), status, String.join("; ", notes),
                    document, structure, identity, findings, data);
        } catch (ExtractionException e) {
            return DocumentResult.failed(id, path, size, guessFormat(file), e.userMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return DocumentResult.failed(id, path, size, guessFormat(file),
                    "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())
                            + "; please report it with the file");
        }
    }

    /** The message for a file that cannot even be read to compute its id. */
    public static String unreadable(IOException e) {
        return ExtractionException.Reason.UNREADABLE.label() + ": could not read the file (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + "); check its permissions, or the disk or network share it is on, and run again";
    }

    private static Status status(ExtractedDocument document, DocumentStructure structure, List<String> notes) {
        if (document.characterCount() == 0) {
            notes.add(0, "no text found in the file");
            return Status.PARTIAL;
        }
        if (!structure.layout().recognised()) {
            notes.add(0, "layout not recognised; the headings found are reported");
            return Status.PARTIAL;
        }
        if (structure.sections().isEmpty()) {
            notes.add(0, "no headings found");
            return Status.PARTIAL;
        }
        return Status.OK;
    }

    /**
     * The error row of a file stopped by a limit of the run (time, memory) rather than by its
     * content: its size and format are read from the file without parsing it.
     */
    public static DocumentResult stopped(String id, String path, Path file, String message) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = 0;
        }
        return DocumentResult.failed(id, path, size, guessFormat(file), message);
    }

    /** Reads only the first bytes (Tika's magic numbers), so it cannot hang where a parse did. */
    private static SourceFormat guessFormat(Path file) {
        try {
            return DocumentExtractor.detectFormat(file);
        } catch (IOException | RuntimeException e) {
            return SourceFormat.OTHER;
        }
    }

    /** {@code file}'s path relative to {@code root} (the folder the user named, or the file itself), with /. */
    public static String relative(Path file, Path root) {
        Path base = Files.isDirectory(root) ? root : root.getParent();
        Path rel = base == null ? file.getFileName() : base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        // Only the platform's separator: on Linux a backslash is part of a file name, not a separator.
        return rel.toString().replace(java.io.File.separatorChar, '/');
    }

    /** The first 16 hex digits of the file's SHA-256: the same bytes get the same id anywhere. */
    public static String contentId(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    /** The id of a file that could not be read: "path-" and a hash of its relative path. */
    public static String pathId(String path) {
        MessageDigest digest = sha256();
        return "path-" + HexFormat.of().formatHex(digest.digest(path.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 11);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
