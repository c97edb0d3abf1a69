package org.disclosurelens.model;

/** The file formats the tool reads, as recorded in documents.csv. */
public enum SourceFormat {
    PDF("pdf"),
    /** GB/T 33190 Open Fixed-layout Document: a zip of XML pages, read like a PDF. */
    OFD("ofd"),
    DOC("doc"),
    DOCX("docx"),
    XLS("xls"),
    XLSX("xlsx"),
    HTML("html"),
    TXT("txt"),
    /** Text that Tika already extracted from a Word file: tab-prefixed cells, blank-line rows. */
    TIKA_TEXT("tika-text"),
    OTHER("other");

    private final String label;

    SourceFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * True for the fixed-layout formats (PDF, OFD): their text comes as positioned runs on pages,
     * and lines are joined into paragraphs from the page's margins rather than by text alone.
     */
    public boolean fixedLayout() {
        return this == PDF || this == OFD;
    }
}
