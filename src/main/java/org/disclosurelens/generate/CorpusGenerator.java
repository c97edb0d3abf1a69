package org.disclosurelens.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosurelens.export.HtmlRenderer;

/**
 * Writes a corpus of generated disclosures in the requested formats with its ground truth
 * ({@value #TRUTH}, hidden so that {@code analyze} on the folder does not read it). Documents are
 * generated and written one at a time; only the last few stay in memory, as copy sources, so a
 * corpus of any size fits in a fixed heap.
 */
public final class CorpusGenerator {

    /** The ground-truth file, in the corpus folder. */
    public static final String TRUTH = ".ground-truth.json";
    /** How many recent documents random copies may take text from. */
    private static final int WINDOW = 64;

    /** The formats a document is written in. */
    public enum Format { TXT, DOCX, HTML, PDF;

        String extension() {
            return name().toLowerCase();
        }
    }

    /**
     * What to generate.
     *
     * @param faultRate the share of documents that get random faults (one or two each)
     * @param shares pairs of document numbers (1-based) that share a passage: the second takes it from the first
     * @param details whether the ground truth lists every figure (large for big corpora)
     * @param soffice LibreOffice's soffice, or null to look on the PATH
     * @param pdfBatch files per LibreOffice process: 1 gives the same PDF bytes every run, more is faster
     */
    public record Options(int count, long seed, Set<Format> formats, double faultRate, Set<FaultKind> faultKinds,
            List<int[]> shares, List<Template> templates, boolean details, Path soffice, int pdfBatch) {

        public Options {
            formats = Set.copyOf(formats);
            faultKinds = Set.copyOf(faultKinds);
            shares = List.copyOf(shares);
            templates = List.copyOf(templates);
        }

        /** The {@code generate} arguments that give these options (the output folder aside). */
        public List<String> arguments() {
            List<String> args = new ArrayList<>(List.of("--count", Integer.toString(count), "--seed", Long.toString(seed),
                    "--formats", String.join(",", formats.stream().sorted().map(Format::extension).toList())));
            if (faultRate > 0) {
                args.addAll(List.of("--faults", Double.toString(faultRate)));
                if (!faultKinds.equals(FaultKind.defaults())) {
                    args.addAll(List.of("--fault-kinds", String.join(",", faultKinds.stream().sorted().map(FaultKind::label).toList())));
                }
            }
            shares.forEach(pair -> args.addAll(List.of("--share", pair[0] + ":" + pair[1])));
            if (!templates.equals(Template.defaults())) {
                args.addAll(List.of("--templates", String.join(",", templates.stream().map(Template::label).toList())));
            }
            if (!details) {
                args.add("--no-details");
            }
            if (pdfBatch > 1) {
                args.addAll(List.of("--pdf-batch", Integer.toString(pdfBatch)));
            }
            return args;
        }
    }

    /** What was written; {@code pdfNote} says why PDFs are missing when they are. */
    public record Summary(int documents, Map<Format, Integer> files, int faults, int sharedPassages, String pdfNote) {
    }

    private final Options options;
    private final DisclosureFactory factory;
    private final FaultInjector injector;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    public CorpusGenerator(Options options) {
        this.options = options;
        this.factory = new DisclosureFactory(options.seed(), options.templates());
        this.injector = new FaultInjector(Counties.load().under(""));
    }

    /** What one run has written so far, and the recent documents copies may take text from. */
    private static final class Run {
        final Path out;
        final Path docxDir;
        final boolean pdf;
        final Map<Format, Integer> counts = new EnumMap<>(Format.class);
        final List<Fault> faults = new ArrayList<>();
        final List<SharedPassage> passages = new ArrayList<>();
        final List<PdfConverter.Job> pdfJobs = new ArrayList<>();
        final Deque<Disclosure> window = new ArrayDeque<>();
        final Map<Integer, Disclosure> pinned = new HashMap<>();
        /** The units and years written so far (county, department kind, scope, year). */
        final java.util.Set<String> issued = new java.util.HashSet<>();
        /** The issuers' years written so far (county, department kind, year), as the factory keys them. */
        final java.util.Set<DisclosureFactory.IssuerYear> years = new java.util.HashSet<>();

        Run(Path out, Path docxDir, boolean pdf) {
            this.out = out;
            this.docxDir = docxDir;
            this.pdf = pdf;
        }
    }

    /** Writes the corpus into {@code out}, creating it; existing files of the same names are replaced. */
    public Summary generate(Path out, PrintWriter log) throws IOException {
        Files.createDirectories(out);
        Optional<PdfConverter> pdf = options.formats().contains(Format.PDF) ? PdfConverter.find(options.soffice()) : Optional.empty();
        Path docxDir = pdf.isPresent() && !options.formats().contains(Format.DOCX) ? Files.createTempDirectory("dl-docx") : out;
        Run run = new Run(out, docxDir, pdf.isPresent());
        try (OutputStream truthOut = Files.newOutputStream(out.resolve(TRUTH));
             JsonGenerator truth = json.getFactory().createGenerator(truthOut, JsonEncoding.UTF8)) {
            truth.useDefaultPrettyPrinter();
            truth.writeStartObject();
            truth.writeObjectField("generator", "disclosure-lens generate");
            truth.writeObjectField("options", describe());
            truth.writeObjectField("amounts", "figures under details are in 元 (yuan); fault amounts are as printed, in their unit");
            truth.writeArrayFieldStart("documents");
            for (int i = 0; i < options.count(); i++) {
                document(i, run, truth);
                if (log != null && (i + 1) % 1000 == 0) {
                    log.printf("%d documents written%n", i + 1);
                }
            }
            truth.writeEndArray();
            truth.writeObjectField("faults", run.faults);
            truth.writeObjectField("sharedPassages", run.passages);
            truth.writeEndObject();
        }
        String pdfNote = pdfs(pdf, run);
        writeReadme(out, run.counts, run.faults.size(), run.passages.size(), pdfNote);
        return new Summary(options.count(), run.counts, run.faults.size(), run.passages.size(), pdfNote);
    }

    /** Makes document {@code i}, plants its faults, writes its files and its ground truth. */
    private void document(int i, Run run, JsonGenerator truth) throws IOException {
        List<Fault> own = new ArrayList<>();
        boolean lavish = lavish(i, run);
        Disclosure created = factory.create(i);
        boolean again = !run.issued.add(issued(created));
        run.years.add(DisclosureFactory.IssuerYear.of(created));
        if (lavish) {
            own.add(new Fault(faultId(created, own), created.id(), FaultKind.PEER_OUTLIER, 4, "公务用车购置费", null, null, "元",
                    created.threePublic().get(1).current().toPlainString(), null));
        }
        Disclosure d = plant(i, created, run.window, run.pinned, own, run.passages, again);
        run.faults.addAll(own);
        Rendition rendition = LayoutWriter.of(d.template()).write(d);
        Map<String, String> files = write(d, rendition, run);
        json.writeValue(truth, DocumentTruth.of(d, rendition, files, own.stream().map(Fault::id).toList(), options.details()));
        run.window.addLast(d);
        if (run.window.size() > WINDOW) {
            run.window.removeFirst();
        }
        if (isShareSource(i)) {
            run.pinned.put(i, d);
        }
    }

    /**
     * Whether document {@code i}'s issuer spends unlike its peers ({@link FaultKind#PEER_OUTLIER}):
     * drawn from a stream of its own, so naming the kind changes no other document, with the chance
     * of one fault of one kind among those named (a faulted document gets 1.5 faults), at most one
     * in ten. Not for a unit and year already written (the document would contradict it).
     */
    private boolean lavish(int i, Run run) {
        if (!options.faultKinds().contains(FaultKind.PEER_OUTLIER)) {
            return false;
        }
        long named = options.faultKinds().stream().filter(k -> k != FaultKind.SHARED_PASSAGE).count();
        double chance = Math.min(0.1, options.faultRate() * 1.5 / named);
        Random r = new Random(options.seed() * 0x2545F4914F6CDD1DL + i * 7_919L + 5);
        return r.nextDouble() < chance && factory.spendLavishly(i, run.years);
    }

    /** Who issued a disclosure for which year: its county, department kind, scope and year. */
    private static String issued(Disclosure d) {
        return d.place().county().code() + "|" + d.department().key() + "|" + d.scope() + "|" + d.year();
    }

    /** Series reuse, chosen pairs, then random faults, each drawn from the document's own random stream. */
    private Disclosure plant(int i, Disclosure d, Deque<Disclosure> window, Map<Integer, Disclosure> pinned,
            List<Fault> faults, List<SharedPassage> passages, boolean again) {
        Random r = new Random(options.seed() * 0x2545F4914F6CDD1DL + i * 7_919L + 3);
        if (d.seriesOf() != null) {
            String first = d.seriesOf();
            Optional<Disclosure> source = window.stream().filter(s -> s.id().equals(first)).findFirst();
            // The unit goes on with a goal of its own, not one planted into it from another issuer.
            Set<String> planted = passages.stream()
                    .filter(p -> p.target().equals(first) && p.reason() != SharedPassage.Reason.SERIES)
                    .map(SharedPassage::text).collect(Collectors.toSet());
            if (source.isPresent() && !planted.containsAll(source.get().texts().overallGoals())) {
                FaultInjector.Planted p = FaultInjector.copy(d, source.get(), planted, r);
                d = p.disclosure();
                passages.add(p.passage());
            }
        }
        for (int[] pair : options.shares()) {
            if (pair[1] - 1 == i && pinned.containsKey(pair[0] - 1)) {
                FaultInjector.Planted p = FaultInjector.copy(d, pinned.get(pair[0] - 1), faultId(d, faults),
                        FaultKind.SHARED_PASSAGE, SharedPassage.Reason.CHOSEN_PAIR, r);
                d = record(p, faults, passages);
            }
        }
        if (r.nextDouble() < options.faultRate()) {
            List<FaultKind> kinds = options.faultKinds().stream()
                    .filter(k -> k != FaultKind.SHARED_PASSAGE && k != FaultKind.PEER_OUTLIER).sorted().toList();
            int wanted = kinds.isEmpty() ? 0 : 1 + r.nextInt(2);
            List<Disclosure> earlier = List.copyOf(window);
            for (int n = 0, tries = 0; n < wanted && tries < 6; tries++) {
                FaultKind kind = kinds.get(r.nextInt(kinds.size()));
                // A unit and year drawn again (Shanghai's 16 districts often are) is a second copy of
                // that unit's document to the corpus step (documents.csv same_as): a copy planted in
                // it alone would be planted in a document nobody reads apart.
                if (faults.stream().anyMatch(f -> f.kind() == kind || f.kind().hides(kind)) || again && kind.copy()) {
                    continue;
                }
                Optional<FaultInjector.Planted> p = injector.plant(kind, d, faultId(d, faults), earlier, r);
                if (p.isPresent()) {
                    d = record(p.get(), faults, passages);
                    n++;
                }
            }
        }
        return d;
    }

    private static Disclosure record(FaultInjector.Planted p, List<Fault> faults, List<SharedPassage> passages) {
        faults.add(p.fault());
        if (p.passage() != null) {
            passages.add(p.passage());
        }
        return p.disclosure();
    }

    private static String faultId(Disclosure d, List<Fault> faults) {
        return d.id() + "-f" + (faults.size() + 1);
    }

    private boolean isShareSource(int i) {
        return options.shares().stream().anyMatch(pair -> pair[0] - 1 == i);
    }

    private Map<String, String> write(Disclosure d, Rendition r, Run run) throws IOException {
        Path out = run.out;
        Map<Format, Integer> counts = run.counts;
        String base = d.id() + "_" + d.place().county().code() + "_" + d.department().key() + "_" + d.year();
        Map<String, String> files = new LinkedHashMap<>();
        if (options.formats().contains(Format.TXT)) {
            try (Writer w = Files.newBufferedWriter(out.resolve(base + ".txt"), StandardCharsets.UTF_8)) {
                TikaTextWriter.write(r.blocks(), w);
            }
            files.put("txt", base + ".txt");
            counts.merge(Format.TXT, 1, Integer::sum);
        }
        if (options.formats().contains(Format.DOCX) || run.pdf) {
            Path docx = run.docxDir.resolve(base + ".docx");
            try (OutputStream o = Files.newOutputStream(docx)) {
                DocxWriter.write(d.unit() + d.year() + "年" + d.scope() + "预算", d.year(), r.blocks(), o);
            }
            if (options.formats().contains(Format.DOCX)) {
                files.put("docx", base + ".docx");
                counts.merge(Format.DOCX, 1, Integer::sum);
            }
            if (run.pdf) {
                run.pdfJobs.add(new PdfConverter.Job(docx, d.year()));
                files.put("pdf", base + ".pdf");
            }
        }
        if (options.formats().contains(Format.HTML)) {
            try (Writer w = Files.newBufferedWriter(out.resolve(base + ".html"), StandardCharsets.UTF_8)) {
                HtmlRenderer.write(d.unit() + d.year() + "年" + d.scope() + "预算", r.blocks(), w);
            }
            files.put("html", base + ".html");
            counts.merge(Format.HTML, 1, Integer::sum);
        }
        return files;
    }

    private String pdfs(Optional<PdfConverter> pdf, Run run) throws IOException {
        List<PdfConverter.Job> jobs = run.pdfJobs;
        if (!options.formats().contains(Format.PDF)) {
            return "";
        }
        if (pdf.isEmpty()) {
            return "PDF skipped: LibreOffice (soffice) not found; install libreoffice-writer-nogui and "
                    + "fonts-wqy-microhei, or pass --soffice <path>.";
        }
        pdf.get().convert(jobs, run.out, Math.max(1, options.pdfBatch()),
                Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), jobs.size())));
        run.counts.put(Format.PDF, jobs.size());
        if (!run.docxDir.equals(run.out)) {
            for (PdfConverter.Job job : jobs) {
                Files.deleteIfExists(job.docx());
            }
            Files.deleteIfExists(run.docxDir);
        }
        return "";
    }

    private Map<String, Object> describe() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("arguments", options.arguments());
        o.put("count", options.count());
        o.put("seed", options.seed());
        o.put("formats", options.formats().stream().sorted().map(Format::extension).toList());
        o.put("faultRate", options.faultRate());
        o.put("faultKinds", options.faultKinds().stream().sorted().map(FaultKind::label).toList());
        o.put("shares", options.shares().stream().map(p -> p[0] + ":" + p[1]).toList());
        o.put("templates", options.templates().stream().map(Template::label).toList());
        return o;
    }

    private void writeReadme(Path out, Map<Format, Integer> counts, int faults, int passages, String pdfNote)
            throws IOException {
        StringBuilder sb = new StringBuilder("# Generated disclosures\n\n");
        sb.append("Written by\n\n    java -jar target/disclosure-lens.jar generate ").append(String.join(" ", options.arguments()))
                .append(" --out <this folder>\n\n");
        counts.forEach((format, n) -> sb.append("- ").append(n).append(' ').append(format.extension()).append(" files\n"));
        sb.append("- ").append(faults).append(" planted faults, ").append(passages).append(" shared passages\n\n");
        if (!pdfNote.isEmpty()) {
            sb.append(pdfNote).append("\n\n");
        }
        sb.append("`").append(TRUTH).append("` is the ground truth: for each document its files, the identity, layout,\n")
                .append("parts and top-level headings `analyze` should report, its figures (in 元), and the faults and\n")
                .append("shared passages planted, with the text and the document each copy came from.\n")
                .append("It is hidden so that `analyze` on this folder reads the disclosures only.\n");
        Files.writeString(out.resolve("README.md"), sb.toString(), StandardCharsets.UTF_8);
    }
}
