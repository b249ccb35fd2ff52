package org.dupscan.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The temporary folder cannot take the scan's spill files (full, gone, not writable): a fault of the
 * run, not of a page, so it ends the scan rather than skipping pages one by one.
 */
public final class TempFolderException extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  private final transient Path folder;

  public TempFolderException(Path folder, IOException cause) {
    super("cannot write temporary files in " + folder + ": " + reason(cause), cause);
    this.folder = folder;
  }

  /** The temporary folder. */
  public Path folder() {
    return folder;
  }

  private static String reason(IOException e) {
    String m = e.getMessage();
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      m = f.getReason();
    }
    return m == null ? e.getClass().getSimpleName() : m.replace('\n', ' ');
  }
}
