#!/usr/bin/env python3
# Draws the web app's PNG icons (www/icon-192.png, www/icon-512.png) from the favicon's shapes; run once by hand, the PNGs are committed.
"""The favicon (www/favicon.svg: a phone with a tick) on the page's background, scaled into
the middle of a square, 4x4 supersampled and stored as a palette PNG (standard library
only, so no image tool is needed). Usage: python3 scripts/icons.py [OUT_DIR]"""
import struct
import sys
import zlib

BG, PHONE, SCREEN, TICK = (0xF7, 0xF8, 0xFA), (0x0B, 0x5C, 0xAD), (0xFF, 0xFF, 0xFF), (0x1A, 0x6B, 0x34)
SCALE = 0.8  # of the favicon's 32-unit box, centred


def in_round_rect(x, y, rx0, ry0, w, h, r):
    if not (rx0 <= x <= rx0 + w and ry0 <= y <= ry0 + h):
        return False
    cx = min(max(x, rx0 + r), rx0 + w - r)
    cy = min(max(y, ry0 + r), ry0 + h - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def near_segment(x, y, a, b, d):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    px, py = ax + t * dx, ay + t * dy
    return (x - px) ** 2 + (y - py) ** 2 <= d * d


TICK_POINTS = [(12.5, 15.5), (15.0, 18.0), (19.5, 13.0)]


def colour_at(u, v):
    """The colour at a point of the favicon's 32 x 32 box."""
    if any(near_segment(u, v, TICK_POINTS[i], TICK_POINTS[i + 1], 1.1) for i in range(2)):
        return TICK
    if in_round_rect(u, v, 10, 6, 12, 18, 1):
        return SCREEN
    if in_round_rect(u, v, 7, 2, 18, 28, 4):
        return PHONE
    return BG


def render(size, ss=4):
    rows, palette = [], {}
    for py in range(size):
        row = bytearray()
        for px in range(size):
            acc, seen = [0, 0, 0], set()
            for sy in range(ss):
                for sx in range(ss):
                    x = (px + (sx + 0.5) / ss) / size * 32
                    y = (py + (sy + 0.5) / ss) / size * 32
                    c = colour_at(16 + (x - 16) / SCALE, 16 + (y - 16) / SCALE)
                    seen.add(c)
                    for i in range(3):
                        acc[i] += c[i]
            n = ss * ss
            # Edge pixels (a mix) are rounded to steps of 8 so that the palette stays small.
            c = seen.pop() if len(seen) == 1 else tuple(min(255, (a // n + 4) // 8 * 8) for a in acc)
            if c not in palette:
                palette[c] = len(palette)
            row.append(palette[c])
        rows.append(bytes(row))
    assert len(palette) <= 256, len(palette)
    return rows, palette


def png(size):
    rows, palette = render(size)
    raw = b"".join(b"\x00" + r for r in rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    plte = b"".join(bytes(c) for c, _ in sorted(palette.items(), key=lambda kv: kv[1]))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 3, 0, 0, 0))
        + chunk(b"PLTE", plte)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "www"
    for size in (192, 512):
        data = png(size)
        with open(f"{out}/icon-{size}.png", "wb") as f:
            f.write(data)
        print(f"icon-{size}.png: {len(data)} bytes")
