package org.disclosurelens.model;

/** The file formats the tool reads, as recorded in documents.csv. */
public enum SourceFormat {
    PDF("pdf"),
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
}
