"""/wic timeline against the strict fake Discord: the picture arrives as an attachment."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot import timeline as T

from .fakediscord import APP_ID, FakeDiscord, sub
from .harness import Env, embed_of, reply, running_bot


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[Env]:
    async with running_bot(tmp_path) as harness:
        yield harness


def _upload(fake: FakeDiscord, iid: str) -> tuple[dict[str, Any], Any]:
    """The follow-up carrying the picture: its JSON payload and its one file part."""
    (post,) = fake.sent("POST", f"/webhooks/{APP_ID}/token-{iid}")
    assert len(post.files) == 1, post.files
    assert post.headers["Content-Type"].startswith("multipart/form-data")
    return post.body, post.files[0]


def _png_size(data: bytes) -> tuple[int, int]:
    from PIL import Image

    image = Image.open(io.BytesIO(data))
    image.load()
    return image.size


@pytest.mark.parametrize(
    ("options", "lang", "cjk"),
    [
        ({}, "en", False),
        ({"figure": "countries", "language": "zh-Hans"}, "zh-Hans", True),
        ({"figure": "sub-forums", "language": "zh-Hant"}, "zh-Hant", True),
    ],
)
async def test_timeline_posts_the_picture(
    env: Env, options: dict[str, str], lang: str, cjk: bool
) -> None:
    fake = env.fake
    iid = await fake.command("wic", sub("timeline", **options))
    answer = await reply(fake, iid)
    assert answer["type"] == 5  # acknowledged at once, drawn off the loop
    body, upload = _upload(fake, iid)
    figure = options.get("figure", "attendance")
    name = f"timeline-{figure}-{lang}.png".lower()
    assert upload.name == "files[0]" and upload.filename == name
    assert body["attachments"] == [{"id": 0, "filename": name}]
    assert body["allowed_mentions"] == {"parse": []}
    embed = embed_of(body)
    assert embed["image"]["url"] == f"attachment://{name}"
    has_cjk = any("\u4e00" <= ch <= "\u9fff" for ch in embed["title"])
    assert has_cjk is cjk
    assert len(upload.data) <= T.MAX_BYTES and _png_size(upload.data) == (1300, 660)
    stored = fake.messages[next(reversed(fake.messages))][1]
    assert stored is not None and stored["attachments"][0]["filename"] == name


async def test_the_list_is_followed_by_the_picture(env: Env) -> None:
    fake = env.fake
    iid = await fake.command("wic", sub("list"))
    answer = await fake.callback(iid)
    assert answer["type"] == 4 and "2017" in embed_of(answer)["description"]  # at once
    (post,) = await fake.wait_for("POST", f"/webhooks/{APP_ID}/token-{iid}", timeout=10)
    (upload,) = post.files
    assert upload.filename == "timeline-attendance-en.png"
    assert embed_of(post.body)["image"]["url"] == "attachment://timeline-attendance-en.png"


async def test_a_second_request_is_served_from_the_cache(env: Env) -> None:
    fake = env.fake
    first = await fake.command("wic", sub("timeline", figure="exhibitors"))
    await reply(fake, first)
    second = await fake.command("wic", sub("timeline", figure="exhibitors"))
    await reply(fake, second)
    cog: Any = env.bot.get_cog("Answering")
    assert cog.timelines.renders == 1 and len(cog.timelines) == 1
    _b1, a = _upload(fake, first)
    _b2, b = _upload(fake, second)
    assert a.data == b.data


async def test_a_failed_drawing_gets_one_friendly_line(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(engine: Any, figure: str, lang: str) -> bytes:
        raise RuntimeError("the font is gone")

    monkeypatch.setattr(T, "render", broken)
    iid = await env.fake.command("wic", sub("timeline"))
    answer = await reply(env.fake, iid)
    text = embed_of(answer["data"])["description"]
    assert "couldn't draw the timeline" in text and "font" not in text
    (post,) = env.fake.sent("POST", f"/webhooks/{APP_ID}/token-{iid}")
    assert post.files == []
    # the cause is in the log, with its traceback
    assert any(r.exc_info and "timeline" in r.getMessage() for r in env.errors.records)
    env.errors.records.clear()


def test_the_members_discord_language_is_the_default() -> None:
    from bot.discordbot.timeline import language_of

    class Fake:
        def __init__(self, locale: str) -> None:
            self.locale = locale

    assert language_of(Fake("zh-CN"), None) == "zh-Hans"  # type: ignore[arg-type]
    assert language_of(Fake("zh-TW"), None) == "zh-Hant"  # type: ignore[arg-type]
    assert language_of(Fake("en-GB"), None) == "en"  # type: ignore[arg-type]
    assert language_of(Fake("zh-CN"), "en") == "en"  # type: ignore[arg-type]
