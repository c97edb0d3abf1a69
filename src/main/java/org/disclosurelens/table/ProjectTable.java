package org.disclosurelens.table;

/** A 绩效目标表 (project performance target table): one project. */
public record ProjectTable(LocatedTable source, Project project) implements TableData {

    @Override
    public TableKind kind() {
        return TableKind.PERFORMANCE_TARGET;
    }
}
