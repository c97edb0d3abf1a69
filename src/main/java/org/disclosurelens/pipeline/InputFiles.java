package org.disclosurelens.pipeline;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * The files a run reads under the folder the user named, in a fixed order (by path) so that
 * outputs are the same whatever the thread count. Symbolic links are followed; a link loop, a broken
 * link, a named pipe or device, or an unreadable folder becomes a problem to report, not a crash. Hidden files, Markdown notes
 * (a corpus's README or SOURCES.md) and the output folder are skipped.
 */
public record InputFiles(List<Path> files, List<Problem> problems) {

    /** A path that could not be listed, with the reason. */
    public record Problem(Path path, String message) {
    }

    public InputFiles {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** The files under each input (a file, or a folder searched), in one order, each once. */
    public static InputFiles under(List<Path> inputs, Path skip) throws IOException {
        if (inputs.size() == 1) {
            return under(inputs.get(0), skip);
        }
        java.util.Set<Path> files = new java.util.TreeSet<>(Comparator.comparing(Path::toString));
        List<Problem> problems = new ArrayList<>();
        for (Path input : inputs) {
            InputFiles one = under(input.toAbsolutePath().normalize(), skip);
            files.addAll(one.files());
            problems.addAll(one.problems());
        }
        problems.sort(Comparator.comparing(p -> p.path().toString()));
        return new InputFiles(new ArrayList<>(files), problems);
    }

    /**
     * What paths in the outputs are relative to: the input itself when there is one, else the
     * deepest folder that holds every input.
     */
    public static Path root(List<Path> inputs) {
        if (inputs.size() == 1) {
            return inputs.get(0);
        }
        Path common = null;
        for (Path input : inputs) {
            Path p = input.toAbsolutePath().normalize();
            Path folder = Files.isDirectory(p) ? p : p.getParent();
            if (common == null) {
                common = folder;
            }
            while (common != null && !folder.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common == null ? Path.of("/") : common;
    }

    public static InputFiles under(Path root, Path skip) throws IOException {
        if (!Files.isDirectory(root)) {
            return new InputFiles(List.of(root), List.of());
        }
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Path skipped = skip == null ? null : skip.toAbsolutePath().normalize();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                boolean output = skipped != null && dir.toAbsolutePath().normalize().equals(skipped);
                return hidden || output ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || name.endsWith(".md") || attrs.isDirectory()) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile()) {
                    files.add(file);
                } else {
                    // Opening a named pipe waits for a writer forever; a device may never end.
                    problems.add(new Problem(file, attrs.isSymbolicLink()
                            ? "broken symbolic link: its target does not exist; skipped"
                            : "not a regular file (a named pipe, device or socket), which could block the run; skipped"));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String why = e instanceof FileSystemLoopException
                        ? "symbolic link loop: the link points to a folder that contains it; skipped"
                        : "could not open (" + e.getClass().getSimpleName() + "); check permissions";
                problems.add(new Problem(file, why));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(Path::toString));
        problems.sort(Comparator.comparing(p -> p.path().toString()));
        return new InputFiles(files, problems);
    }
}
