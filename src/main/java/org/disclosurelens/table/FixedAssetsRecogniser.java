package org.disclosurelens.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.Amounts;
import org.disclosurelens.figure.Unit;
import org.disclosurelens.model.Location;

/**
 * 固定资产占用情况表: item, quantity and value. Either a real grid (项目 | 数量 | 价值) or, as the
 * county template prints it, one cell holding the whole table a line at a time ("项目", "数量",
 * "价值（单位：万元）", "固定资产总额", "—", "3.65", …), which is read as a stream of labels each
 * followed by its quantity and value.
 */
public final class FixedAssetsRecogniser implements TableRecogniser {

    private static final Pattern QUANTITY = Pattern.compile("数量|面积");
    private static final Pattern VALUE = Pattern.compile("价值|金额|原值|账面");
    private static final Pattern HEADER = Pattern.compile("^(项目|数量|面积|价值|金额|原值|账面|截止|单位[:：]).*|.*(占用情况表|资产情况表)$");
    /** The header over the items' column, where the stream of items starts. */
    private static final Pattern ITEM_HEADER = Pattern.compile("^(项目|资产名称|资产类别|类别|品名)$");
    private static final Pattern DASH = Pattern.compile("^[-—–－/]+$");

    @Override
    public Optional<TableData> recognise(LocatedTable t) {
        if (t.titleKind() != TableKind.FIXED_ASSETS) {
            return Optional.empty();
        }
        Unit unit = valueUnit(t).orElse(t.unitOrDefault());
        List<AssetRow> rows = gridRows(t, unit);
        if (rows.isEmpty()) {
            rows = streamRows(t, unit);
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(new AssetTable(t, rows));
    }

    private static Optional<Unit> valueUnit(LocatedTable t) {
        TableGrid g = t.grid();
        for (List<String> row : g.texts()) {
            for (String cell : row) {
                for (String line : cell.split("\n")) {
                    if (VALUE.matcher(TableGrid.key(line)).find()) {
                        Optional<Unit> u = TableLocator.unitIn(line).or(() -> Unit.named(TableGrid.key(line).replaceAll("^.*[(（]|[)）].*$", "")));
                        if (u.isPresent()) {
                            return u;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<AssetRow> gridRows(LocatedTable t, Unit unit) {
        TableGrid g = t.grid();
        for (int r = 0; r < g.rows(); r++) {
            int quantity = -1;
            int value = -1;
            for (int c : g.cellStarts(r)) {
                String k = g.key(r, c);
                quantity = quantity < 0 && QUANTITY.matcher(k).find() && k.length() < 12 ? c : quantity;
                value = value < 0 && VALUE.matcher(k).find() && k.length() < 16 ? c : value;
            }
            if (value > 0) {
                return rowsBelow(t, r, quantity, value, unit);
            }
        }
        return List.of();
    }

    private static List<AssetRow> rowsBelow(LocatedTable t, int header, int quantity, int value, Unit unit) {
        TableGrid g = t.grid();
        List<AssetRow> rows = new ArrayList<>();
        for (int r = header + 1; r < g.rows(); r++) {
            String item = g.text(r, 0).strip();
            if (item.isEmpty()) {
                continue;
            }
            String q = quantity < 0 ? "" : g.text(r, quantity).strip();
            rows.add(new AssetRow(item, DASH.matcher(q).matches() ? "" : q, Amounts.cell(g.text(r, value), unit), t.location(r)));
        }
        return rows;
    }

    private static List<AssetRow> streamRows(LocatedTable t, Unit unit) {
        List<String> tokens = new ArrayList<>();
        for (List<String> row : t.grid().texts()) {
            String previous = null;
            for (String cell : row) {
                if (!cell.equals(previous)) {
                    cell.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(tokens::add);
                }
                previous = cell;
            }
        }
        List<AssetRow> rows = new ArrayList<>();
        Location location = t.location();
        int start = 0;
        while (start < tokens.size() && !ITEM_HEADER.matcher(TableGrid.key(tokens.get(start))).matches()) {
            start++;
        }
        for (int i = start == tokens.size() ? 0 : start; i < tokens.size(); i++) {
            String label = tokens.get(i);
            if (HEADER.matcher(TableGrid.key(label)).matches() || valueToken(label)) {
                continue;
            }
            List<String> values = new ArrayList<>();
            while (i + 1 < tokens.size() && valueToken(tokens.get(i + 1)) && values.size() < 2) {
                values.add(tokens.get(++i));
            }
            String quantity = values.size() == 2 ? values.get(0) : "";
            Optional<Amount> value = values.isEmpty() ? Optional.empty() : Amounts.cell(values.get(values.size() - 1), unit);
            rows.add(new AssetRow(label, DASH.matcher(quantity).matches() ? "" : quantity, value, location));
        }
        return rows;
    }

    private static boolean valueToken(String s) {
        return DASH.matcher(s.strip()).matches() || Amounts.numeric(s);
    }
}
