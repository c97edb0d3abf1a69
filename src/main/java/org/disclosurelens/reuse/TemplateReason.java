package org.disclosurelens.reuse;

/**
 * Why a passage two issuers share is not a copy, as reuse.csv's {@code template_reason} says. A
 * copied passage has none.
 */
enum TemplateReason {
    /** Nothing: a passage of the series, or a suspected copy. */
    NONE(""),
    /** Its sentences are used by more issuers than the template threshold, or repeat a glossary or preamble. */
    COMMON("common"),
    /** A few model sentences both issuers adapted: short, carrying neither's specifics, or edited apart. */
    ADAPTED("adapted-model"),
    /** The same form filled in by each: only figures and each issuer's own names differ. */
    FILLED_FORM("filled-form"),
    /** A passage of the overview or the 三公 part (forms with figures) shared within one province: its template. */
    PROVINCE_FORM("province-form"),
    /** Mostly the standard names of budget classification items (办公费、印刷费、咨询费…). */
    CLASSIFICATION_NAMES("classification-names"),
    /** It cites a finance bureau's approval (苏财预〔2017〕19号) both departments received. */
    APPROVAL_CITATION("approval-citation"),
    /** It lies within model text the user named (--templates FILE). */
    USER_TEMPLATE("user-template");

    private final String label;

    TemplateReason(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
