package org.disclosurelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.disclosurelens.check.RuleChoice;
import org.disclosurelens.compare.PeerStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The peer comparison alone, on the output folder of an earlier analyze. */
@Command(name = "peers",
        header = "Compare each disclosure's shares with those of its peers: outliers.csv (corpus step).",
        mixinStandardHelpOptions = true,
        description = {"Compare each disclosure's shares (三公/支出, 项目支出/支出, 人员经费/基本支出, placeholder",
                "indicators) with those of its peers (same kind of department, year and 预算/决算) in the output",
                "folder of analyze: writes outliers.csv and PEER-OUTLIER rows of anomalies.csv. analyze runs it at its end."})
final class PeersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StepOptions options;

    @Override
    public Integer call() {
        return options.run(PeersCommand::run, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs the step and prints its summary; shared with analyze. Returns the exit code. */
    static int run(Path out, RuleChoice rules, boolean quiet, PrintWriter stdout, PrintWriter err) {
        try {
            PeerStep.Summary s = new PeerStep().run(out, rules);
            if (!quiet) {
                stdout.printf("peers: %d documents with a department kind, %d groups, %d shares compared with %d peers or more, "
                        + "%d outliers -> %s%n", s.documents(), s.groups(), s.compared(), PeerStep.MIN_PEERS, s.outliers(), out);
            }
            return 0;
        } catch (IOException e) {
            err.println("error: peers on " + out + ": " + e.getMessage());
            return 1;
        }
    }
}
