package org.dupscan.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.dupscan.extract.Block;
import org.dupscan.extract.BlockKind;
import org.dupscan.extract.ImageText;
import org.dupscan.extract.Page;

/**
 * An extracted page to bytes and back, losslessly: what the index stores so that the per-page stages
 * can run again without parsing the page. Deflate-compressed (extracted text compresses about 3:1).
 * Block kinds are stored by name, so reordering the enum does not misread an index; any change to
 * the layout must raise {@link PageIndex#FORMAT}.
 */
final class PageCodec {

  private PageCodec() {}

  static byte[] encode(Page page) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
      string(out, page.id());
      string(out, page.url());
      string(out, page.host());
      string(out, page.title());
      out.writeBoolean(page.html());
      out.writeInt(page.bytes());
      string(out, page.charset());
      out.writeInt(page.blocks().size());
      for (Block b : page.blocks()) {
        out.writeInt(b.index());
        string(out, b.kind().name());
        string(out, b.text());
        out.writeBoolean(b.chrome());
        out.writeInt(b.linkChars());
      }
      out.writeInt(page.images().size());
      for (ImageText i : page.images()) {
        string(out, i.text());
        string(out, i.attribute());
        out.writeInt(i.beforeBlock());
      }
      out.writeInt(page.hiddenTexts().size());
      for (String h : page.hiddenTexts()) {
        string(out, h);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: cannot happen
    }
    return bytes.toByteArray();
  }

  static Page decode(byte[] data) throws IOException {
    try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(data)))) {
      String id = string(in);
      String url = string(in);
      String host = string(in);
      String title = string(in);
      boolean html = in.readBoolean();
      int bytes = in.readInt();
      String charset = string(in);
      int n = in.readInt();
      List<Block> blocks = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        blocks.add(new Block(in.readInt(), BlockKind.valueOf(string(in)), string(in), in.readBoolean(),
            in.readInt()));
      }
      n = in.readInt();
      List<ImageText> images = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        images.add(new ImageText(string(in), string(in), in.readInt()));
      }
      n = in.readInt();
      List<String> hidden = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        hidden.add(string(in));
      }
      return new Page(id, url, host, title, blocks, images, html, bytes, hidden, charset);
    } catch (IllegalArgumentException e) {
      throw new IOException("stored page unreadable: " + e.getMessage(), e);
    }
  }

  /** A string as its UTF-8 length (-1 for null) and bytes: no 64 KB limit as with writeUTF. */
  private static void string(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String string(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
