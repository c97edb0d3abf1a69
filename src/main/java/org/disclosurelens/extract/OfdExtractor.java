package org.disclosurelens.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurelens.model.ExtractedDocument;
import org.disclosurelens.model.PageLayout;
import org.disclosurelens.model.SourceFormat;
import org.w3c.dom.Element;

/**
 * OFD (GB/T 33190), China's fixed-layout format, read with the JDK's zip and XML because the
 * reference library (ofdrw) does not resolve from Maven Central (BUILD-NOTES): OFD.xml names the
 * document's root part, Document.xml its page size and pages, each page's Content.xml its text
 * objects and paths. Pages become the same {@link PageLayout}s PDFBox gives for a PDF, so
 * {@link PdfBlockBuilder} rebuilds paragraphs and tables (from path rulings) the same way.
 */
final class OfdExtractor implements Extractor {

    /** A4, the page size when neither the page nor the document gives one. */
    private static final double[] A4 = {0, 0, 210, 297};

    @Override
    public ExtractedDocument extract(Path file) throws ExtractionException {
        try (OfdPackage ofd = OfdPackage.open(file)) {
            List<String> warnings = new ArrayList<>();
            String docRoot = docRoot(ofd, warnings);
            Element document = ofd.xml(docRoot, "the document named in OFD.xml").getDocumentElement();
            Element common = OfdXml.child(document, "CommonData");
            Parts parts = new Parts(ofd, docRoot, box(common == null ? null : OfdXml.child(common, "PageArea")),
                    templates(common, docRoot), new HashMap<>());
            List<Element> pageRefs = pageRefs(document);
            List<PageLayout> pages = new ArrayList<>();
            int skipped = 0;
            for (int i = 0; i < pageRefs.size(); i++) {
                OfdPageReader page = parts.page(pageRefs.get(i), i + 1);
                pages.add(page.layout(i + 1));
                skipped += page.skipped();
            }
            if (skipped > 0) {
                warnings.add(skipped + " text or path objects with an unreadable position were left out");
            }
            if (pages.stream().allMatch(p -> p.lines().isEmpty())) {
                throw new ExtractionException(ExtractionException.Reason.NO_TEXT, "none of the " + pages.size()
                        + " pages has text (a scan saved as OFD?); run OCR first");
            }
            return new ExtractedDocument(SourceFormat.OFD, pages.size(), null, PdfBlockBuilder.build(pages), pages, warnings);
        }
    }

    /** The location of the first document's Document.xml, from OFD.xml (a package may hold several documents). */
    private static String docRoot(OfdPackage ofd, List<String> warnings) throws ExtractionException {
        if (!ofd.has("OFD.xml")) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT,
                    "the package has no OFD.xml at its root, so it is not an OFD file or is damaged; fetch it again");
        }
        Element root = ofd.xml("OFD.xml", "OFD.xml").getDocumentElement();
        List<String> roots = OfdXml.children(root, "DocBody").stream().map(b -> OfdXml.childText(b, "DocRoot"))
                .filter(s -> !s.isEmpty()).toList();
        if (roots.isEmpty()) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT,
                    "OFD.xml names no document (no DocBody with a DocRoot); the file is damaged or incomplete");
        }
        if (roots.size() > 1) {
            warnings.add("the package holds " + roots.size() + " documents; only the first was read");
        }
        return OfdPackage.resolve("OFD.xml", roots.get(0));
    }

    /** Template pages by ID, each the location of its content. */
    private static Map<String, String> templates(Element common, String docRoot) throws ExtractionException {
        Map<String, String> templates = new HashMap<>();
        if (common != null) {
            for (Element t : OfdXml.children(common, "TemplatePage")) {
                if (!t.getAttribute("BaseLoc").isBlank()) {
                    templates.put(t.getAttribute("ID"), OfdPackage.resolve(docRoot, t.getAttribute("BaseLoc")));
                }
            }
        }
        return templates;
    }

    private static List<Element> pageRefs(Element document) throws ExtractionException {
        Element pages = OfdXml.child(document, "Pages");
        List<Element> refs = pages == null ? List.of() : OfdXml.children(pages, "Page");
        if (refs.isEmpty()) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT,
                    "the document lists no pages (Document.xml has no Pages/Page); the file is damaged or incomplete");
        }
        return refs;
    }

    /**
     * Where one document's parts are: the package, the location of its Document.xml, its default
     * page box (null when it gives none) and its template pages by ID, each parsed once.
     */
    private record Parts(OfdPackage ofd, String docRoot, double[] defaultBox, Map<String, String> templates,
            Map<String, Element> parsed) {

        /** Reads page {@code number}: the templates it names, then its own content. */
        OfdPageReader page(Element ref, int number) throws ExtractionException {
            if (ref.getAttribute("BaseLoc").isBlank()) {
                throw new ExtractionException(ExtractionException.Reason.CORRUPT,
                        "page " + number + " of the document has no location (BaseLoc); the file is damaged or incomplete");
            }
            String location = OfdPackage.resolve(docRoot, ref.getAttribute("BaseLoc"));
            Element content = ofd.xml(location, "the content of page " + number).getDocumentElement();
            double[] area = box(OfdXml.child(content, "Area"));
            OfdPageReader reader = new OfdPageReader(area != null ? area : defaultBox != null ? defaultBox : A4);
            for (Element use : OfdXml.children(content, "Template")) {
                String template = templates.get(use.getAttribute("TemplateID"));
                if (template != null) {
                    reader.read(template(template, number));
                }
            }
            reader.read(content);
            return reader;
        }

        private Element template(String location, int number) throws ExtractionException {
            Element template = parsed.get(location);
            if (template == null) {
                template = ofd.xml(location, "the template of page " + number).getDocumentElement();
                parsed.put(location, template);
            }
            return template;
        }
    }

    /** A PageArea's (or a page's Area's) PhysicalBox "x y width height" in mm, or null when it has none. */
    private static double[] box(Element area) {
        double[] box = area == null ? null : OfdXml.numbers(OfdXml.childText(area, "PhysicalBox"), 4);
        return box != null && box[2] > 0 && box[3] > 0 ? box : null;
    }
}
