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
