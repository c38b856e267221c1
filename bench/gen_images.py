#!/usr/bin/env python3
"""A deterministic image corpus for the image benchmark (bench/images.py).

    python3 bench/gen_images.py --out DIR [--count 200] [--seed 1]

Writes DIR/img-NNN.{png,jpg}: about a third PNG diagrams (boxes, arrows and labels in a few
flat colours), a quarter PNG screenshots (a made-up admin UI: bars, menus, text, code, a chart;
anti-aliased text gives them thousands of colours, but most of each is flat), and the rest
JPEG "photos" (multi-octave value noise mapped to sky and land colours, with grain) of several
sizes, from 640x480 to 4000x3000. Nothing is a real photo or a screenshot of anyone's work.

Needs Pillow and numpy (bench/requirements.txt pins them: the same versions write the same
bytes). The same arguments always give byte-identical files.
"""
import argparse
import os

import numpy as np
from PIL import Image, ImageDraw, ImageFont

WORDS = ("batch job step chunk reader writer redis lock coupon cache ttl hit miss shard replica "
         "kafka topic offset retry backoff timeout pool thread coroutine flow webflux r2dbc query "
         "index plan latency p99 throughput tps queue worker deploy rollout canary metric alert").split()
PALETTE = [(66, 133, 244), (52, 168, 83), (251, 188, 5), (234, 67, 53), (103, 58, 183), (0, 150, 136), (96, 125, 139)]


def font(size):
    return ImageFont.load_default(size=size)


def diagram(rng, index):
    width, height = [(960, 540), (1200, 800), (1600, 900), (2000, 1200), (1400, 1400)][index % 5]
    image = Image.new("RGB", (width, height), (250, 250, 248))
    draw = ImageDraw.Draw(image)
    columns, rows = int(rng.integers(3, 6)), int(rng.integers(2, 4))
    box_w, box_h = width // (columns * 2), height // (rows * 3)
    centres = []
    for row in range(rows):
        for column in range(columns):
            x = int((column + 0.5) * width / columns - box_w / 2)
            y = int((row + 0.5) * height / rows - box_h / 2)
            fill = PALETTE[int(rng.integers(len(PALETTE)))]
            light = tuple(int(c + (255 - c) * 0.75) for c in fill)
            draw.rounded_rectangle([x, y, x + box_w, y + box_h], radius=12, fill=light, outline=fill, width=3)
            label = " ".join(rng.choice(WORDS, 2))
            draw.text((x + 14, y + box_h // 2 - 12), label, fill=(30, 30, 30), font=font(max(14, box_h // 5)))
            centres.append((x + box_w // 2, y + box_h // 2))
    for _ in range(len(centres)):
        a, b = rng.choice(len(centres), 2, replace=False)
        (x1, y1), (x2, y2) = centres[a], centres[b]
        draw.line([x1, y1 + box_h // 2, x2, y2 - box_h // 2], fill=(60, 60, 60), width=3)
        draw.polygon([(x2 - 8, y2 - box_h // 2 - 14), (x2 + 8, y2 - box_h // 2 - 14), (x2, y2 - box_h // 2)], fill=(60, 60, 60))
    return image


def screenshot(rng, index):
    width, height = [(1280, 800), (1440, 900), (1920, 1080), (750, 1334), (2560, 1440)][index % 5]
    dark = index % 3 == 0
    bg, fg, panel = ((24, 26, 31), (220, 222, 228), (36, 39, 46)) if dark else ((255, 255, 255), (33, 37, 41), (244, 246, 248))
    image = Image.new("RGB", (width, height), bg)
    draw = ImageDraw.Draw(image)
    accent = PALETTE[index % len(PALETTE)]
    draw.rectangle([0, 0, width, 56], fill=accent)
    draw.text((24, 16), "sitegen admin · " + " ".join(rng.choice(WORDS, 2)), fill=(255, 255, 255), font=font(22))
    side = min(260, width // 4)
    draw.rectangle([0, 56, side, height], fill=panel)
    for item in range(12):
        draw.text((20, 80 + item * 34), str(rng.choice(WORDS)).title(), fill=fg, font=font(16))
    y = 84
    while y < height - 260:
        line = " ".join(rng.choice(WORDS, int(rng.integers(6, 14))))
        draw.text((side + 32, y), line, fill=fg, font=font(15))
        y += 26
    code_top = height - 240
    draw.rounded_rectangle([side + 24, code_top, width - 24, height - 24], radius=8, fill=panel)
    for row in range(7):
        x = side + 44
        for word in rng.choice(WORDS, int(rng.integers(3, 7))):
            colour = PALETTE[int(rng.integers(len(PALETTE)))]
            draw.text((x, code_top + 18 + row * 28), word, fill=colour, font=font(15))
            x += 12 * len(word) + 12
    for bar in range(8):
        bar_h = int(rng.integers(20, 120))
        x = width - 40 - (8 - bar) * 34
        draw.rectangle([x, 200 - bar_h + 60, x + 24, 260], fill=accent)
    return image


def photo(rng, index):
    width, height = [(640, 480), (1024, 768), (1600, 1067), (2400, 1600), (3200, 2133), (4000, 3000), (1080, 1350), (1920, 1280)][index % 8]
    field = np.zeros((height, width), dtype=np.float32)
    for octave in range(8):
        cells = 2 ** (octave + 1)
        grid = rng.random((cells + 1, int(cells * width / height) + 1)).astype(np.float32)
        layer = Image.fromarray(grid, mode="F").resize((width, height), Image.BICUBIC)
        field += np.asarray(layer) / (1.45 ** octave)
    field = (field - field.min()) / (field.max() - field.min())
    horizon = np.linspace(0, 1, height, dtype=np.float32)[:, None]
    sky = np.stack([110 + 90 * horizon, 150 + 70 * horizon, 230 - 40 * horizon], axis=-1)
    land = np.stack([60 + 120 * field, 100 + 80 * field, 40 + 50 * field], axis=-1)
    mask = (field[..., None] * 0.6 + horizon[..., None] * 0.8) > 0.7
    pixels = np.where(mask, land, sky * (0.85 + 0.3 * field[..., None]))
    pixels += rng.normal(0, 8, pixels.shape)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="RGB")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    os.makedirs(arguments.out, exist_ok=True)
    for index in range(arguments.count):
        rng = np.random.default_rng(arguments.seed * 100_003 + index)
        kind = ("diagram", "screenshot", "photo", "photo", "diagram", "screenshot", "photo", "diagram")[index % 8]
        name = os.path.join(arguments.out, f"img-{index:03d}")
        if kind == "photo":
            photo(rng, index // 8).save(name + ".jpg", quality=88, optimize=True)
        elif kind == "diagram":
            diagram(rng, index // 8).save(name + ".png", optimize=True)
        else:
            screenshot(rng, index // 8).save(name + ".png", optimize=True)


if __name__ == "__main__":
    main()
