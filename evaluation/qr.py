"""QR codes of the questionnaire links, as PNG (for documents and slides) and
SVG (sharp at any print size), made with the qrcode library."""

import io

import qrcode
import qrcode.image.svg
from django.conf import settings


def full_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _code(url):
    # Medium error correction: still reads when a printed sheet is creased or smudged.
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=10, border=4)
    code.add_data(url)
    code.make(fit=True)
    return code


def qr_png(url):
    buffer = io.BytesIO()
    _code(url).make_image().save(buffer)
    return buffer.getvalue()


def qr_svg(url):
    buffer = io.BytesIO()
    _code(url).make_image(image_factory=qrcode.image.svg.SvgPathImage).save(buffer)
    return buffer.getvalue()
