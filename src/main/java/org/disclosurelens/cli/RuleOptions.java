package org.disclosurelens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.disclosurelens.check.RuleChoice;
import picocli.CommandLine.Option;

/** Which rules run, at what severity: shared by analyze and the corpus steps' commands (reuse, series). */
public final class RuleOptions {

    @Option(names = "--disable", split = ",", paramLabel = "<rule>",
            description = "Switch audit rules off by id, comma-separated (see analyze --rules).")
    Set<String> disable = new LinkedHashSet<>();

    @Option(names = "--enable", split = ",", paramLabel = "<rule>",
            description = "Run only these audit rules, by id, comma-separated (after --rules-config; --disable still applies).")
    Set<String> enable = new LinkedHashSet<>();

    @Option(names = "--rules-config", paramLabel = "<file>",
            description = {"A rules file: one line per rule, RULE-ID = off | info | warning | error, # for comments",
                    "(docs/rules.md). A finding at its rule's default severity gets the one given."})
    Path config;

    /** What the options choose; empty, with the reason printed to {@code err}, when they name a bad id, value or file. */
    public java.util.Optional<RuleChoice> choice(java.io.PrintWriter err) {
        try {
            return java.util.Optional.of(choice());
        } catch (RuleChoice.Invalid e) {
            err.println("error: " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** What the options choose; a message naming the bad id, value or file otherwise. */
    RuleChoice choice() throws RuleChoice.Invalid {
        try {
            return RuleChoice.of(config, enable, disable);
        } catch (IOException e) {
            throw new RuleChoice.Invalid("cannot read the rules file " + config + ": " + e.getMessage());
        }
    }
}
