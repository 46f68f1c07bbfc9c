"""Uploaded images: checked on upload, re-encoded into renditions with Pillow.

Renditions are what readers get (several widths for srcset); the original is
kept for editors. Re-encoding drops anything hidden in the file besides pixels.
"""

import hashlib
import uuid
from io import BytesIO
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.core.files.storage import default_storage
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


def validate_image_upload(upload: File[bytes]) -> None:
    """Refuse files that are empty, too big, not a raster image, a pixel bomb,
    or damaged (a truncated file that would not decode)."""
    size = getattr(upload, "size", 0) or 0
    if size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if size > settings.AKHBAR_IMAGE_MAX_BYTES:
        raise ValidationError(
            _("The image is too large (%(size)s); the limit is %(limit)s.")
            % {
                "size": filesizeformat(size),
                "limit": filesizeformat(settings.AKHBAR_IMAGE_MAX_BYTES),
            },
            code="too_large",
        )
    upload.seek(0)
    try:
        with Image.open(upload) as image:
            image_format = image.format
            width, height = image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(
            _("This file is not an image that akhbar can use (JPEG, PNG, WebP, GIF)."),
            code="not_image",
        ) from None
    except Image.DecompressionBombError:
        raise ValidationError(
            _("The image has too many pixels."), code="too_many_pixels"
        ) from None
    finally:
        upload.seek(0)
    if image_format not in ACCEPTED_FORMATS:
        raise ValidationError(
            _("This file is not an image that akhbar can use (JPEG, PNG, WebP, GIF)."),
            code="not_image",
        )
    if width * height > settings.AKHBAR_IMAGE_MAX_PIXELS:
        raise ValidationError(
            _("The image has too many pixels."), code="too_many_pixels"
        )
    # A truncated JPEG passes verify(); reading its pixels (only now that the
    # size and pixel limits have passed) finds it before the renditions do.
    try:
        with Image.open(upload) as image:
            image.load()
    except (OSError, SyntaxError, ValueError):
        raise ValidationError(
            _(
                "The image is damaged or incomplete: export it again and upload "
                "the new file."
            ),
            code="damaged",
        ) from None
    finally:
        upload.seek(0)


def make_renditions(
    field_file: FieldFile, widths: list[int] | None = None
) -> dict[str, dict[str, Any]]:
    """Return {width: {"url", "width", "height"}} of JPEG renditions of an image."""
    if not field_file or not field_file.name:  # the same test, said for mypy
        return {}
    widths = widths or settings.AKHBAR_IMAGE_WIDTHS
    with field_file.storage.open(field_file.name, "rb") as stored:
        data = stored.read()
    digest = hashlib.sha256(data).hexdigest()[:16]
    renditions = {}
    original: Image.Image  # the opened file, then its RGB copy
    with Image.open(BytesIO(data)) as original:
        original = original.convert("RGB")
        for width in sorted(set(widths)):
            scaled_width = min(width, original.width)
            scaled_height = round(original.height * scaled_width / original.width)
            name = f"renditions/{digest}-{scaled_width}.jpg"
            if not default_storage.exists(name):
                buffer = BytesIO()
                original.resize(
                    (scaled_width, scaled_height), Image.Resampling.LANCZOS
                ).save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
                default_storage.save(name, ContentFile(buffer.getvalue()))
            renditions[str(scaled_width)] = {
                "url": default_storage.url(name),
                "width": scaled_width,
                "height": scaled_height,
            }
            if scaled_width == original.width:
                break
    return renditions


def _generated_name(folder: str, filename: str) -> str:
    # The uploader's file name is never used: it may hold "../", NUL or
    # look-alike characters. Only a known extension survives.
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension not in {"jpg", "jpeg", "png", "webp", "gif"}:
        extension = "img"
    return f"{folder}/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{extension}"


def article_image_path(instance: object, filename: str) -> str:
    return _generated_name("articles", filename)


def person_photo_path(instance: object, filename: str) -> str:
    return _generated_name("people", filename)
