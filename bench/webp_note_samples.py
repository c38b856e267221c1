#!/usr/bin/env python3
"""The sample pictures of the WebP note (content/posts/2026-08-23-webp-lossless-webtoon-images.md).

    python3 bench/webp_note_samples.py [--out content/posts/webp-lossless-webtoon-images]

Writes three synthetic pictures, made here from shapes and noise (no photo, no one's artwork):

- comic.png     a webtoon-like cut: a gradient sky, flat colours with black outlines, a speech
                bubble (what lossless WebP is for);
- comic-64.png  the same cut reduced to 64 colours without dithering (a palette image);
- photo.jpg     photo-like noise: multi-octave value noise and grain, JPEG quality 90.

The build turns them into AVIF and WebP renditions; the note quotes the sizes it reports. The
two diagrams next to them (riff.svg, vp8l.svg) are drawn by hand. Needs Pillow and numpy
(bench/requirements.txt); the same versions always write the same bytes.
"""
import argparse
import os

import numpy as np
from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 800, 1280


def comic():
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    sky = np.linspace(0, 1, 600, dtype=np.float32)[:, None, None]
    top, bottom = np.array([90, 169, 240], np.float32), np.array([223, 241, 255], np.float32)
    gradient = np.broadcast_to(top + (bottom - top) * sky, (600, 760, 3)).astype(np.uint8)
    image.paste(Image.fromarray(np.ascontiguousarray(gradient)), (20, 20))
    floor = Image.radial_gradient("L").resize((760, 600)).point(lambda v: 255 - v // 3)
    image.paste(Image.merge("RGB", [floor.point(lambda v: v), floor.point(lambda v: v * 222 // 255), floor.point(lambda v: v * 160 // 255)]), (20, 660))
    draw = ImageDraw.Draw(image)
    line = dict(outline="black", width=5)
    draw.ellipse([600, 80, 700, 180], fill="#ffd54a", **line)
    draw.chord([70, 460, 430, 780], 180, 360, fill="#6cc04a", **line)
    draw.polygon([(450, 620), (450, 430), (560, 340), (670, 430), (670, 620)], fill="#e8734a", outline="black", width=5)
    draw.rectangle([530, 520, 590, 620], fill="#8a5a3c", **line)
    draw.ellipse([150, 870, 450, 1170], fill="#fde3cf", **line)
    draw.chord([150, 850, 450, 1010], 180, 360, fill="#3a2a20", **line)
    draw.ellipse([233, 1000, 257, 1040], fill="black")
    draw.ellipse([343, 1000, 367, 1040], fill="black")
    draw.arc([260, 1050, 340, 1100], 20, 160, fill="black", width=5)
    draw.polygon([(520, 860), (470, 930), (560, 870)], fill="white", outline="black", width=4)
    draw.ellipse([440, 715, 760, 885], fill="white", **line)
    font = ImageFont.load_default(size=34)
    draw.text((490, 760), "COUPON", fill="black", font=font)
    draw.text((480, 800), "ARRIVED!", fill="black", font=font)
    draw.rectangle([20, 20, 780, 620], outline="black", width=6)
    draw.rectangle([20, 660, 780, 1260], outline="black", width=6)
    return image


def photo(seed=7):
    rng = np.random.default_rng(seed)
    width, height = 800, 600
    field = np.zeros((height, width), np.float32)
    for octave in range(7):
        cells = 2 ** (octave + 1)
        grid = rng.random((cells + 1, int(cells * width / height) + 1)).astype(np.float32)
        field += np.asarray(Image.fromarray(grid, mode="F").resize((width, height), Image.BICUBIC)) / (1.5 ** octave)
    field = (field - field.min()) / (field.max() - field.min())
    low, high = np.array([64, 96, 160], np.float32), np.array([224, 192, 128], np.float32)
    pixels = low + (high - low) * field[..., None] + rng.normal(0, 10, (height, width, 3))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="RGB")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "content", "posts", "webp-lossless-webtoon-images"))
    arguments = parser.parse_args()
    os.makedirs(arguments.out, exist_ok=True)
    cut = comic()
    cut.save(os.path.join(arguments.out, "comic.png"), optimize=True)
    cut.quantize(64, dither=Image.Dither.NONE).save(os.path.join(arguments.out, "comic-64.png"), optimize=True)
    photo().save(os.path.join(arguments.out, "photo.jpg"), quality=90, optimize=True)


if __name__ == "__main__":
    main()
