#!/usr/bin/env python3
"""Helpers of bin/lib/guest-image.sh that are easier in Python than in shell.

  kernel-version BZIMAGE          print the version string from the bzImage setup header
  payload-kind BZIMAGE            print the compressor of the payload the setup header points at
  extract-vmlinux BZIMAGE OUT     write the uncompressed ELF kernel inside BZIMAGE to OUT
  modules MODDIR NAME...          print the modules NAME need, dependencies first, as paths under MODDIR

extract-vmlinux follows the kernel tree's scripts/extract-vmlinux: it looks for a compressed payload and keeps the
first one that decompresses to an ELF file. It first tries the payload the setup header points at (boot protocol
2.08+), then scans for the magic of each compressor the kernel supports.
"""
import bz2
import lzma
import os
import shutil
import struct
import subprocess
import sys
import zlib

ELF_MAGIC = b"\x7fELF"

# (name, magic) of the compressors the kernel can use for its payload.
MAGICS = [
    ("xz", b"\xfd7zXZ\x00"),
    ("zstd", b"\x28\xb5\x2f\xfd"),
    ("gzip", b"\x1f\x8b\x08"),
    ("lzma", b"\x5d\x00\x00\x00"),
    ("bzip2", b"BZh"),
    ("lz4", b"\x02\x21\x4c\x18"),
    ("lzo", b"\x89LZO"),
]


def fail(message):
    print(f"guest_image_tools: {message}", file=sys.stderr)
    sys.exit(1)


def kernel_version(image):
    if image[0x202:0x206] != b"HdrS":
        fail("not a bzImage (no HdrS setup header)")
    (pointer,) = struct.unpack_from("<H", image, 0x20E)
    start = pointer + 0x200
    end = image.index(b"\x00", start)
    return image[start:end].decode("ascii", "replace").split()[0]


def decompress(kind, data):
    """Decompress one stream, ignoring anything after it; None when it is not a valid stream."""
    try:
        # A truncated stream decompresses to a truncated kernel: only a stream that reached its end counts.
        if kind in ("xz", "lzma", "gzip", "bzip2"):
            d = {
                "xz": lambda: lzma.LZMADecompressor(format=lzma.FORMAT_XZ),
                "lzma": lambda: lzma.LZMADecompressor(format=lzma.FORMAT_ALONE),
                "gzip": lambda: zlib.decompressobj(16 + zlib.MAX_WBITS),
                "bzip2": bz2.BZ2Decompressor,
            }[kind]()
            out = d.decompress(data)
            return out if d.eof else None
        tool = {"zstd": ["zstd", "-dcq"], "lz4": ["lz4", "-dcq"], "lzo": ["lzop", "-dcq"]}[kind]
        if shutil.which(tool[0]) is None:
            return None
        # The payload has trailing bytes (the uncompressed size); the tools print their output before failing.
        run = subprocess.run(tool, input=data, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        return run.stdout
    except (lzma.LZMAError, OSError, EOFError, zlib.error, ValueError):
        return None


def candidates(image):
    """Offsets and kinds to try, the payload named by the setup header first."""
    if image[0x202:0x206] == b"HdrS":
        setup_sects = image[0x1F1] or 4
        offset, length = struct.unpack_from("<II", image, 0x248)
        start = (setup_sects + 1) * 512 + offset
        for kind, magic in MAGICS:
            if image.startswith(magic, start):
                yield kind, start
    for kind, magic in MAGICS:
        at = image.find(magic)
        while at >= 0:
            yield kind, at
            at = image.find(magic, at + 1)


def payload_kind(path):
    image = open(path, "rb").read()
    for kind, at in candidates(image):
        print(kind)
        return
    print("unknown")


def extract_vmlinux(path, out):
    image = open(path, "rb").read()
    tried = set()
    for kind, at in candidates(image):
        if (kind, at) in tried:
            continue
        tried.add((kind, at))
        data = decompress(kind, image[at:])
        if data and data.startswith(ELF_MAGIC):
            tmp = out + ".part"
            with open(tmp, "wb") as f:
                f.write(data)
            os.replace(tmp, out)
            print(f"{kind} payload at offset {at}, {len(data)} bytes")
            return
    fail(f"no compressed ELF payload found in {path}")


def modules(moddir, names):
    deps = {}
    with open(os.path.join(moddir, "modules.dep")) as f:
        for line in f:
            target, _, rest = line.partition(":")
            deps[target] = rest.split()
    by_name = {}
    for target in deps:
        base = os.path.basename(target).split(".ko")[0]
        by_name[base.replace("-", "_")] = target
    order = []

    def visit(target):
        if target in order:
            return
        for dep in deps.get(target, []):
            visit(dep)
        order.append(target)

    for name in names:
        target = by_name.get(name.replace("-", "_"))
        if target is None:
            builtin = os.path.join(moddir, "modules.builtin")
            if os.path.exists(builtin) and any(
                os.path.basename(l.strip()).split(".ko")[0].replace("-", "_") == name.replace("-", "_")
                for l in open(builtin)
            ):
                continue  # built into the kernel: nothing to load
            fail(f"module {name} is neither in {moddir}/modules.dep nor built in")
        visit(target)
    print("\n".join(order))


def main(argv):
    if len(argv) >= 2 and argv[0] == "kernel-version":
        print(kernel_version(open(argv[1], "rb").read()))
    elif len(argv) == 2 and argv[0] == "payload-kind":
        payload_kind(argv[1])
    elif len(argv) == 3 and argv[0] == "extract-vmlinux":
        extract_vmlinux(argv[1], argv[2])
    elif len(argv) >= 2 and argv[0] == "modules":
        modules(argv[1], argv[2:])
    else:
        fail(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
