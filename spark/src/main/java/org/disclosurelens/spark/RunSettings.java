package org.disclosurelens.spark;

import java.io.Serializable;
import java.time.Duration;
import org.disclosurelens.check.RuleChoice;

/**
 * What every executor needs to analyse a document as {@code analyze} would: the time limit per
 * document (zero: none), the size over which a file is refused unopened, and the rules (their
 * {@link RuleChoice#argument()} form, which travels as text).
 */
public record RunSettings(Duration timeout, long maxBytes, String rules) implements Serializable {

    RuleChoice ruleChoice() {
        return RuleChoice.parse(rules);
    }
}
