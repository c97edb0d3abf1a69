package org.disclosurelens.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

/**
 * One file to analyse: its place in the output order, the file, its path as reported, its content
 * id and the cache key its results are stored under.
 */
record Task(int index, Path file, String path, String id, String key) {

    /** One line of the supervisor-to-worker protocol; names are Base64 because a file name may hold a tab or a line break. */
    String encode() {
        return index + "\t" + base64(file.toString()) + "\t" + base64(path) + "\t" + id + "\t" + key;
    }

    static Task decode(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
            throw new IllegalArgumentException("not a task: " + line);
        }
        return new Task(Integer.parseInt(f[0]), Path.of(unbase64(f[1])), unbase64(f[2]), f[3], f[4]);
    }

    private static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String unbase64(String s) {
        return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }
}
