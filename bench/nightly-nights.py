#!/usr/bin/env python3
"""Makes the two "nights" of the nightly benchmark from one crawl (docs/nightly.md).

Usage: python3 bench/nightly-nights.py CRAWL.warc.gz OUTDIR [EVERY]

Writes OUTDIR/same.warc.gz (every record unchanged, one gzip member each, as wget writes) and
OUTDIR/edited.warc.gz, where every EVERY-th (default 20, about 5%) HTTP 200 text/html response has one
paragraph appended before </body>, with its HTTP Content-Length, WARC Content-Length,
WARC-Payload-Digest and WARC-Block-Digest made to match. Standard library only.
"""
import base64
import gzip
import hashlib
import re
import sys

EDIT = b'<p>Edited for the nightly benchmark: this paragraph was added to the page after the first crawl.</p>\n'


def records(path):
    """Yields (header bytes, block bytes) of each WARC record; the header ends with CRLF CRLF."""
    with gzip.open(path, 'rb') as f:
        data = f.read()
    pos = 0
    while pos < len(data):
        end = data.index(b'\r\n\r\n', pos) + 4
        header = data[pos:end]
        m = re.search(rb'(?im)^Content-Length:[ \t]*(\d+)[ \t]*\r$', header)
        length = int(m.group(1))
        yield header, data[end:end + length]
        pos = end + length
        while data[pos:pos + 2] == b'\r\n':
            pos += 2


def sha1(b):
    return b'sha1:' + base64.b32encode(hashlib.sha1(b).digest())


def set_field(header, name, value):
    pattern = re.compile(rb'(?im)^' + re.escape(name) + rb':[^\r\n]*\r$')
    if pattern.search(header):
        return pattern.sub(lambda _: name + b': ' + value + b'\r', header, count=1)
    return header[:-2] + name + b': ' + value + b'\r\n\r\n'


def edit(header, block):
    split = block.find(b'\r\n\r\n')
    http, payload = block[:split + 4], block[split + 4:]
    at = payload.lower().rfind(b'</body>')
    payload = payload[:at] + EDIT + payload[at:] if at >= 0 else payload + EDIT
    http = re.sub(rb'(?im)^Content-Length:[^\r\n]*\r$',
                  b'Content-Length: ' + str(len(payload)).encode() + b'\r', http, count=1)
    block = http + payload
    header = set_field(header, b'Content-Length', str(len(block)).encode())
    header = set_field(header, b'WARC-Block-Digest', sha1(block))
    header = set_field(header, b'WARC-Payload-Digest', sha1(payload))
    return header, block


def main():
    crawl, out = sys.argv[1], sys.argv[2]
    every = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    html, edited = 0, 0
    with open(out + '/same.warc.gz', 'wb') as same, open(out + '/edited.warc.gz', 'wb') as ed:
        for header, block in records(crawl):
            record = header + block + b'\r\n\r\n'
            same.write(gzip.compress(record, mtime=0))
            is_page = (re.search(rb'(?im)^WARC-Type:[ \t]*response', header)
                       and block.startswith(b'HTTP/') and b' 200 ' in block[:block.find(b'\r\n') + 1]
                       and re.search(rb'(?im)^Content-Type:[ \t]*text/html', block[:block.find(b'\r\n\r\n')]))
            if is_page:
                html += 1
                if html % every == 0:
                    header, block = edit(header, block)
                    record = header + block + b'\r\n\r\n'
                    edited += 1
            ed.write(gzip.compress(record, mtime=0))
    print(f'{crawl}: {html} HTML responses, {edited} edited into {out}/edited.warc.gz')


if __name__ == '__main__':
    main()
