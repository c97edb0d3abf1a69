package org.disclosurelens.series;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.model.Location;

/**
 * A prose figure as DataJson writes it: [part, label_path, label, amount, direction, base, location],
 * money only.
 *
 * @param direction 增加, 减少, or "" when the amount is not a change
 */
record Prose(int part, String path, String label, Amount amount, String direction, String base, Location location) {

    static Optional<Prose> of(JsonNode f) {
        return SeriesReader.amount(f.path(3)).map(a -> new Prose(f.path(0).asInt(0), f.path(1).asText(), f.path(2).asText(), a,
                f.path(4).asText(), f.path(5).asText(), SeriesReader.location(f.path(6))));
    }
}
