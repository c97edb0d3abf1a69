package org.disclosurelens.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A command run as a user runs it: its exit code and what it printed on stdout and stderr. */
record CliRun(int code, String out, String err) {

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
