package org.disclosurelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.disclosurelens.generate.CorpusGenerator;
import org.disclosurelens.generate.CorpusGenerator.Format;
import org.disclosurelens.generate.FaultKind;
import org.disclosurelens.generate.Template;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate --count N --out <folder>}: a corpus of realistic disclosures with known ground truth. */
@Command(name = "generate",
        header = "Generate disclosures with known figures and planted faults, for testing.",
        mixinStandardHelpOptions = true,
        description = {"Writes generated budget disclosures (county, Shanghai and Jiangsu templates; Shanghai final accounts when named) as TXT in Tika's",
                "tab-cell layout, DOCX, HTML and PDF (through LibreOffice when installed), with .ground-truth.json:",
                "identity, layout, parts and figures of each document, and every planted fault and shared passage.",
                "The same seed and options give the same files."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "<folder>", description = "Folder to write the corpus to.")
    Path out;

    @Option(names = {"-n", "--count"}, defaultValue = "20", paramLabel = "<n>",
            description = "Number of disclosures (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "<seed>", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--formats", defaultValue = "txt,docx,html,pdf", split = ",", paramLabel = "<format>",
            description = "Formats to write: txt, docx, html, pdf (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--faults", defaultValue = "0", paramLabel = "<rate>",
            description = "Share of documents given one or two random faults, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double faultRate;

    @Option(names = "--fault-kinds", split = ",", paramLabel = "<kind>",
            description = "Fault kinds to draw from, or all: arithmetic, plan-not-100, wrong-county-code, "
                    + "copied-from-county, copied-from-kind, copied-duty, copied-indicators, stale-text, year-title, "
                    + "cross-table, empty-table, reason-direction, doubled-punctuation, placeholder-indicators, "
                    + "procurement-contradiction. Default: all but copied-indicators, stale-text, year-title, cross-table, "
                    + "empty-table, reason-direction and doubled-punctuation (added later: a seed gives the corpus it gave before).")
    List<String> faultKinds;

    @Option(names = "--share", paramLabel = "<a:b>",
            description = "Documents a and b (1-based) share a passage: b takes an overall goal of a. Repeatable.")
    List<String> shares = new ArrayList<>();

    @Option(names = "--templates", split = ",", paramLabel = "<layout>",
            description = "Templates to use (default: the three budgets): county-nine-part, shanghai-budget, jiangsu-budget; final-accounts (Shanghai 部门决算).")
    List<String> templates;

    @Option(names = "--details", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "List every figure of every document in the ground truth (default: yes; --no-details for big corpora).")
    boolean details;

    @Option(names = "--soffice", paramLabel = "<path>", description = "LibreOffice's soffice (default: soffice on the PATH).")
    Path soffice;

    @Option(names = "--pdf-batch", defaultValue = "1", paramLabel = "<n>",
            description = {"Files per LibreOffice run (default: ${DEFAULT-VALUE}). 1 makes PDFs byte-identical from run to run;",
                    "larger batches are several times faster and give the same pages, with font objects in varying order."})
    int pdfBatch;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CorpusGenerator.Options options;
        try {
            options = new CorpusGenerator.Options(count, seed, parseFormats(), faultRate, parseKinds(), parseShares(),
                    parseTemplates(), details, soffice, pdfBatch);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        try {
            CorpusGenerator.Summary summary = new CorpusGenerator(options).generate(out, err);
            spec.commandLine().getOut().printf("%d disclosures: %s; %d faults, %d shared passages -> %s%n",
                    summary.documents(), summary.files().entrySet().stream()
                            .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase()).collect(Collectors.joining(", ")),
                    summary.faults(), summary.sharedPassages(), out);
            if (!summary.pdfNote().isEmpty()) {
                err.println(summary.pdfNote());
            }
            return 0;
        } catch (IOException e) {
            err.println("error: cannot write to " + out + ": " + e.getMessage());
            return 1;
        }
    }

    private Set<Format> parseFormats() {
        Set<Format> set = EnumSet.noneOf(Format.class);
        for (String f : formats) {
            try {
                set.add(Format.valueOf(f.strip().toUpperCase()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format " + f + "; known: txt, docx, html, pdf");
            }
        }
        return set;
    }

    private Set<FaultKind> parseKinds() {
        if (faultRate < 0 || faultRate > 1) {
            throw new IllegalArgumentException("--faults must be between 0 and 1");
        }
        if (faultKinds == null) {
            return FaultKind.defaults();
        }
        if (faultKinds.size() == 1 && faultKinds.get(0).strip().equals("all")) {
            return EnumSet.allOf(FaultKind.class);
        }
        Set<FaultKind> set = EnumSet.noneOf(FaultKind.class);
        faultKinds.forEach(k -> set.add(FaultKind.of(k.strip())));
        return set;
    }

    private List<int[]> parseShares() {
        List<int[]> pairs = new ArrayList<>();
        for (String share : shares) {
            String[] ab = share.split(":");
            try {
                int a = Integer.parseInt(ab[0].strip());
                int b = Integer.parseInt(ab[1].strip());
                if (ab.length != 2 || a == b || Math.min(a, b) < 1 || Math.max(a, b) > count) {
                    throw new NumberFormatException();
                }
                pairs.add(new int[] {Math.min(a, b), Math.max(a, b)});
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException("--share takes two different document numbers from 1 to " + count
                        + ", as a:b; got " + share);
            }
        }
        return pairs;
    }

    private List<Template> parseTemplates() {
        if (templates == null) {
            return Template.defaults();
        }
        List<Template> list = new ArrayList<>();
        for (String t : templates) {
            list.add(Arrays.stream(Template.values()).filter(v -> v.label().equals(t.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown template " + t
                            + "; known: county-nine-part, shanghai-budget, jiangsu-budget")));
        }
        return list;
    }
}
