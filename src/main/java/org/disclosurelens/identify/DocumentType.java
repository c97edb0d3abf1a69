package org.disclosurelens.identify;

/** What a file is: a budget or final-accounts disclosure, or something else filed among them. */
public enum DocumentType {
    BUDGET("budget"),
    FINAL_ACCOUNTS("final-accounts"),
    /** A notice, decision or set of rules issued with a document number (通知, 公告, 实施细则 …). */
    NOTICE("notice"),
    /** A performance evaluation report (绩效评价报告). */
    EVALUATION_REPORT("evaluation-report"),
    /** A statistical bulletin or table of statistics. */
    STATISTICS("statistics"),
    /** A blank or filled-in form (申请表, 登记表). */
    FORM("form"),
    /** A web portal's page saved as a file: navigation, footer, site map. */
    WEB_PAGE("web-page"),
    /** None of these: a work report, a contact sheet … */
    OTHER("other");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for the documents the budget checks are for. */
    public boolean disclosure() {
        return this == BUDGET || this == FINAL_ACCOUNTS;
    }

    /** The type a label names; OTHER for an unknown label. */
    public static DocumentType of(String label) {
        for (DocumentType t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        return label.isEmpty() ? BUDGET : OTHER;
    }
}
