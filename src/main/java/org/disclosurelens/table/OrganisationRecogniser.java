package org.disclosurelens.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** 机构设置 tables: 单位名称 | 单位性质 | 单位规格 | 经费保障形式, one unit a row, columns found by their headers. */
public final class OrganisationRecogniser implements TableRecogniser {

    private static final Pattern[] HEADERS = {
        Pattern.compile("单位名称|机构名称"), Pattern.compile("单位性质|机构性质"),
        Pattern.compile("单位规格|机构规格|级别"), Pattern.compile("经费(保障)?形式|经费来源")};

    @Override
    public Optional<TableData> recognise(LocatedTable t) {
        TableGrid g = t.grid();
        for (int r = 0; r < g.rows(); r++) {
            int[] col = columns(g, r);
            if (col[0] >= 0 && (col[1] >= 0 || col[3] >= 0)) {
                List<Organisation> units = new ArrayList<>();
                for (int k = r + 1; k < g.rows(); k++) {
                    String name = g.text(k, col[0]).strip();
                    if (!name.isEmpty()) {
                        units.add(new Organisation(name, text(g, k, col[1]), text(g, k, col[2]), text(g, k, col[3]), t.location(k)));
                    }
                }
                return units.isEmpty() ? Optional.empty() : Optional.of(new OrganisationTable(t, units));
            }
        }
        return Optional.empty();
    }

    private static int[] columns(TableGrid g, int r) {
        int[] col = {-1, -1, -1, -1};
        for (int c : g.cellStarts(r)) {
            String k = g.key(r, c);
            for (int i = 0; i < HEADERS.length; i++) {
                if (col[i] < 0 && k.length() <= 8 && HEADERS[i].matcher(k).find()) {
                    col[i] = c;
                }
            }
        }
        return col;
    }

    private static String text(TableGrid g, int r, int c) {
        return c < 0 ? "" : g.text(r, c).strip();
    }
}
