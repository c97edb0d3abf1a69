package org.disclosurelens.series;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.check.Evidence;
import org.disclosurelens.model.Location;

/**
 * The paragraphs of a saved document, to find the sentence a prose figure was read from: figures
 * carry the location of their paragraph and the amount as written, not the sentence.
 */
final class Paragraphs {

    private record Block(Location location, String text) {
    }

    private final List<Block> blocks = new ArrayList<>();

    Paragraphs(JsonNode blocks) {
        for (JsonNode b : blocks) {
            if ("paragraph".equals(b.path("type").asText())) {
                JsonNode l = b.path("location");
                this.blocks.add(new Block(new Location(l.path("page").asInt(0), l.path("line").asInt(0)), b.path("text").asText()));
            }
        }
    }

    /** The sentence holding {@code written} in the paragraph at {@code at}, cut short; "" when not found. */
    String sentence(Location at, String written) {
        return find(at, written).map(b -> Evidence.sentence(b.text(), b.text().indexOf(written))).orElse("");
    }

    /** The rest of the sentence after {@code written}; "" when not found. */
    String after(Location at, String written) {
        return find(at, written).map(b -> {
            String rest = b.text().substring(b.text().indexOf(written) + written.length());
            int end = rest.indexOf('。');
            return end < 0 ? rest : rest.substring(0, end);
        }).orElse("");
    }

    private java.util.Optional<Block> find(Location at, String written) {
        return blocks.stream().filter(b -> b.location().equals(at) && b.text().contains(written)).findFirst()
                .or(() -> blocks.stream().filter(b -> b.location().page() == at.page() && at.page() > 0
                        && b.text().contains(written)).findFirst());
    }
}
