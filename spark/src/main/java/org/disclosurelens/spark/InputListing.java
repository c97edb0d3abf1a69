package org.disclosurelens.spark;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.disclosurelens.export.CsvFile;
import org.disclosurelens.pipeline.Analyzer;
import org.disclosurelens.pipeline.InputFiles;

/**
 * The files of {@code --input}, listed on the driver as paths only (the documents are read in the
 * executors): a local folder or file exactly as {@code analyze} lists it ({@link InputFiles}: same
 * order, same skipped files, same problems), a folder on any file system Hadoop reads (hdfs://,
 * s3a://, …) in the same order and with the same skips, or a manifest: a CSV whose {@code path}
 * column names each file (absolute, a URI, or relative to the manifest) and whose optional
 * {@code source_url} column says where it was published.
 */
final class InputListing {

    private InputListing() {
    }

    /** The files of {@code input}, skipping the output folder {@code out} when it lies inside. */
    static List<InputFile> list(String input, Path out, Configuration conf) throws IOException {
        URI uri = URI.create(input.replace(" ", "%20"));
        if (input.toLowerCase(Locale.ROOT).endsWith(".csv") && !isFolder(input, conf)) {
            return manifest(input, conf);
        }
        if (uri.getScheme() == null || uri.getScheme().equals("file")) {
            return local(uri.getScheme() == null ? Path.of(input) : Path.of(uri), out);
        }
        return hadoop(new org.apache.hadoop.fs.Path(input), conf);
    }

    private static boolean isFolder(String input, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
        FileSystem fs = p.getFileSystem(conf);
        return fs.exists(p) && fs.getFileStatus(p).isDirectory();
    }

    private static List<InputFile> local(Path input, Path out) throws IOException {
        Path root = input.toAbsolutePath().normalize();
        InputFiles files = InputFiles.under(root, out);
        List<InputFile> listed = new ArrayList<>();
        for (InputFiles.Problem problem : files.problems()) {
            listed.add(new InputFile(0, problem.path().toUri().toString(), Analyzer.relative(problem.path(), root), "",
                    problem.message()));
        }
        for (Path file : files.files()) {
            listed.add(new InputFile(0, file.toUri().toString(), Analyzer.relative(file, root), "", ""));
        }
        return numbered(listed);
    }

    /** Problems first, then files, as analyze stores them; each group by path. */
    private static List<InputFile> numbered(List<InputFile> listed) {
        List<InputFile> out = new ArrayList<>(listed.size());
        for (InputFile f : listed) {
            out.add(new InputFile(out.size(), f.uri(), f.path(), f.sourceUrl(), f.problem()));
        }
        return out;
    }

    static List<InputFile> hadoop(org.apache.hadoop.fs.Path root, Configuration conf) throws IOException {
        FileSystem fs = root.getFileSystem(conf);
        org.apache.hadoop.fs.Path base = fs.getFileStatus(root).isDirectory() ? fs.makeQualified(root) : fs.makeQualified(root).getParent();
        List<InputFile> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            LocatedFileStatus status = it.next();
            String relative = base.toUri().relativize(status.getPath().toUri()).getPath();
            if (!skipped(relative)) {
                files.add(new InputFile(0, status.getPath().toString(), relative, "", ""));
            }
        }
        files.sort(Comparator.comparing(InputFile::path));
        return numbered(files);
    }

    /** Hidden files and folders and Markdown notes, as {@link InputFiles} skips them. */
    static boolean skipped(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return relative.endsWith(".md");
    }

    private static List<InputFile> manifest(String manifest, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(manifest);
        FileSystem fs = file.getFileSystem(conf);
        org.apache.hadoop.fs.Path folder = fs.makeQualified(file).getParent();
        List<InputFile> files = new ArrayList<>();
        try (Reader in = new InputStreamReader(fs.open(file), StandardCharsets.UTF_8); CSVReader csv = CsvFile.reader(in)) {
            String[] header = csv.readNext();
            if (header == null) {
                throw new IOException("the manifest " + manifest + " is empty: it needs a header with a path column");
            }
            List<String> columns = new ArrayList<>();
            for (String h : header) {
                columns.add(h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT));
            }
            int path = columns.indexOf("path");
            int url = columns.indexOf("source_url");
            if (path < 0) {
                throw new IOException("the manifest " + manifest + " has no path column (its header: " + String.join(",", header) + ")");
            }
            for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                String written = path < row.length ? row[path].trim() : "";
                if (written.isEmpty()) {
                    continue;
                }
                String source = url >= 0 && url < row.length ? row[url].trim() : "";
                files.add(new InputFile(0, resolve(folder, written), written, source, ""));
            }
        } catch (CsvValidationException e) {
            throw new IOException("the manifest " + manifest + " is not a valid CSV: " + e.getMessage(), e);
        }
        return numbered(files);
    }

    private static String resolve(org.apache.hadoop.fs.Path folder, String written) {
        URI uri = URI.create(written.replace(" ", "%20"));
        if (uri.getScheme() != null && uri.getScheme().length() > 1) {
            return written;
        }
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(written);
        // As a URI with its spaces and percent signs escaped, which the executors parse back.
        return (p.isAbsolute() ? p : new org.apache.hadoop.fs.Path(folder, written)).toUri().toString();
    }
}
