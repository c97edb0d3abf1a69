package org.disclosurelens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Table;
import org.disclosurelens.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Document text never becomes markup in a page we write. */
class HtmlRendererTest {

    @TempDir
    Path dir;

    @Test
    void escapesTextInParagraphsCellsAndTitle() throws IOException {
        StringWriter out = new StringWriter();
        HtmlRenderer.write("<t>", List.of(
                new Paragraph("<script>alert('x')</script> & 预算", Location.UNKNOWN),
                new Table(List.of(List.of(new Cell("<img src=x onerror=alert(1)>", 2, 1))), Location.UNKNOWN)), out);
        String html = out.toString();
        assertTrue(html.contains("<title>&lt;t&gt;</title>"), html);
        assertTrue(html.contains("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 预算</p>"), html);
        assertTrue(html.contains("<td colspan=\"2\">&lt;img src=x onerror=alert(1)&gt;</td>"), html);
        assertTrue(!html.contains("<script>") && !html.contains("<img"), html);
    }

    @Test
    void renderingAHostileHtmlFileWritesItsMarkupAsText() throws IOException {
        Path input = dir.resolve("page.html");
        Files.writeString(input, "<html><body><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
                + "<table><tr><td>&lt;img src=x onerror=alert(2)&gt;</td></tr></table></body></html>");
        Path output = dir.resolve("out.html");
        assertEquals(0, Cli.run("render", input.toString(), "--html", output.toString()).code());
        String html = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(html.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"), html);
        assertTrue(html.contains("<td>&lt;img src=x onerror=alert(2)&gt;</td>"), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
    }
}
