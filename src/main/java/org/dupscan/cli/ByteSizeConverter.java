package org.dupscan.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Parses sizes such as {@code 10000}, {@code 512K}, {@code 10MB}, {@code 1G} (powers of 1024). */
final class ByteSizeConverter implements CommandLine.ITypeConverter<Long> {

  @Override
  public Long convert(String value) {
    String v = value.trim().toUpperCase(Locale.ROOT);
    if (v.endsWith("B")) {
      v = v.substring(0, v.length() - 1);
    }
    long unit = 1;
    if (!v.isEmpty()) {
      switch (v.charAt(v.length() - 1)) {
        case 'K' -> unit = 1L << 10;
        case 'M' -> unit = 1L << 20;
        case 'G' -> unit = 1L << 30;
        default -> { }
      }
    }
    if (unit != 1) {
      v = v.substring(0, v.length() - 1);
    }
    try {
      long n = Long.parseLong(v.trim());
      if (n < 1 || n > Long.MAX_VALUE / unit) {
        throw new CommandLine.TypeConversionException("size must be positive but was '" + value + "'");
      }
      return n * unit;
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a size (e.g. 10MB, 512K, 100000)");
    }
  }
}
