package org.disclosurelens.pipeline;

import java.util.List;
import org.disclosurelens.check.Finding;
import org.disclosurelens.data.DocumentData;
import org.disclosurelens.identify.DocumentIdentity;
import org.disclosurelens.model.ExtractedDocument;
import org.disclosurelens.model.SourceFormat;
import org.disclosurelens.structure.DocumentStructure;

/**
 * Everything the analysis found in one file. For a file that could not be read, {@code document}
 * and {@code structure} are null, there are no findings, {@code data} is empty, and {@code message} says why.
 *
 * @param id the first 16 hex digits of the SHA-256 of the file's bytes
 * @param path the file's path relative to the folder the user named
 */
public record DocumentResult(
        String id,
        String path,
        long size,
        SourceFormat format,
        Status status,
        String message,
        ExtractedDocument document,
        DocumentStructure structure,
        DocumentIdentity identity,
        List<Finding> findings,
        DocumentData data) {

    public DocumentResult {
        findings = List.copyOf(findings);
        data = data == null ? DocumentData.EMPTY : data;
    }

    /** A result without figures (the figures are read by {@link Analyzer}). */
    public DocumentResult(String id, String path, long size, SourceFormat format, Status status, String message,
            ExtractedDocument document, DocumentStructure structure, DocumentIdentity identity, List<Finding> findings) {
        this(id, path, size, format, status, message, document, structure, identity, findings, DocumentData.EMPTY);
    }

    public int pages() {
        return document == null ? 0 : document.pages();
    }

    public static DocumentResult failed(String id, String path, long size, SourceFormat format, String message) {
        return new DocumentResult(id, path, size, format, Status.ERROR, message, null, null, DocumentIdentity.UNKNOWN,
                List.of());
    }
}
