package org.disclosurelens.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A size on the command line: bytes, or a number with k, m or g (powers of 1024), such as 100m. */
final class ByteSize implements ITypeConverter<Long> {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmg]?)b?");

    @Override
    public Long convert(String value) {
        Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new TypeConversionException("not a size: " + value + " (try 100m or 2g)");
        }
        int power = "kmg".indexOf(m.group(2).isEmpty() ? ' ' : m.group(2).charAt(0)) + 1;
        return Math.round(Double.parseDouble(m.group(1)) * Math.pow(1024, power));
    }
}
