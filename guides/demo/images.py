"""Demo images drawn with Pillow, so the repository carries no binary files."""

import io

from PIL import Image, ImageDraw

BACKGROUND = (244, 246, 250)
PALETTE = [
    ((255, 107, 107), (214, 76, 76), (240, 90, 90)),
    ((255, 190, 70), (214, 150, 40), (240, 170, 55)),
    ((80, 200, 150), (50, 160, 115), (65, 180, 130)),
    ((80, 150, 255), (50, 110, 214), (65, 130, 240)),
    ((170, 110, 250), (130, 75, 210), (150, 90, 230)),
]


def server_stack_jpeg(width=1600, height=900):
    """Bright isometric server-stack blocks lined up on a light background, as JPEG bytes."""
    image = Image.new("RGB", (width, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    block_w, block_h, depth = 170, 60, 85
    for column in range(5):
        base_x = 190 + column * 260
        for level in range(4 - column % 2):
            top, side, front = PALETTE[(column + level) % len(PALETTE)]
            y = 600 - level * (block_h + 8)
            front_box = [(base_x, y), (base_x + block_w, y), (base_x + block_w, y + block_h), (base_x, y + block_h)]
            top_face = [
                (base_x, y),
                (base_x + depth, y - depth // 2),
                (base_x + block_w + depth, y - depth // 2),
                (base_x + block_w, y),
            ]
            side_face = [
                (base_x + block_w, y),
                (base_x + block_w + depth, y - depth // 2),
                (base_x + block_w + depth, y + block_h - depth // 2),
                (base_x + block_w, y + block_h),
            ]
            draw.polygon(front_box, fill=front)
            draw.polygon(top_face, fill=top)
            draw.polygon(side_face, fill=side)
            for led in range(3):
                draw.ellipse([base_x + 18 + led * 18, y + 24, base_x + 28 + led * 18, y + 34], fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=88)
    return buffer.getvalue()


def portrait_jpeg(size=480):
    """A flat, friendly head-and-shoulders illustration in the hero's colours, as JPEG bytes."""
    image = Image.new("RGB", (size, size), (80, 150, 255))
    draw = ImageDraw.Draw(image)
    middle = size // 2
    draw.ellipse([middle - 190, size - 150, middle + 190, size + 230], fill=(170, 110, 250))  # shoulders
    draw.rectangle([middle - 38, size - 200, middle + 38, size - 130], fill=(214, 150, 110))  # neck
    draw.ellipse([middle - 95, 90, middle + 95, 300], fill=(230, 170, 130))  # face
    draw.pieslice([middle - 110, 60, middle + 110, 260], 180, 360, fill=(60, 45, 40))  # hair
    for eye in (-38, 38):
        draw.ellipse([middle + eye - 9, 185, middle + eye + 9, 203], fill=(40, 30, 30))
    draw.arc([middle - 40, 215, middle + 40, 265], 20, 160, fill=(150, 70, 70), width=6)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=88)
    return buffer.getvalue()
