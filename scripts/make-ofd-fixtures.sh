#!/usr/bin/env bash
# Regenerates corpus/seed/seed.ofd from corpus/seed/seed.pdf with the test code's OfdWriter
# (src/test/java/org/disclosurelens/extract/OfdWriter.java): each page's glyphs, as PDFBox places
# them, become OFD text objects and its lines path objects. Needs only Java and Maven: the writer
# runs as the JUnit test OfdFixturesTest#writesTheSeedOfd, which is skipped unless -Dofd.write=true
# (Maven has no plain "run this test class's main" without a plugin the pom does not declare).
# Without the switch, OfdFixturesTest checks that the committed file is what the writer makes now.
# Run it after changing OfdWriter or seed.pdf, then GoldenTest with -Dgolden.update=true.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -pl core-tests -am test -Dtest='OfdFixturesTest#writesTheSeedOfd' -Dofd.write=true
ls -l corpus/seed/seed.ofd
