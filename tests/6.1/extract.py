#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""extract.py ARCHIVE.tar.xz DEST MEMBER...: a few members of a kernel
source tarball, decompressing only the xz blocks that hold them.

Debian's linux-source-<k>.tar.xz is 1.3 GB of tar in some 55 xz blocks,
its members sorted by name. Reading the whole stream for three files
costs 11 s of one core; the blocks are found instead by their index and a
binary search on the first member each block holds (a block decodes on
its own). A MEMBER is a path below the tarball's top folder: a file, or
a folder taken whole. Files land under DEST with the top folder
stripped, as `tar --strip-components=1` puts them.

Exit 3, having written nothing, when the archive is not what this
expects (one block, members out of order, a member not found): the
caller then reads the whole stream, as tar would. Exit 2 on bad input.
"""
import lzma
import os
import sys

BLOCK = 512


class Unfit(Exception):
    """The archive does not allow seeking: read the whole stream."""


def vli(buf, pos):
    """An xz variable-length integer at @pos: (value, next position)."""
    value, shift = 0, 0
    while True:
        b = buf[pos]
        value |= (b & 0x7F) << shift
        pos += 1
        if not b & 0x80:
            return value, pos
        shift += 7
        if shift > 63:
            raise Unfit("bad integer in the xz index")


def blocks_of(f):
    """[(file offset, uncompressed offset, uncompressed size)] of every
    block of a one-stream xz file, read from its index."""
    f.seek(0, os.SEEK_END)
    end = f.tell()
    f.seek(0)
    head = f.read(12)
    f.seek(end - 12)
    foot = f.read(12)
    if head[:6] != b"\xfd7zXZ\x00" or foot[10:] != b"YZ":
        raise Unfit("not an xz file")
    check = {0: 0, 1: 4, 4: 8, 10: 32}.get(head[7] & 0x0F)
    if check is None:
        raise Unfit("unknown xz check")
    index_size = (int.from_bytes(foot[4:8], "little") + 1) * 4
    f.seek(end - 12 - index_size)
    index = f.read(index_size)
    if index[0] != 0:
        raise Unfit("several xz streams")
    count, pos = vli(index, 1)
    blocks, off, uoff = [], 12, 0
    for _ in range(count):
        unpadded, pos = vli(index, pos)
        size, pos = vli(index, pos)
        blocks.append((off, uoff, size, unpadded - check))
        off += (unpadded + 3) & ~3
        uoff += size
    if off != end - 12 - index_size:
        raise Unfit("xz stream padding or several streams")
    if len(blocks) < 2:
        raise Unfit("one xz block: nothing to seek")
    return blocks


def lzma2_dict(props):
    bits = props & 0x3F
    if bits > 40:
        raise Unfit("bad LZMA2 properties")
    return 0xFFFFFFFF if bits == 40 else (2 | (bits & 1)) << (bits // 2 + 11)


class Block:
    """One xz block, decoded only as far as it has been read: finding the
    first member a block holds costs a few kilobytes of it."""

    def __init__(self, raw, size):
        hsize = (raw[0] + 1) * 4
        flags, pos = raw[1], 2
        if flags & 0x40:
            _, pos = vli(raw, pos)
        if flags & 0x80:
            _, pos = vli(raw, pos)
        if flags & 0x03:
            raise Unfit("an xz filter chain of more than LZMA2")
        fid, pos = vli(raw, pos)
        plen, pos = vli(raw, pos)
        if fid != lzma.FILTER_LZMA2 or plen != 1:
            raise Unfit("an xz filter other than LZMA2")
        self.dec = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=[{
            "id": lzma.FILTER_LZMA2, "dict_size": lzma2_dict(raw[pos])}])
        self.pending = raw[hsize:]
        self.data = bytearray()
        self.size = size

    def upto(self, n):
        """The block's first @n bytes (fewer only at its end)."""
        n = min(n, self.size)
        while len(self.data) < n:
            more = self.dec.decompress(self.pending,
                                       max(n - len(self.data), 1 << 16))
            self.pending = b""
            if not more:
                raise Unfit("an xz block shorter than its index says")
            self.data += more
        return self.data


class Archive:
    """The uncompressed tar, read at any offset."""

    def __init__(self, f):
        self.f = f
        self.blocks = blocks_of(f)
        self.size = sum(b[2] for b in self.blocks)
        self.open = {}

    def block(self, i):
        if i not in self.open:
            off, _, size, length = self.blocks[i]
            self.f.seek(off)
            self.open[i] = Block(self.f.read(length), size)
        return self.open[i]

    def block_at(self, uoff):
        lo, hi = 0, len(self.blocks) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.blocks[mid][1] <= uoff:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def read(self, uoff, n):
        out = b""
        while n > 0 and uoff < self.size:
            i = self.block_at(uoff)
            at = uoff - self.blocks[i][1]
            part = bytes(self.block(i).upto(at + n)[at:at + n])
            out += part
            uoff += len(part)
            n -= len(part)
        return out


def octal(field):
    if field[:1] == b"\x80":          # GNU base-256
        return int.from_bytes(field[1:], "big")
    text = field.split(b"\x00")[0].strip()
    return int(text, 8) if text else 0


def header(buf):
    """(name, type, size) of a tar header, or None if @buf is not one."""
    if len(buf) < BLOCK or buf[257:262] != b"ustar":
        return None
    try:
        stored = octal(buf[148:156])
    except ValueError:
        return None
    if stored != sum(buf[:148]) + 8 * 32 + sum(buf[156:BLOCK]):
        return None
    name = buf[:100].split(b"\x00")[0]
    prefix = buf[345:500].split(b"\x00")[0]
    if buf[257:263] == b"ustar\x00" and prefix:
        name = prefix + b"/" + name
    return name, buf[156:157], octal(buf[124:136])


def round_up(n):
    return (n + BLOCK - 1) // BLOCK * BLOCK


class Tar:
    def __init__(self, archive):
        self.a = archive
        first = header(archive.read(0, BLOCK))
        if not first:
            raise Unfit("no tar header at the start")
        self.top = first[0].rstrip(b"/") + b"/"
        self.firsts = {}

    def entries(self, uoff):
        """(offset, name, type, size, data offset) from a header on."""
        long_name = None
        while uoff + BLOCK <= self.a.size:
            h = header(self.a.read(uoff, BLOCK))
            if not h:
                if self.a.read(uoff, BLOCK).strip(b"\x00"):
                    raise Unfit("a broken tar header")
                return                  # the end-of-archive blocks
            name, kind, size = h
            data = uoff + BLOCK
            if kind == b"L":            # GNU: the next entry's long name
                long_name = self.a.read(data, size).split(b"\x00")[0]
            elif kind in (b"x", b"g"):
                raise Unfit("pax headers")
            else:
                yield uoff, long_name or name, kind, size, data
                long_name = None
            uoff = data + round_up(size)

    def first_in(self, i):
        """(offset, name) of the first tar header starting in block @i."""
        if i not in self.firsts:
            self.firsts[i] = self.scan(i)
        return self.firsts[i]

    def scan(self, i):
        start, size = self.a.blocks[i][1], self.a.blocks[i][2]
        off = round_up(start)
        while off < start + size:
            h = header(self.a.read(off, BLOCK))
            if h and h[0].startswith(self.top) and h[1] != b"L":
                return off, h[0]
            off += BLOCK
        return None

    def find(self, key):
        """The offset of a header at or before the first member >= @key."""
        lo, hi, best = 0, len(self.a.blocks) - 1, 0
        while lo <= hi:
            mid = (lo + hi) // 2
            i, first = mid, None
            while i <= hi and not first:
                first = self.first_in(i)
                i += 1
            if first and sort_key(first[1]) < key:
                best = first[0]
                lo = mid + 1
            else:
                hi = mid - 1
        return best


def sort_key(name):
    return name.rstrip(b"/")


def extract(tar, member, dest):
    """Writes @member (a file, or a folder whole); the files written."""
    want = tar.top + member.encode()
    written, last = [], b""
    for _, name, kind, size, data in tar.entries(tar.find(want)):
        key = sort_key(name)
        if key < last:
            raise Unfit("tar members out of order")
        last = key
        if key == want or key.startswith(want + b"/"):
            path = os.path.join(dest, name[len(tar.top):].decode())
            if kind == b"5":
                os.makedirs(path, exist_ok=True)
            elif kind in (b"0", b"\x00", b"7"):
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as f:
                    f.write(tar.a.read(data, size))
                written.append(path)
        elif key >= want + b"0":
            break       # "0" sorts right after "/": past every want/...
    if not written:
        raise Unfit("%s not found where the order puts it" % member)
    return written


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    archive, dest, members = argv[1], argv[2], argv[3:]
    try:
        with open(archive, "rb") as f:
            tar = Tar(Archive(f))
            done = []
            try:
                for m in members:
                    done += extract(tar, m, dest)
            except Unfit:
                for p in done:
                    os.unlink(p)
                raise
    except OSError as e:
        print("extract.py: %s" % e, file=sys.stderr)
        return 2
    except (Unfit, lzma.LZMAError) as e:
        print("extract.py: %s: %s; reading the whole stream" % (archive, e),
              file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
