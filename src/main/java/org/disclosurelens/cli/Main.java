package org.disclosurelens.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The disclosure-lens command: subcommands for each job; see {@code --help}. */
@Command(name = "disclosure-lens",
        mixinStandardHelpOptions = true,
        version = "disclosure-lens 0.1.0",
        description = "Reads Chinese government budget disclosures (部门预算/决算) into CSV and JSON.",
        subcommands = {AnalyzeCommand.class, ReuseCommand.class, SeriesCommand.class, PeersCommand.class, AnnotateCommand.class,
                ReportCommand.class, BlocksCommand.class, RenderCommand.class, GenerateCommand.class, BenchTikaCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. Tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }
}
