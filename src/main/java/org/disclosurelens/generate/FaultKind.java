package org.disclosurelens.generate;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The errors the generator plants, named as the ground truth and {@code --fault-kinds} name them. */
public enum FaultKind {
    /** A printed total off by 0.10 in its unit (三公 合计, 基本支出, 项目支出, 机关运行经费, 固定资产总额). */
    ARITHMETIC("arithmetic"),
    /** A project's spending plan that sums to less than 100%. */
    PLAN_NOT_100("plan-not-100"),
    /** A project code that starts with another county's division code. */
    WRONG_COUNTY_CODE("wrong-county-code"),
    /** An overall goal copied verbatim from a disclosure of the same kind in another county. */
    COPIED_FROM_COUNTY("copied-from-county"),
    /** An overall goal copied verbatim from a disclosure of another department kind. */
    COPIED_FROM_KIND("copied-from-kind"),
    /** A duty of a department of another kind put among the document's duties, under its own number. */
    COPIED_DUTY("copied-duty"),
    /**
     * Two or three consecutive indicator rows of another issuer's project (二级指标 to 依据, as it
     * filled them) put in place of the first rows of one of the document's projects.
     */
    COPIED_INDICATORS("copied-indicators", false),
    /**
     * The 三公 paragraph of the issuer's document of the year before printed word for word in place
     * of this year's, whose amounts differ: text not updated.
     */
    STALE_TEXT("stale-text", false),
    /** The heading of the budget explanation names the year before (last year's heading left in). */
    YEAR_TITLE("year-title", false),
    /**
     * The 基本支出经济分类表 of an earlier draft: it adds up on its own, but its 合计 is not the
     * 基本支出 of the function table beside it.
     */
    CROSS_TABLE("cross-table", false),
    /**
     * The 三公 table printed with its headers and no row, and no note that it is empty, while the
     * text still states the 三公 amounts (../shared/corpus-real 007's emptied table).
     */
    EMPTY_TABLE("empty-table", false),
    /**
     * The reason of the year's change worded for a move the other way: an increase put down to a
     * cut (主要原因是压减了…), a decrease to an increase; the county template, which gives a reason.
     */
    REASON_DIRECTION("reason-direction", false),
    /** The 三公 paragraph's first full stop typed twice (。。), a slip of editing. */
    DOUBLED_PUNCTUATION("doubled-punctuation", false),
    /**
     * The sentence of the year's change names the document's own year as the year compared with
     * (比2026年预算增加 in a 2026 budget: ../shared/corpus-real 012), where the year before stands.
     */
    COMPARE_YEAR("compare-year", false),
    /**
     * The 基本支出经济分类表's first personnel line printed with a minus sign (a sign typed by
     * mistake); the tables' sums then fail too.
     */
    NEGATIVE_AMOUNT("negative-amount", false),
    /**
     * A project's satisfaction indicator (a share of the people served) given a value over 100%, a
     * digit typed twice (≥95% → ≥955%).
     */
    SHARE_OVER_100("share-over-100", false),
    /**
     * The 基本支出经济分类表 left out while the 目录 lists it (../shared/corpus-real 007 lists a
     * 支出决算表 it does not print): Jiangsu's template, whose 目录 lists the tables.
     */
    TOC_TABLE("toc-table", false),
    /**
     * Final accounts: one 项's claim of direction reversed, 决算数大于预算数 where the outturn is below
     * its 年初预算 or the other way (../shared/corpus-real 007, three places).
     */
    FINAL_DIRECTION("final-direction", false),
    /**
     * The issuer spends unlike the departments of its kind that year: it buys cars (公务用车购置费),
     * which lifts its 三公 share far above its peers'. Consistent in every table and sentence, and
     * in the issuer's next year's document; what the peer comparison (PEER-OUTLIER) is for. At most
     * one document in ten: an outlier is rare among its peers, or it is none.
     */
    PEER_OUTLIER("peer-outlier", false),
    /** A project's indicators filled with the template's placeholders (描述 0, 指标值 ≥90圆满完成). */
    PLACEHOLDER_INDICATORS("placeholder-indicators"),
    /** Part 6 says there is no procurement while a project buys equipment. */
    PROCUREMENT_CONTRADICTION("procurement-contradiction"),
    /** A passage shared by a pair of documents chosen with {@code --share}. */
    SHARED_PASSAGE("shared-passage");

    /** Kinds that print on one place: at most one of each group in a document. */
    private static final List<Set<FaultKind>> SAME_PLACE = List.of(
            EnumSet.of(FaultKind.COPIED_INDICATORS, FaultKind.PLACEHOLDER_INDICATORS, FaultKind.SHARE_OVER_100),
            EnumSet.of(FaultKind.CROSS_TABLE, FaultKind.NEGATIVE_AMOUNT, FaultKind.TOC_TABLE));

    private final String label;
    /**
     * Drawn when {@code --fault-kinds} is not given. Kinds added later are not, so that a seed
     * gives the corpus it gave before (the committed corpus/generated among them); name them, or
     * {@code all}, to draw them.
     */
    private final boolean byDefault;

    FaultKind(String label) {
        this(label, true);
    }

    FaultKind(String label, boolean byDefault) {
        this.label = label;
        this.byDefault = byDefault;
    }

    /** The kinds drawn when none are named. */
    public static Set<FaultKind> defaults() {
        Set<FaultKind> set = EnumSet.noneOf(FaultKind.class);
        Arrays.stream(values()).filter(k -> k.byDefault).forEach(set::add);
        return set;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public static FaultKind of(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown fault kind " + label + "; known: "
                        + String.join(", ", Arrays.stream(values()).map(FaultKind::label).toList())));
    }

    /** True for the kinds that copy text from another issuer's document. */
    public boolean copy() {
        return this == COPIED_FROM_COUNTY || this == COPIED_FROM_KIND || this == COPIED_DUTY || this == COPIED_INDICATORS;
    }

    /**
     * True when a fault of this kind and one of {@code other} must not be planted in the same
     * document: both print on one place, the later overwriting or removing the earlier (copied and
     * placeholder indicator rows on one project's rows; a draft, a minus sign, and the leaving out of
     * the 基本支出经济分类表).
     */
    public boolean hides(FaultKind other) {
        return this != other && SAME_PLACE.stream().anyMatch(group -> group.contains(this) && group.contains(other));
    }
}
