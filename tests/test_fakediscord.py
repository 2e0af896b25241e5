"""The fake Discord refuses what Discord refuses, with Discord's codes (no bot involved)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Sequence
from typing import Any

import aiohttp
import discord
import pytest

from . import discordspec
from .fakediscord import APP_ID, CHANNEL_ID, GUILD_ID, FakeDiscord, RateLimits

BOT_HEADERS = {"Authorization": "Bot fake-token", "User-Agent": "DiscordBot (test, 1)"}
MESSAGES = f"/channels/{CHANNEL_ID}/messages"


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord(limits=RateLimits.relaxed())
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


async def call(
    fake: FakeDiscord,
    method: str,
    path: str,
    body: Any = None,
    *,
    headers: dict[str, str] | None = None,
    data: bytes | None = None,
) -> tuple[int, Any, dict[str, str]]:
    url = f"http://127.0.0.1:{fake.port}/api/v10{path}"
    async with (
        aiohttp.ClientSession() as session,
        session.request(
            method,
            url,
            json=body if data is None else None,
            data=data,
            headers=BOT_HEADERS if headers is None else headers,
        ) as response,
    ):
        payload = await response.json() if response.status != 204 else None
        return response.status, payload, dict(response.headers)


def field_errors(payload: dict[str, Any], *path: str) -> list[str]:
    """The error codes Discord reports at a field path of a 50035 body."""
    assert payload["code"] == 50035, payload
    node = payload["errors"]
    for part in path:
        assert part in node, (path, payload)
        node = node[part]
    return [e["code"] for e in node["_errors"]]


def embed(**over: Any) -> dict[str, Any]:
    return {"title": "t", "description": "d", **over}


def row(*components: dict[str, Any]) -> dict[str, Any]:
    return {"type": 1, "components": list(components)}


def button(custom_id: str, label: str = "go") -> dict[str, Any]:
    return {"type": 2, "style": 2, "label": label, "custom_id": custom_id}


async def test_a_valid_message_is_accepted(fake: FakeDiscord) -> None:
    body = {"content": "x" * 2000, "embeds": [embed()], "components": [row(button("a"))]}
    status, payload, headers = await call(fake, "POST", MESSAGES, body)
    assert status == 200 and payload["content"] == "x" * 2000
    assert headers["X-RateLimit-Bucket"] and "X-RateLimit-Remaining" in headers
    assert fake.refused == []


@pytest.mark.parametrize(
    ("body", "path", "code"),
    [
        ({"content": "x" * 2500}, ("content",), "BASE_TYPE_MAX_LENGTH"),
        (
            {"embeds": [embed(fields=[{"name": "n", "value": "v"}] * 26)]},
            ("embeds", "0", "fields"),
            "BASE_TYPE_MAX_LENGTH",
        ),
        ({"embeds": [embed(title="t" * 257)]}, ("embeds", "0", "title"), "BASE_TYPE_MAX_LENGTH"),
        (
            {"embeds": [embed(description="d" * 4097)]},
            ("embeds", "0", "description"),
            "BASE_TYPE_MAX_LENGTH",
        ),
        (
            {"embeds": [embed(fields=[{"name": "n", "value": "v" * 1025}])]},
            ("embeds", "0", "fields", "0", "value"),
            "BASE_TYPE_MAX_LENGTH",
        ),
        (
            {"embeds": [embed(fields=[{"name": "n", "value": ""}])]},
            ("embeds", "0", "fields", "0", "value"),
            "BASE_TYPE_REQUIRED",
        ),
        (
            {"embeds": [embed(footer={"text": "f" * 2049})]},
            ("embeds", "0", "footer", "text"),
            "BASE_TYPE_MAX_LENGTH",
        ),
        (
            {"embeds": [embed(description="d" * 4000), embed(description="d" * 2100)]},
            ("embeds",),
            "MAX_EMBED_SIZE_EXCEEDED",
        ),
        (
            {"components": [row(button(f"b{i}")) for i in range(6)]},
            ("components",),
            "BASE_TYPE_MAX_LENGTH",
        ),
        (
            {"components": [row(*(button(f"b{i}") for i in range(6)))]},
            ("components", "0", "components"),
            "BASE_TYPE_MAX_LENGTH",
        ),
        (
            {"components": [row(button("c" * 150))]},
            ("components", "0", "components", "0", "custom_id"),
            "BASE_TYPE_MAX_LENGTH",
        ),
        (
            {"components": [row(button("a", label="l" * 81))]},
            ("components", "0", "components", "0", "label"),
            "BASE_TYPE_MAX_LENGTH",
        ),
        (
            {"components": [row(button("same"), button("same"))]},
            ("components", "0", "components", "1", "custom_id"),
            "COMPONENT_CUSTOM_ID_DUPLICATED",
        ),
        (
            {
                "components": [
                    row(
                        {
                            "type": 3,
                            "custom_id": "s",
                            "options": [{"label": "l", "value": "v" * 101}],
                        }
                    )
                ]
            },
            ("components", "0", "components", "0", "options", "0", "value"),
            "BASE_TYPE_MAX_LENGTH",
        ),
        ({"embeds": [embed(color="red")]}, ("embeds", "0", "color"), None),  # the spec's type
    ],
)
async def test_bad_messages_are_refused_with_the_field_path(
    fake: FakeDiscord, body: dict[str, Any], path: tuple[str, ...], code: str | None
) -> None:
    status, payload, _ = await call(fake, "POST", MESSAGES, body)
    assert status == 400
    codes = field_errors(payload, *path)
    assert code is None or code in codes
    assert len(fake.refused) == 1 and fake.refused[0].status == 400


async def test_discord_py_reports_the_field_path() -> None:
    fake = FakeDiscord()
    await fake.start()
    fake.patch()
    http = discord.http.HTTPClient(asyncio.get_running_loop())
    try:
        await http.static_login("fake-token")
        params = discord.http.handle_message_parameters(content="x" * 2001)
        with pytest.raises(discord.HTTPException) as caught:
            await http.send_message(CHANNEL_ID, params=params)
        assert caught.value.code == 50035
        assert "In content: Must be 2000 or fewer in length." in str(caught.value)
    finally:
        await http.close()
        await fake.stop()
        fake.restore()


async def test_requests_without_authorization_or_json_are_refused(fake: FakeDiscord) -> None:
    status, payload, _ = await call(fake, "POST", MESSAGES, {"content": "hi"}, headers={})
    assert (status, payload["code"]) == (401, 0)
    wrong = {**BOT_HEADERS, "Authorization": "Bot wrong"}
    status, _, _ = await call(fake, "POST", MESSAGES, {"content": "hi"}, headers=wrong)
    assert status == 401
    text = {**BOT_HEADERS, "Content-Type": "text/plain"}
    status, payload, _ = await call(fake, "POST", MESSAGES, headers=text, data=b'{"content":"x"}')
    assert (status, payload["code"]) == (400, 50109)
    status, payload, _ = await call(
        fake,
        "POST",
        MESSAGES,
        headers={**BOT_HEADERS, "Content-Type": "application/json"},
        data=b"{",
    )
    assert (status, payload["code"]) == (400, 50109)


def callback_path(iid: str, token: str) -> str:
    return f"/interactions/{iid}/{token}/callback"


async def test_one_initial_response_per_interaction(fake: FakeDiscord) -> None:
    iid, token = fake.open_interaction(2)
    reply = {"type": 4, "data": {"content": "hi"}}
    status, payload, _ = await call(fake, "POST", callback_path(iid, token), reply, headers={})
    assert status == 200 and payload["resource"]["message"]["content"] == "hi"
    status, payload, _ = await call(fake, "POST", callback_path(iid, token), reply, headers={})
    assert (status, payload["code"]) == (400, 40060)
    status, payload, _ = await call(fake, "POST", callback_path(iid, "token-wrong"), reply)
    assert (status, payload["code"]) == (404, 10062)


async def test_a_late_response_finds_the_token_dead(fake: FakeDiscord) -> None:
    fake.interaction_deadline = 0.05
    iid, token = fake.open_interaction(2)
    await asyncio.sleep(0.1)
    reply = {"type": 4, "data": {"content": "hi"}}
    status, payload, _ = await call(fake, "POST", callback_path(iid, token), reply, headers={})
    assert (status, payload["code"]) == (404, 10062)


async def test_followups_need_a_live_token_and_an_initial_response(fake: FakeDiscord) -> None:
    iid, token = fake.open_interaction(2)
    followup = f"/webhooks/{APP_ID}/{token}"
    status, payload, _ = await call(fake, "POST", followup, {"content": "more"}, headers={})
    assert (status, payload["code"]) == (404, 10015)
    await call(fake, "POST", callback_path(iid, token), {"type": 5}, headers={})
    status, _, _ = await call(fake, "POST", followup, {"content": "more"}, headers={})
    assert status == 200
    status, _, _ = await call(fake, "POST", followup, {"content": "x" * 2001}, headers={})
    assert status == 400


async def test_autocomplete_and_modal_limits(fake: FakeDiscord) -> None:
    iid, token = fake.open_interaction(4)
    choices = [{"name": f"c{i}", "value": str(i)} for i in range(30)]
    body = {"type": 8, "data": {"choices": choices}}
    status, payload, _ = await call(fake, "POST", callback_path(iid, token), body, headers={})
    assert status == 400 and "BASE_TYPE_MAX_LENGTH" in field_errors(payload, "data", "choices")
    iid, token = fake.open_interaction(4)
    body = {"type": 8, "data": {"choices": [{"name": "n", "value": "v" * 101}]}}
    status, payload, _ = await call(fake, "POST", callback_path(iid, token), body, headers={})
    assert status == 400 and field_errors(payload, "data", "choices", "0", "value")
    iid, token = fake.open_interaction(2)
    text_input = {"type": 4, "custom_id": "t", "style": 1, "label": "l"}
    modal = {
        "type": 9,
        "data": {
            "custom_id": "m",
            "title": "T" * 46,
            "components": [
                {"type": 1, "components": [{**text_input, "custom_id": f"t{i}"}]} for i in range(6)
            ],
        },
    }
    status, payload, _ = await call(fake, "POST", callback_path(iid, token), modal, headers={})
    assert status == 400
    assert field_errors(payload, "data", "title")
    assert field_errors(payload, "data", "components")
    # An autocomplete interaction cannot be answered with a message.
    iid, token = fake.open_interaction(4)
    body = {"type": 4, "data": {"content": "hi"}}
    status, payload, _ = await call(fake, "POST", callback_path(iid, token), body, headers={})
    assert status == 400 and field_errors(payload, "type")


async def test_command_names_and_descriptions(fake: FakeDiscord) -> None:
    path = f"/applications/{APP_ID}/guilds/1/commands"
    good = {"name": "ask", "description": "Ask", "type": 1}
    status, _, _ = await call(fake, "PUT", path, [good])
    assert status == 200
    for bad, where in [
        ({**good, "name": "Ask"}, "name"),
        ({**good, "description": "d" * 101}, "description"),
        ({**good, "description": ""}, "description"),
    ]:
        status, payload, _ = await call(fake, "PUT", path, [bad])
        assert status == 400 and field_errors(payload, "0", where), bad


async def test_message_menu_names_descriptions_and_counts(fake: FakeDiscord) -> None:
    """Right-click menus: capitals and spaces allowed, up to 32 characters, no description,
    no options, at most 5 message menus, no two commands of one type with one name."""
    path = f"/applications/{APP_ID}/guilds/1/commands"
    good = {"name": "Ask the WIC bot", "type": 3}
    status, _, _ = await call(fake, "PUT", path, [good, {"name": "ask", "description": "A"}])
    assert status == 200
    for bad, where in [
        ({**good, "name": "A" * 33}, "name"),
        ({**good, "name": ""}, "name"),
        ({**good, "description": "Ask it"}, "description"),
        ({**good, "options": [{"name": "x", "type": 3, "description": "x"}]}, "options"),
    ]:
        status, payload, _ = await call(fake, "PUT", path, [bad])
        assert status == 400 and field_errors(payload, "0", where), bad
    status, payload, _ = await call(fake, "PUT", path, [good, good])
    assert status == 400 and field_errors(payload, "1", "name")
    six = [{"name": f"Menu {i}", "type": 3} for i in range(6)]
    status, payload, _ = await call(fake, "PUT", path, six)
    assert status == 400 and field_errors(payload, "5")


async def test_typing_is_a_post_on_the_channel(fake: FakeDiscord) -> None:
    status, _, _ = await call(fake, "POST", f"/channels/{CHANNEL_ID}/typing")
    assert status == 204 and [c for c, _ in fake.typing] == [str(CHANNEL_ID)]
    status, _, _ = await call(fake, "GET", f"/channels/{CHANNEL_ID}/typing")
    assert status == 405
    status, _, _ = await call(fake, "POST", f"/channels/{CHANNEL_ID}/typing", headers={})
    assert status == 401


def test_presence_updates_are_checked_like_discord() -> None:
    good: dict[str, Any] = {"since": None, "activities": [{"type": 2, "name": "/ask"}]}
    good.update(status="online", afk=False)
    assert discordspec.presence(good) == []
    for bad, where in [
        ({k: v for k, v in good.items() if k != "status"}, ("status",)),
        ({**good, "status": "away"}, ("status",)),
        ({**good, "since": "now"}, ("since",)),
        ({**good, "afk": "no"}, ("afk",)),
        ({**good, "activities": [{"type": 9, "name": "x"}]}, ("activities", 0, "type")),
        ({**good, "activities": [{"type": 2}]}, ("activities", 0, "name")),
        ({**good, "activities": [{"type": 2, "name": "x", "colour": 1}]}, ("activities", 0)),
        ({**good, "activities": [{"type": 2, "name": "x", "url": "u"}]}, ("activities", 0, "url")),
    ]:
        assert where in [p.path for p in discordspec.presence(bad)], bad
    # What Discord shows of a bot's activity: name, state, type and url only.
    shown = discordspec.shown_presence(
        {**good, "activities": [{"type": 2, "name": "x", "flags": 0, "buttons": []}]}
    )
    assert shown["activities"] == [{"type": 2, "name": "x"}]


async def test_replies_to_deleted_messages(fake: FakeDiscord) -> None:
    mid = fake.snowflake()
    fake._remember(mid, str(CHANNEL_ID), None)
    fake.deleted.add(mid)
    ref = {"message_id": mid, "channel_id": str(CHANNEL_ID)}
    status, payload, _ = await call(
        fake, "POST", MESSAGES, {"content": "hi", "message_reference": ref}
    )
    assert status == 400 and field_errors(payload, "message_reference")
    ref["fail_if_not_exists"] = False  # type: ignore[assignment]
    status, _, _ = await call(fake, "POST", MESSAGES, {"content": "hi", "message_reference": ref})
    assert status == 200


async def test_per_channel_and_global_rate_limits() -> None:
    fake = FakeDiscord(limits=RateLimits(global_per_second=8, channel_messages=5))
    await fake.start()
    try:
        statuses = []
        for _ in range(6):
            status, payload, headers = await call(fake, "POST", MESSAGES, {"content": "hi"})
            statuses.append(status)
        assert statuses == [200] * 5 + [429]
        assert payload["global"] is False and 0 < payload["retry_after"] <= 5.0
        assert headers["X-RateLimit-Remaining"] == "0" and int(headers["Retry-After"]) >= 1
        assert headers["X-RateLimit-Scope"] == "user"
        # Another channel has its own bucket, but the bot's global limit is shared.
        other = "/channels/1/messages"
        statuses = [(await call(fake, "POST", other, {"content": "hi"}))[0] for _ in range(3)]
        assert statuses == [200, 200, 429]
        status, payload, headers = await call(fake, "GET", "/users/@me")
        assert status == 429 and payload["global"] is True
        assert headers["X-RateLimit-Global"] == "true"
        assert len(fake.throttled) == 3 and fake.refused == []
    finally:
        await fake.stop()


async def test_discord_py_paces_itself_from_the_headers() -> None:
    """discord.py's own limiter reads the bucket headers: no 429s, the window is waited out."""
    fake = FakeDiscord(limits=RateLimits(channel_messages=2, channel_window=0.3))
    await fake.start()
    fake.patch()
    http = discord.http.HTTPClient(asyncio.get_running_loop())
    try:
        await http.static_login("fake-token")
        loop = asyncio.get_running_loop()
        started = loop.time()
        params = discord.http.handle_message_parameters(content="hi")
        await asyncio.gather(*(http.send_message(CHANNEL_ID, params=params) for _ in range(6)))
        assert loop.time() - started >= 0.6  # three windows of two
        assert len(fake.sent("POST", MESSAGES)) == 6
        assert len(fake.throttled) <= 1  # only the first burst, before the headers are known
    finally:
        await http.close()
        await fake.stop()
        fake.restore()


# --- what Discord refuses that the schema alone does not say (issue 19) -----------------------


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"content": ""},
        {"content": "  \n "},  # Discord trims content: blank is empty
        {"content": "", "embeds": []},
        {"components": [row(button("a"))]},  # components alone are not a message (before v2)
    ],
)
async def test_an_empty_message_is_refused_everywhere(fake: FakeDiscord, body: dict[str, Any]):
    status, payload, _ = await call(fake, "POST", MESSAGES, body)
    assert (status, payload) == (400, {"code": 50006, "message": "Cannot send an empty message"})
    iid, token = fake.open_interaction(2)
    reply = {"type": 4, "data": body}
    status, payload, _ = await call(fake, "POST", callback_path(iid, token), reply, headers={})
    assert (status, payload["code"]) == (400, 50006)
    await call(fake, "POST", callback_path(iid, token), {"type": 5}, headers={})
    status, payload, _ = await call(fake, "POST", f"/webhooks/{APP_ID}/{token}", body, headers={})
    assert (status, payload["code"]) == (400, 50006)
    assert len(fake.refused) == 3


async def test_a_message_with_only_an_embed_is_not_empty(fake: FakeDiscord) -> None:
    status, _, _ = await call(fake, "POST", MESSAGES, {"embeds": [embed()]})
    assert status == 200
    iid, token = fake.open_interaction(2)
    status, _, _ = await call(fake, "POST", callback_path(iid, token), {"type": 5}, headers={})
    assert status == 200  # a deferral carries no message
    assert fake.refused == []


def link(url: str | None = "https://www.wicinternet.org/", **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"type": 2, "style": 5, "label": "Source", **extra}
    if url is not None:
        out["url"] = url
    return out


@pytest.mark.parametrize(
    ("body", "path", "code"),
    [
        (
            {"content": "x", "components": [row(link(custom_id="src"))]},
            ("components", "0", "components", "0", "custom_id"),
            "COMPONENT_INVALID_FIELD",
        ),
        (
            {"content": "x", "components": [row(link(None))]},
            ("components", "0", "components", "0", "url"),
            "BASE_TYPE_REQUIRED",
        ),
        (
            {"content": "x", "components": [row({**button("a"), "url": "https://a.example/"})]},
            ("components", "0", "components", "0", "url"),
            "COMPONENT_INVALID_FIELD",
        ),
        (
            {"content": "x", "components": [row(link("javascript:alert(1)"))]},
            ("components", "0", "components", "0", "url"),
            "URL_TYPE_INVALID_SCHEME",
        ),
        (
            {"content": "hi <@1>", "allowed_mentions": {"parse": ["users"], "users": ["1"]}},
            ("allowed_mentions",),
            "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
        ),
        (
            {"content": "hi", "allowed_mentions": {"parse": ["roles"], "roles": ["5"]}},
            ("allowed_mentions",),
            "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
        ),
        ({"embeds": [embed(url="not a url")]}, ("embeds", "0", "url"), "URL_TYPE_INVALID_URL"),
        ({"embeds": [embed(url="www.wic.org")]}, ("embeds", "0", "url"), "URL_TYPE_INVALID_URL"),
        ({"embeds": [embed(url="https://")]}, ("embeds", "0", "url"), "URL_TYPE_INVALID_URL"),
        ({"embeds": [embed(url="ftp://a.b/x")]}, ("embeds", "0", "url"), "URL_TYPE_INVALID_SCHEME"),
        (
            {"embeds": [embed(author={"name": "a", "url": "see the site"})]},
            ("embeds", "0", "author", "url"),
            "URL_TYPE_INVALID_URL",
        ),
    ],
)  # fmt: skip
async def test_conflicting_or_malformed_fields_are_refused(
    fake: FakeDiscord, body: dict[str, Any], path: tuple[str, ...], code: str
) -> None:
    status, payload, _ = await call(fake, "POST", MESSAGES, body)
    assert status == 400, payload
    assert code in field_errors(payload, *path)
    iid, token = fake.open_interaction(2)  # the same rules in an interaction's reply
    reply = {"type": 4, "data": body}
    status, payload, _ = await call(fake, "POST", callback_path(iid, token), reply, headers={})
    assert status == 400 and code in field_errors(payload, "data", *path)


async def test_the_valid_neighbours_of_those_are_accepted(fake: FakeDiscord) -> None:
    for body in (
        {"content": "x", "components": [row(link()), row(link("discord://-/channels/1/2"))]},
        {"content": "hi <@1>", "allowed_mentions": {"parse": ["users"], "users": []}},
        {"content": "hi <@1>", "allowed_mentions": {"parse": [], "users": ["1"]}},
        {"content": "hi", "allowed_mentions": {"parse": ["users"], "roles": ["5"]}},
        {"embeds": [embed(url="https://www.wicinternet.org/2017-12/06/c_1.htm?a=b#c")]},
        # (an image's attachment:// scheme is accepted with its upload: see the upload tests)
    ):
        status, payload, _ = await call(fake, "POST", MESSAGES, body)
        assert status == 200, (body, payload)
    assert fake.refused == []


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("नमस्ते", True),  # Hindi: Devanagari vowel signs and virama are marks, not letters
        ("पूछो", True),
        ("สวัสดี", True),  # Thai: its vowel and tone marks too
        ("ถาม", True),
        ("提问", True),
        ("wic-edition_2", True),
        ("Ask", False),  # a letter with a lower case must use it
        ("ask me", False),
        ("ask🙂", False),
        ("", False),
        ("a" * 33, False),
    ],
)
async def test_command_names_follow_discords_unicode_rule(fake: FakeDiscord, name: str, ok: bool):
    path = f"/applications/{APP_ID}/guilds/1/commands"
    as_name = {"name": name, "description": "Ask", "type": 1}
    localised = {"name": "ask", "description": "Ask", "type": 1, "name_localizations": {"hi": name}}
    option = {"name": "q", "description": "d", "type": 3, "name_localizations": {"th": name}}
    with_option = {"name": "ask", "description": "Ask", "type": 1, "options": [option]}
    for body, where in (
        (as_name, ("0", "name")),
        (localised, ("0", "name_localizations", "hi")),
        (with_option, ("0", "options", "0", "name_localizations", "th")),
    ):
        status, payload, _ = await call(fake, "PUT", path, [body])
        if ok:
            assert status == 200, (body, payload)
        else:
            assert status == 400, body
            # an empty or over-long name also breaks the schema's own length rule
            assert field_errors(payload, *where)


# --- attachments (multipart/form-data) -----------------------------------------------------------


async def upload(
    fake: FakeDiscord,
    payload: dict[str, Any],
    files: Sequence[tuple[str, str | None, bytes]],
) -> tuple[int, Any]:
    """POST a message as discord.py does with files: payload_json plus files[n] parts."""
    form = aiohttp.FormData()
    form.add_field("payload_json", json.dumps(payload), content_type="application/json")
    for name, filename, data in files:
        if filename is None:  # a plain form field: no filename
            form.add_field(name, data.decode("latin-1"), content_type="image/png")
        else:
            form.add_field(name, data, filename=filename, content_type="image/png")
    url = f"http://127.0.0.1:{fake.port}/api/v10{MESSAGES}"
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, data=form, headers=BOT_HEADERS) as response,
    ):
        return response.status, await response.json()


async def test_an_attachment_is_accepted_and_kept_on_the_message(fake: FakeDiscord) -> None:
    payload = {
        "embeds": [embed(image={"url": "attachment://a.png"})],
        "attachments": [{"id": 0, "filename": "a.png"}],
    }
    status, message = await upload(fake, payload, [("files[0]", "a.png", b"\x89PNG...")])
    assert status == 200, message
    (kept,) = message["attachments"]
    assert kept["filename"] == "a.png" and kept["size"] == 7
    (request,) = fake.sent("POST", MESSAGES)
    assert request.files[0].data == b"\x89PNG..." and fake.refused == []


async def test_attachments_discord_would_refuse(fake: FakeDiscord) -> None:
    listed = [{"id": 0, "filename": "a.png"}]
    png = b"\x89PNG"
    # an upload the payload does not list
    status, body = await upload(
        fake, {"content": "x", "attachments": []}, [("files[0]", "a.png", png)]
    )
    assert status == 400 and field_errors(body, "attachments") == ["ATTACHMENT_NOT_LISTED"]
    # a listed upload that was not sent
    status, body = await upload(fake, {"content": "x", "attachments": listed}, [])
    assert status == 400 and field_errors(body, "attachments", "0", "id") == [
        "ATTACHMENT_NOT_FOUND"
    ]
    # a part that is not files[n], and a file without a filename
    status, body = await upload(fake, {"content": "x"}, [("picture", "a.png", png)])
    assert status == 400 and field_errors(body, "picture") == ["UNKNOWN_FIELD"]
    status, body = await upload(fake, {"content": "x"}, [("files[0]", None, png)])
    assert status == 400
    # an embed image naming no uploaded file
    payload = {"embeds": [embed(image={"url": "attachment://b.png"})], "attachments": listed}
    status, body = await upload(fake, payload, [("files[0]", "a.png", png)])
    assert status == 400 and field_errors(body, "embeds", "0", "image", "url")
    # eleven files
    many = [(f"files[{i}]", f"{i}.png", png) for i in range(11)]
    status, body = await upload(fake, {"content": "x"}, many)
    assert status == 400
    # over the size limit
    big = b"\0" * (discordspec.ATTACHMENT_SIZE_MAX + 1)
    status, body = await upload(
        fake, {"content": "x", "attachments": listed}, [("files[0]", "a.png", big)]
    )
    assert status == 413 and body["code"] == 40005
    assert len(fake.refused) == 7


# --- scheduled events --------------------------------------------------------------------------

EVENTS = f"/guilds/{GUILD_ID}/scheduled-events"


def event(**over: Any) -> dict[str, Any]:
    return {
        "name": "The 2099 edition",
        "description": "d",
        "scheduled_start_time": "2099-11-09T09:00:00+08:00",
        "scheduled_end_time": "2099-11-11T18:00:00+08:00",
        "privacy_level": 2,
        "entity_type": 3,
        "entity_metadata": {"location": "Wuzhen"},
        **over,
    }


async def test_a_scheduled_event_is_created_and_edited(fake: FakeDiscord) -> None:
    status, created, _h = await call(fake, "POST", EVENTS, event())
    assert status == 200 and created["name"] == "The 2099 edition"
    path = f"{EVENTS}/{created['id']}"
    status, edited, _h = await call(
        fake, "PATCH", path, {"scheduled_start_time": "2099-11-10T09:00:00+08:00"}
    )
    assert status == 200 and edited["scheduled_start_time"].startswith("2099-11-10")
    assert fake.refused == []


async def test_scheduled_events_discord_would_refuse(fake: FakeDiscord) -> None:
    cases = [
        (event(name="x" * 101), ("name",)),
        (event(description="x" * 1001), ("description",)),
        (event(entity_metadata={"location": "x" * 101}), ("entity_metadata", "location")),
        (event(scheduled_start_time="2020-01-01T09:00:00+08:00"), ("scheduled_start_time",)),
        (event(scheduled_end_time="2099-11-01T09:00:00+08:00"), ("scheduled_end_time",)),
        (event(scheduled_start_time="next tuesday"), ("scheduled_start_time",)),
        (event(scheduled_end_time=None), ("scheduled_end_time",)),
    ]
    for body, where in cases:
        status, payload, _h = await call(fake, "POST", EVENTS, body)
        assert status == 400, (body, payload)
        assert field_errors(payload, *where), payload
    status, payload, _h = await call(fake, "PATCH", f"{EVENTS}/123", {"name": "x"})
    assert status == 404 and payload["code"] == 10070
    without = discord.Permissions.all()
    without.manage_events = False
    fake.bot_permissions[GUILD_ID] = without
    status, payload, _h = await call(fake, "POST", EVENTS, event())
    assert status == 403 and payload["code"] == 50013


async def test_scheduled_events_have_their_rate_limit_bucket() -> None:
    server = FakeDiscord(limits=RateLimits(route=2, route_window=60.0))
    await server.start()
    try:
        statuses = [(await call(server, "POST", EVENTS, event()))[0] for _ in range(3)]
        assert statuses == [200, 200, 429]
        (limited,) = server.throttled
        assert limited.answer["retry_after"] > 0 and not limited.answer["global"]
    finally:
        await server.stop()


# --- installation and interaction contexts (user installs) ---------------------------------------


async def test_command_installs_and_contexts_are_checked(fake: FakeDiscord) -> None:
    """integration_types: 0 (server) / 1 (user); contexts: 0 (server) / 1 (bot DM) / 2 (other
    DMs and group DMs); each a non-empty list without repeats, integers only."""
    path = f"/applications/{APP_ID}/commands"
    good = {"name": "ask", "description": "Ask", "type": 1}
    ok = {**good, "integration_types": [0, 1], "contexts": [0, 1, 2]}
    menu = {"name": "Ask it", "type": 3, "integration_types": [0, 1], "contexts": [0, 1, 2]}
    status, _, _ = await call(fake, "PUT", path, [ok, menu])
    assert status == 200
    for bad, where in [
        ({**good, "integration_types": [2]}, ("integration_types", "0")),
        ({**good, "integration_types": [-1]}, ("integration_types", "0")),
        ({**good, "integration_types": ["1"]}, ("integration_types", "0")),
        ({**good, "integration_types": []}, ("integration_types",)),
        ({**good, "integration_types": [0, 0]}, ("integration_types",)),
        ({**good, "integration_types": 1}, ("integration_types",)),
        ({**good, "contexts": [3]}, ("contexts", "0")),
        ({**good, "contexts": [0, 1, 2, 2]}, ("contexts",)),
        ({**good, "contexts": []}, ("contexts",)),
        ({**good, "contexts": ["guild"]}, ("contexts", "0")),
    ]:
        status, payload, _ = await call(fake, "PUT", path, [bad])
        assert status == 400 and field_errors(payload, "0", *where), bad
    assert fake.commands[None][0]["integration_types"] == [0, 1]  # the refused changed nothing


async def test_user_install_needs_the_application_to_support_it() -> None:
    """A command may name only installation contexts ticked on the Developer Portal's
    Installation page, which the application object lists in integration_types_config."""
    fake = FakeDiscord(user_install=False)
    await fake.start()
    try:
        status, app, _ = await call(fake, "GET", "/oauth2/applications/@me")
        assert status == 200 and set(app["integration_types_config"]) == {"0"}
        path = f"/applications/{APP_ID}/commands"
        cmd = {"name": "ask", "description": "Ask", "type": 1}
        status, payload, _ = await call(fake, "PUT", path, [{**cmd, "integration_types": [0, 1]}])
        assert status == 400 and field_errors(payload, "0", "integration_types", "1")
        status, _, _ = await call(fake, "PUT", path, [{**cmd, "integration_types": [0]}])
        assert status == 200
    finally:
        await fake.stop()
    with_both = FakeDiscord()
    await with_both.start()
    try:
        status, app, _ = await call(with_both, "GET", "/oauth2/applications/@me")
        assert set(app["integration_types_config"]) == {"0", "1"}
        scopes = app["integration_types_config"]["1"]["oauth2_install_params"]["scopes"]
        assert scopes == ["applications.commands"]  # a user install has no bot user
    finally:
        await with_both.stop()


async def test_where_discord_offers_a_command(fake: FakeDiscord) -> None:
    """A server's own command: in that server, through its installation only. A global one:
    in its contexts, through the installations of its integration_types; the interaction's
    authorizing_integration_owners name those installations (0: the server or "0" in the
    bot's DM, 1: the member)."""
    member = {"name": "ask", "description": "Ask", "type": 1}
    everywhere = {**member, "integration_types": [0, 1], "contexts": [0, 1, 2]}
    server_only = {"name": "notes", "description": "N", "type": 1, "integration_types": [0]}
    server_only["contexts"] = [0]
    await call(fake, "PUT", f"/applications/{APP_ID}/commands", [everywhere, server_only])
    staff = {"name": "kb", "description": "Staff", "type": 1, "contexts": [0]}
    await call(fake, "PUT", f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands", [staff])
    other, uid = GUILD_ID + 99, 42
    assert fake.offered("kb", guild=GUILD_ID) == {"0": str(GUILD_ID)}
    assert fake.offered("kb", guild=GUILD_ID, installs=(1,), author=uid) is None
    assert fake.offered("kb", guild=other, installs=(0, 1)) is None
    assert fake.offered("kb", context=1, guild=None, installs=(0, 1)) is None
    assert fake.offered("ask", guild=other, installs=(1,), author=uid) == {"1": "42"}
    both = fake.offered("ask", guild=other, installs=(0, 1), author=uid)
    assert both == {"0": str(other), "1": "42"}
    assert fake.offered("ask", context=1, guild=None, installs=(0,)) == {"0": "0"}
    assert fake.offered("ask", context=2, guild=None, installs=(0,)) is None  # no bot there
    assert fake.offered("ask", context=2, guild=None, installs=(1,), author=uid) == {"1": "42"}
    assert fake.offered("notes", context=1, guild=None, installs=(0, 1)) is None
    assert fake.offered("notes", guild=other, installs=(1,)) is None
    assert fake.offered("notes", guild=other, installs=(0,)) == {"0": str(other)}
