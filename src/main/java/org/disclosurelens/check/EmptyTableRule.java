package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.disclosurelens.figure.Direction;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.table.LocatedTable;
import org.disclosurelens.table.TableKind;

/**
 * TEXT-EMPTY-TABLE: a table of the 三公经费, the 政府性基金 or the 国有资本经营预算 that prints no
 * amount at all, without a note saying there is none (本表无数据, 无此项支出, 不涉及), while the text
 * gives that subject a non-zero amount: the table was emptied, or the text was not updated
 * (../shared/corpus-real 007: its 三公 table without a row, its text "年初预算为0.95万元"). An empty
 * table whose subject the text gives no amount (a 政府性基金 table of a unit without such funds) is
 * left alone: many publishers print those without a note, and nothing contradicts them.
 */
final class EmptyTableRule extends BaseRule {

    /** The tables checked, and the words of the label path of the prose amounts that are their subject. */
    private static final Map<TableKind, String> SUBJECT = Map.of(TableKind.THREE_PUBLIC, "三公经费",
            TableKind.GOVERNMENT_FUND, "政府性基金", TableKind.STATE_CAPITAL, "国有资本经营");
    /**
     * A note that the table is empty on purpose; 无 opening a place name (无锡市, 无为市, 无棣县, 无极县)
     * is no note ("无锡市锡山区财政局2022年度收入、支出预算总计…" after an emptied table).
     */
    private static final Pattern NOTE = Pattern.compile(
            "无数据|无此项|为空|空表|不涉及|未发生|本表无|无(?!锡|为|棣|极).{0,15}(支出|收入|经费|资金|预算|安排|事项)|没有.{0,10}(支出|收入|经费|资金|预算)");
    /** An amount in a cell: a decimal, or two digits or more (single digits are column numbers). */
    private static final Pattern AMOUNT = Pattern.compile("^-?[\\d,，]*(\\d\\.\\d+|\\d{2,})$");
    /** Paragraphs after a table that may hold its note. */
    private static final int NEAR = 3;
    /** A table's title: the next table begins. */
    private static final Pattern TITLE = Pattern.compile("表\\s*(?:[（(][^）)]*[）)])?$");

    EmptyTableRule() {
        super(RuleId.TEXT_EMPTY_TABLE);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        for (LocatedTable t : d.data().tables()) {
            String subject = SUBJECT.get(t.titleKind());
            if (subject == null || !empty(t) || noted(d, t)) {
                continue;
            }
            stated(d, subject).ifPresent(f -> {
                String label = f.label().replaceAll("[为是：:]$", "");
                findings.add(at(t.part(), t.location(), t.title() + "：" + f.sentence(),
                        t.title() + "无任何金额，也无“本表无数据”等说明，但文中列" + label + f.amount().text(),
                        t.title() + " prints no amount and no note that it has none, but the text gives " + label + " "
                                + f.amount().text()).withValues("", f.amount().text()));
            });
        }
        return findings;
    }

    private static boolean empty(LocatedTable t) {
        return t.table().grid().stream().flatMap(List::stream)
                .noneMatch(c -> AMOUNT.matcher(c.strip().replace(" ", "")).matches());
    }

    /**
     * A note in the table, in its title, or in the paragraphs right after it up to the next table
     * or table title (a note under the next, empty, table is that table's).
     */
    private static boolean noted(Disclosure d, LocatedTable t) {
        if (NOTE.matcher(t.title()).find() || t.table().grid().stream().flatMap(List::stream).anyMatch(c -> NOTE.matcher(c).find())) {
            return true;
        }
        for (int b = t.block() + 1; b < Math.min(d.blocks().size(), t.block() + NEAR + 1); b++) {
            if (!(d.blocks().get(b) instanceof Paragraph p) || TITLE.matcher(p.text().strip()).find()) {
                return false;
            }
            if (NOTE.matcher(p.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The first non-zero amount the text gives the subject, not a change. */
    private static Optional<ProseFigure> stated(Disclosure d, String subject) {
        return d.data().figures().stream()
                .filter(f -> f.direction() == Direction.NONE && about(f, subject))
                .filter(f -> f.amount().wan().map(w -> w.compareTo(BigDecimal.ZERO) > 0).orElse(false))
                .findFirst();
    }

    /**
     * True when the amount is the subject's: its label path names it, or its sentence does before
     * it ("“三公”经费财政拨款支出年初预算为0万元，支出决算为5.32万元": the outturn's label is 支出决算).
     */
    private static boolean about(ProseFigure f, String subject) {
        if (unquoted(String.join("/", f.labelPath())).contains(subject)) {
            return true;
        }
        int at = f.sentence().indexOf(f.amount().text());
        return at > 0 && unquoted(f.sentence().substring(0, at)).contains(subject);
    }

    private static String unquoted(String text) {
        return text.replaceAll("[“”\"‘’]", "");
    }
}
