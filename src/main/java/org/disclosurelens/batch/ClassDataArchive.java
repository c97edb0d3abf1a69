package org.disclosurelens.batch;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The class-data sharing archive (AppCDS) that the build makes beside the jar (core/pom.xml: a
 * training run on corpus/seed, {@code -XX:ArchiveClassesAtExit}). A JVM started with it maps the
 * classes of Tika, PDFBox, POI, HanLP and ours from the archive instead of loading and verifying
 * each again: about a second of a single file's cold run in one JVM (BENCHMARKS.md, "Cold start").
 * The worker JVM gets it whatever started the supervisor; {@code bin/disclosure-lens} gives it to
 * the supervisor too. A JVM of another build, or a jar rebuilt since, ignores the archive without
 * a word ({@code -Xlog:cds=off}).
 */
final class ClassDataArchive {

    private ClassDataArchive() {
    }

    /**
     * Whether this JVM was started with a class archive ({@code bin/disclosure-lens}): then a small
     * batch is analysed fastest here; without one, in a worker JVM that maps the archive.
     */
    static boolean mapped() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
    }

    /**
     * The options that start a JVM of {@code classPath} with the archive beside its jar: none when
     * the class path is not one jar, the jar has no archive, or {@code inherited} already chooses
     * how classes are shared.
     */
    static List<String> options(String classPath, List<String> inherited) {
        if (inherited.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-Xshare"))
                || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return List.of();
        }
        Path archive = Path.of(classPath.substring(0, classPath.length() - ".jar".length()) + ".jsa");
        return Files.isRegularFile(archive)
                ? List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off")
                : List.of();
    }
}
