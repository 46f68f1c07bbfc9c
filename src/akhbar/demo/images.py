"""Lead images for the demo, drawn locally with Pillow (no network, no stock)."""

import math
import random
from io import BytesIO

from PIL import Image, ImageColor, ImageDraw, ImageFilter

PALETTES = {
    "desert": ["#c2703d", "#e9b872", "#7c3f22", "#f4dcb0"],
    "sea": ["#0b4f6c", "#01baef", "#20bf55", "#fbfbff"],
    "night": ["#14213d", "#fca311", "#e5e5e5", "#3a5a80"],
    "olive": ["#3f4e2c", "#a3b18a", "#dad7cd", "#588157"],
    "rose": ["#6d213c", "#e5a4cb", "#f6e8ea", "#946846"],
    "steel": ["#2b2d42", "#8d99ae", "#edf2f4", "#ef233c"],
}


def draw_lead_image(seed: str, palette: str = "desert", size=(1600, 900)) -> bytes:
    """Return a JPEG of an abstract, deterministic composition for one story."""
    rng = random.Random(seed)  # noqa: S311 - deterministic art, not security
    colors = PALETTES.get(palette, PALETTES["desert"])
    width, height = size
    image = Image.new("RGB", size, colors[0])
    draw = ImageDraw.Draw(image)
    a = ImageColor.getrgb(colors[0])
    b = ImageColor.getrgb(colors[1])
    for step in range(height):
        # A soft vertical gradient towards the second colour.
        t = step / height
        color = tuple(round(a[i] + (b[i] - a[i]) * t * 0.8) for i in range(3))
        draw.line([(0, step), (width, step)], fill=color)
    for _ in range(14):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(60, 320)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=rng.choice(colors[2:]))
    image = image.filter(ImageFilter.GaussianBlur(18))
    draw = ImageDraw.Draw(image)
    # An eight-pointed star pattern, a nod to Islamic geometric art.
    cx, cy = rng.randrange(width // 4, 3 * width // 4), height // 2
    for ring in range(4):
        radius = 90 + ring * 70
        points = []
        for k in range(16):
            angle = math.pi * k / 8
            rr = radius if k % 2 == 0 else radius * 0.72
            points.append((cx + rr * math.cos(angle), cy + rr * math.sin(angle)))
        draw.polygon(points, outline=colors[3], width=4)
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def draw_portrait(seed: str, palette: str = "rose", size: int = 640) -> bytes:
    """Return a JPEG of a plain head-and-shoulders silhouette for a demo person."""
    rng = random.Random(seed)  # noqa: S311 - deterministic art, not security
    colors = PALETTES.get(palette, PALETTES["rose"])
    image = Image.new("RGB", (size, size), colors[2])
    draw = ImageDraw.Draw(image)
    a, b = ImageColor.getrgb(colors[2]), ImageColor.getrgb(colors[1])
    for step in range(size):
        t = step / size
        draw.line(
            [(0, step), (size, step)],
            fill=tuple(round(a[i] + (b[i] - a[i]) * t) for i in range(3)),
        )
    cx = size // 2 + rng.randrange(-size // 20, size // 20)
    figure = colors[0]
    head = size // 6
    draw.ellipse(
        [cx - head, size * 0.28 - head, cx + head, size * 0.28 + head * 1.15],
        fill=figure,
    )
    draw.ellipse(
        [cx - size * 0.36, size * 0.58, cx + size * 0.36, size * 1.3], fill=figure
    )
    buffer = BytesIO()
    image.filter(ImageFilter.GaussianBlur(1)).save(buffer, "JPEG", quality=88)
    return buffer.getvalue()
