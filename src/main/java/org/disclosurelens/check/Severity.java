package org.disclosurelens.check;

/** How much a finding matters to an auditor; anomalies.csv sorts and counts by it. */
public enum Severity {
    /** Worth knowing, not a fault (template text shared by many issuers). */
    INFO("info"),
    /** Probably wrong; a person should look. */
    WARNING("warning"),
    /** Wrong: the numbers or the facts do not hold. */
    ERROR("error");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The severity of a label as anomalies.csv and the rule settings write it (info, warning, error). */
    public static java.util.Optional<Severity> of(String label) {
        return java.util.Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
    }
}
