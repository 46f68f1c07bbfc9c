"""Links to social posts that a story may embed, parsed strictly.

Pure Python: a link becomes an `Embed` only when its scheme is https (or
http), its host is exactly one of the providers' hosts and its path has the
shape of a post with an identifier of the expected form. The iframe address is
built from those parsed parts, never copied from the link, so nothing an
editor pasted reaches a frame's src. Anything else stays a plain link.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

YOUTUBE_ID = re.compile(r"[A-Za-z0-9_-]{11}")
NUMERIC_ID = re.compile(r"[0-9]{1,25}")
SHORTCODE = re.compile(r"[A-Za-z0-9_-]{5,40}")
HANDLE = re.compile(r"[A-Za-z0-9_]{1,15}")
TIKTOK_HANDLE = re.compile(r"@[A-Za-z0-9_.]{1,30}")
FACEBOOK_NAME = re.compile(r"[A-Za-z0-9.]{1,80}")

YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com"}
X_HOSTS = {"twitter.com", "www.twitter.com", "mobile.twitter.com", "x.com", "www.x.com"}
INSTAGRAM_HOSTS = {"instagram.com", "www.instagram.com"}
FACEBOOK_HOSTS = {"facebook.com", "www.facebook.com", "m.facebook.com"}
TIKTOK_HOSTS = {"tiktok.com", "www.tiktok.com", "m.tiktok.com"}

# The hosts frames may come from, for the CSP's frame-src (X has no iframe form).
FRAME_HOSTS = (
    "https://www.youtube-nocookie.com",
    "https://www.instagram.com",
    "https://www.facebook.com",
    "https://www.tiktok.com",
)


@dataclass(frozen=True)
class Embed:
    provider: str  # a key of PROVIDER_NAMES
    url: str  # the post, rebuilt from its parts: where the plain link goes
    frame_src: str  # the iframe address, or "" when the provider has none

    @property
    def name(self) -> str:
        return PROVIDER_NAMES[self.provider]


PROVIDER_NAMES = {
    "youtube": "YouTube",
    "x": "X",
    "instagram": "Instagram",
    "facebook": "Facebook",
    "tiktok": "TikTok",
}


def parse_embed(url: str) -> Embed | None:
    """Return the post a link points to, or None when it is not a known post."""
    if not isinstance(url, str) or len(url) > 2000 or url != url.strip():
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in {"https", "http"} or parts.username or parts.password:
        return None
    if port not in (None, 443, 80) or not parts.hostname:
        return None
    # hostname is lower-cased; a trailing dot names the same host.
    host = parts.hostname.removesuffix(".")
    segments = [segment for segment in parts.path.split("/") if segment]
    query = parse_qs(parts.query)
    for parse in (_youtube, _x, _instagram, _facebook, _tiktok):
        embed = parse(host, segments, query)
        if embed is not None:
            return embed
    return None


def _full(pattern: re.Pattern[str], value: str) -> bool:
    return pattern.fullmatch(value) is not None


def _youtube(host, segments, query) -> Embed | None:
    video = None
    if host == "youtu.be" and len(segments) == 1:
        video = segments[0]
    elif host in YOUTUBE_HOSTS:
        if segments == ["watch"] and len(query.get("v", [])) == 1:
            video = query["v"][0]
        elif len(segments) == 2 and segments[0] in {"shorts", "embed", "live"}:
            video = segments[1]
    if video is None or not _full(YOUTUBE_ID, video):
        return None
    return Embed(
        "youtube",
        f"https://www.youtube.com/watch?v={video}",
        f"https://www.youtube-nocookie.com/embed/{video}",
    )


def _x(host, segments, query) -> Embed | None:
    # x.com/<handle>/status/<id>: X offers no iframe without its script, so the
    # reader's click opens the post on X instead.
    if host not in X_HOSTS or len(segments) not in (3, 4):
        return None
    handle, kind, post = segments[:3]
    if kind != "status" or not _full(HANDLE, handle) or not _full(NUMERIC_ID, post):
        return None
    if len(segments) == 4 and segments[3] not in {"photo", "video"}:
        return None
    return Embed("x", f"https://x.com/{handle}/status/{post}", "")


def _instagram(host, segments, query) -> Embed | None:
    if host not in INSTAGRAM_HOSTS or len(segments) != 2:
        return None
    kind, code = segments
    if kind not in {"p", "reel", "tv"} or not _full(SHORTCODE, code):
        return None
    post = f"https://www.instagram.com/{kind}/{code}/"
    return Embed("instagram", post, f"{post}embed/")


def _facebook(host, segments, query) -> Embed | None:
    if host not in FACEBOOK_HOSTS:
        return None
    if (
        len(segments) == 3
        and segments[1] in {"posts", "videos"}
        and _full(FACEBOOK_NAME, segments[0])
        and _full(NUMERIC_ID, segments[2])
    ):
        name, kind, post = segments
    else:
        return None
    url = f"https://www.facebook.com/{name}/{kind}/{post}/"
    plugin = "video" if kind == "videos" else "post"
    # Facebook's documented iframe form of its embedded posts and videos.
    frame = (
        f"https://www.facebook.com/plugins/{plugin}.php"
        f"?href={quote(url, safe='')}&show_text=true&width=500"
    )
    return Embed("facebook", url, frame)


def _tiktok(host, segments, query) -> Embed | None:
    if host not in TIKTOK_HOSTS or len(segments) != 3:
        return None
    handle, kind, video = segments
    if kind != "video" or not _full(TIKTOK_HANDLE, handle):
        return None
    if not _full(NUMERIC_ID, video):
        return None
    return Embed(
        "tiktok",
        f"https://www.tiktok.com/{handle}/video/{video}",
        f"https://www.tiktok.com/player/v1/{video}",
    )
