"""Links to posts: only exact provider hosts and post shapes become embeds."""

import pytest

from akhbar.media.embeds import FRAME_HOSTS, parse_embed

VIDEO = "dQw4w9WgXcQ"


@pytest.mark.parametrize(
    "url, provider, frame",
    [
        (f"https://www.youtube.com/watch?v={VIDEO}", "youtube", VIDEO),
        (f"https://youtube.com/watch?v={VIDEO}&t=42", "youtube", VIDEO),
        (f"https://m.youtube.com/watch?v={VIDEO}", "youtube", VIDEO),
        (f"https://youtu.be/{VIDEO}", "youtube", VIDEO),
        (f"https://www.youtube.com/shorts/{VIDEO}", "youtube", VIDEO),
        (f"https://WWW.YouTube.com./watch?v={VIDEO}", "youtube", VIDEO),
        ("https://x.com/AlArabiya/status/1790000000000000000", "x", ""),
        ("https://twitter.com/AlArabiya/status/1790000000000000000", "x", ""),
        ("https://www.instagram.com/p/C7abcDEF123/", "instagram", "C7abcDEF123"),
        ("https://instagram.com/reel/C7abcDEF123", "instagram", "C7abcDEF123"),
        ("https://www.facebook.com/aljazeera/posts/10161", "facebook", "posts"),
        ("https://www.facebook.com/aljazeera/videos/987654/", "facebook", "video"),
        ("https://www.tiktok.com/@news.desk/video/7301234567890", "tiktok", "7301"),
    ],
)
def test_posts_of_listed_providers_are_embeds(url, provider, frame):
    embed = parse_embed(url)
    assert embed is not None
    assert embed.provider == provider
    assert frame in embed.frame_src
    if embed.frame_src:
        assert embed.frame_src.startswith(FRAME_HOSTS)


def test_youtube_plays_from_the_no_cookie_host():
    embed = parse_embed(f"https://www.youtube.com/watch?v={VIDEO}")
    assert embed.frame_src == f"https://www.youtube-nocookie.com/embed/{VIDEO}"
    assert embed.url == f"https://www.youtube.com/watch?v={VIDEO}"


def test_x_has_no_frame_and_opens_the_post():
    embed = parse_embed("https://twitter.com/AlArabiya/status/123?s=20")
    assert embed.frame_src == ""
    assert embed.url == "https://x.com/AlArabiya/status/123"


def test_addresses_are_rebuilt_not_copied():
    embed = parse_embed(f"https://youtu.be/{VIDEO}?si=tracking&x=%22%3E")
    assert "tracking" not in embed.url + embed.frame_src
    assert '"' not in embed.url + embed.frame_src


@pytest.mark.parametrize(
    "url",
    [
        f"https://youtube.com.evil.example/watch?v={VIDEO}",
        f"https://evil.example/www.youtube.com/watch?v={VIDEO}",
        f"https://www.youtube.com@evil.example/watch?v={VIDEO}",
        f"https://user:pw@www.youtube.com/watch?v={VIDEO}",
        f"https://notyoutube.com/watch?v={VIDEO}",
        f"https://youtube.co/watch?v={VIDEO}",
        f"https://www.youtube.com:8443/watch?v={VIDEO}",
        f"https://xn--yutube-wqf.com/watch?v={VIDEO}",
        f"https://www.yоutube.com/watch?v={VIDEO}",  # Cyrillic о
        f"javascript:alert(1)//https://www.youtube.com/watch?v={VIDEO}",
        f"data:text/html,https://www.youtube.com/watch?v={VIDEO}",
        f"ftp://www.youtube.com/watch?v={VIDEO}",
        f"//www.youtube.com/watch?v={VIDEO}",
        f"https://192.168.0.1/watch?v={VIDEO}",
        "https://www.youtube.com/watch?v=short",
        f"https://www.youtube.com/watch?v={VIDEO}&v=aaaaaaaaaaa",
        f"https://www.youtube.com/watch?v={VIDEO}%22onload%3D",
        "https://www.youtube.com/watch?v=dQw4w9WgXc%22",
        f"https://www.youtube.com/channel/{VIDEO}",
        f" https://www.youtube.com/watch?v={VIDEO}",
        "https://x.com/AlArabiya/likes/123",
        "https://x.com/AlArabiya/status/12a",
        "https://x.com.evil.example/AlArabiya/status/123",
        "https://www.instagram.com/p/../embed",
        "https://www.instagram.com/explore/tags/news/",
        "https://www.facebook.com/sharer/sharer.php?u=https://evil.example",
        "https://facebook.com.evil.example/a/posts/1",
        "https://www.tiktok.com/@user/video/12<script>",
        "https://www.tiktok.com/user/video/123",
        "http://[::1]/watch",
        "https://[",
        "",
    ],
)
def test_anything_else_stays_a_plain_link(url):
    assert parse_embed(url) is None
