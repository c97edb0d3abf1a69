package org.disclosurelens.check;

/** A rule's fixed description: id, category, severity and title, set once by each rule. */
abstract class BaseRule implements Rule {

    private final String id;
    private final Category category;
    private final Severity severity;
    private final String title;

    BaseRule(String id, Category category, Severity severity, String title) {
        this.id = id;
        this.category = category;
        this.severity = severity;
        this.title = title;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Category category() {
        return category;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String title() {
        return title;
    }
}
