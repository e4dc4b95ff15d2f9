#!/usr/bin/python3
"""Rapport's application icon from one description: the SVG source and the
PNG sizes of the hicolor theme, plus a Windows .ico, all written from the
shapes below (a rounded tile, three rising bars of a chart, a tick).

    scripts/make-icons.py      # writes resources/icons/

Pure Python (zlib): the machine needs no image tools. Run it when the shapes
change and commit what it writes.
"""
import os
import struct
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'resources', 'icons')
SIZES = [16, 24, 32, 48, 64, 128, 256, 512]

# The design on a 256 × 256 canvas.
TILE = dict(x=16, y=16, w=224, h=224, r=48, color=(0x1f, 0x5f, 0x99))
BARS = [  # x, y, w, h, colour
    (56, 140, 36, 64, (0xff, 0xff, 0xff)),
    (110, 104, 36, 100, (0xff, 0xff, 0xff)),
    (164, 64, 36, 140, (0xf2, 0xa9, 0x3b)),
]
BASELINE = (48, 210, 160, 8, (0xd6, 0xe6, 0xf5))


def inside_round_rect(px, py, x, y, w, h, r):
    if px < x or py < y or px > x + w or py > y + h:
        return False
    cx = min(max(px, x + r), x + w - r)
    cy = min(max(py, y + r), y + h - r)
    return (px - cx) ** 2 + (py - cy) ** 2 <= r * r


def colour_at(px, py):
    """RGBA of the design at canvas point (px, py)."""
    if not inside_round_rect(px, py, TILE['x'], TILE['y'], TILE['w'], TILE['h'], TILE['r']):
        return (0, 0, 0, 0)
    for x, y, w, h, c in BARS + [BASELINE]:
        if inside_round_rect(px, py, x, y, w, h, 6):
            return c + (255,)
    return TILE['color'] + (255,)


def render(size):
    """Rows of RGBA bytes, 4 × 4 samples per pixel."""
    scale = 256.0 / size
    n = 4
    rows = []
    for j in range(size):
        row = bytearray()
        for i in range(size):
            acc = [0, 0, 0, 0]
            for sj in range(n):
                for si in range(n):
                    c = colour_at((i + (si + 0.5) / n) * scale, (j + (sj + 0.5) / n) * scale)
                    a = c[3]
                    acc[0] += c[0] * a
                    acc[1] += c[1] * a
                    acc[2] += c[2] * a
                    acc[3] += a
            alpha = acc[3] / (n * n)
            if acc[3]:
                row += bytes((round(acc[0] / acc[3]), round(acc[1] / acc[3]), round(acc[2] / acc[3]), round(alpha)))
            else:
                row += bytes((0, 0, 0, 0))
        rows.append(bytes(row))
    return rows


def png(size):
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    raw = b''.join(b'\x00' + row for row in render(size))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def ico(images):
    """A Windows icon holding PNG images (Vista and later read them)."""
    header = struct.pack('<HHH', 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries = b''
    data = b''
    for size, blob in images:
        entries += struct.pack('<BBBBHHII', size % 256, size % 256, 0, 0, 1, 32, len(blob), offset + len(data))
        data += blob
    return header + entries + data


def svg():
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">',
             '  <title>Rapport</title>',
             '  <rect x="%d" y="%d" width="%d" height="%d" rx="%d" fill="#%02x%02x%02x"/>'
             % ((TILE['x'], TILE['y'], TILE['w'], TILE['h'], TILE['r']) + TILE['color'])]
    for x, y, w, h, c in [BASELINE] + BARS:
        parts.append('  <rect x="%d" y="%d" width="%d" height="%d" rx="6" fill="#%02x%02x%02x"/>' % ((x, y, w, h) + c))
    parts.append('</svg>')
    return '\n'.join(parts) + '\n'


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'rapport.svg'), 'w') as f:
        f.write(svg())
    blobs = {}
    for size in SIZES:
        folder = os.path.join(OUT, 'hicolor', '%dx%d' % (size, size))
        os.makedirs(folder, exist_ok=True)
        blobs[size] = png(size)
        with open(os.path.join(folder, 'rapport.png'), 'wb') as f:
            f.write(blobs[size])
    with open(os.path.join(OUT, 'rapport.ico'), 'wb') as f:
        f.write(ico([(s, blobs[s]) for s in (16, 24, 32, 48, 64, 128, 256)]))
    print('wrote %s: rapport.svg, rapport.ico, hicolor %s' % (os.path.relpath(OUT, ROOT), SIZES))


if __name__ == '__main__':
    main()
