"""An offline fake of Discord: the REST routes the bot uses and a gateway websocket.

The unmodified discord.py client connects to it once ``Route.BASE`` and
``DiscordWebSocket.DEFAULT_GATEWAY`` point at 127.0.0.1 (``patch``/``restore``). Tests drive it
by dispatching gateway events (a message, an interaction) and read what the bot sent back from
``requests``. Nothing here touches the network beyond loopback.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import discord
import discord.gateway
import discord.http
import yarl
from aiohttp import web

APP_ID = 700000000000000001
BOT_ID = 700000000000000002
GUILD_ID = 800000000000000001
CHANNEL_ID = 800000000000000002
MOD_LOG_ID = 800000000000000003
DM_CHANNEL_ID = 800000000000000004
MOD_ROLE_ID = 800000000000000005
MEMBER_ID = 900000000000000001
MODERATOR_ID = 900000000000000002
OWNER_ID = 900000000000000003

MEMBER_PERMISSIONS = discord.Permissions(
    view_channel=True, send_messages=True, read_message_history=True, use_application_commands=True
)
BOT_USER = {
    "id": str(BOT_ID),
    "username": "wic-bot",
    "discriminator": "0",
    "global_name": None,
    "avatar": None,
    "bot": True,
    "flags": 0,
}


def user(uid: int, name: str) -> dict[str, Any]:
    return {
        "id": str(uid),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
    }


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: Any
    query: dict[str, str] = field(default_factory=dict)
    received: float = 0.0  # event-loop time when the fake received it


class FakeDiscord:
    """One fake Discord: start it, patch discord.py at it, drive it, stop it."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.guild_commands: dict[int, set[str]] = {}  # server id -> names synced there
        self.identifies: list[dict[str, Any]] = []
        self.resumes: list[dict[str, Any]] = []
        self.heartbeats = 0
        self.ws: web.WebSocketResponse | None = None
        self.seq = 0
        self.session_id = "fake-session"
        self._ids = itertools.count(1_000_000_000_000_000_000)
        self._saved: tuple[str, yarl.URL] | None = None
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.new_request = asyncio.Event()
        self.connected = asyncio.Event()
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self.app = app

    # --- lifecycle ----------------------------------------------------------------------------

    async def start(self) -> None:
        self._runner = web.AppRunner(self.app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server: Any = site._server
        assert server is not None and server.sockets
        self.port = int(server.sockets[0].getsockname()[1])

    def patch(self) -> None:
        self._saved = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
        discord.http.Route.BASE = f"http://127.0.0.1:{self.port}/api/v10"
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(
            f"ws://127.0.0.1:{self.port}/gateway"
        )

    def restore(self) -> None:
        if self._saved is not None:
            discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = self._saved

    async def stop(self) -> None:
        if self.ws is not None and not self.ws.closed:
            await self.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def snowflake(self) -> str:
        return str(next(self._ids))

    # --- REST ---------------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        raw = await request.read()
        body: Any = None
        if raw:
            if request.content_type == "application/json":
                body = json.loads(raw)
            elif request.content_type.startswith("multipart/"):
                body = {"multipart": raw.decode("utf-8", "replace")}
        received = asyncio.get_running_loop().time()
        self.requests.append(
            Request(
                request.method, path, dict(request.headers), body, dict(request.query), received
            )
        )
        self.new_request.set()
        return self._answer(request.method, path, body)

    def _json(self, data: Any, status: int = 200) -> web.Response:
        # discord.py parses JSON only when the Content-Type is exactly application/json.
        return web.Response(
            body=json.dumps(data).encode(),
            status=status,
            headers={"Content-Type": "application/json"},
        )

    def _answer(self, method: str, path: str, body: Any) -> web.Response:
        parts = path.strip("/").split("/")
        if method == "GET" and path == "/users/@me":
            return self._json(BOT_USER)
        if method == "GET" and path == "/oauth2/applications/@me":
            return self._json(
                {
                    "id": str(APP_ID),
                    "name": "wic-bot",
                    "description": "",
                    "icon": None,
                    "bot_public": True,
                    "bot_require_code_grant": False,
                    "owner": user(OWNER_ID, "owner"),
                    "verify_key": "0" * 64,
                    "flags": 0,
                }
            )
        if method == "GET" and path in ("/gateway", "/gateway/bot"):
            return self._json(
                {
                    "url": f"ws://127.0.0.1:{self.port}/gateway",
                    "shards": 1,
                    "session_start_limit": {
                        "total": 1000,
                        "remaining": 1000,
                        "reset_after": 0,
                        "max_concurrency": 1,
                    },
                }
            )
        if method == "PUT" and parts[0] == "applications" and parts[-1] == "commands":
            if len(parts) == 5 and parts[2] == "guilds":  # a server's own commands
                self.guild_commands[int(parts[3])] = {c["name"] for c in body or []}
            return self._json([self._command(c) for c in body or []])
        if method == "POST" and parts[0] == "channels" and parts[-1] == "messages":
            return self._json(self._message(int(parts[1]), body or {}))
        if method == "DELETE" and parts[0] == "channels":
            return web.Response(status=204)
        if method == "POST" and parts[0] == "interactions" and parts[-1] == "callback":
            payload = body or {}
            if "multipart" in payload:
                payload = {}
            result: dict[str, Any] = {
                "interaction": {"id": parts[1], "type": payload.get("type", 4)}
            }
            if payload.get("type") == 4:
                msg = self._message(CHANNEL_ID, payload.get("data") or {})
                result["resource"] = {"type": 4, "message": msg}
            return self._json(result)
        if parts[0] == "webhooks":
            return self._json(self._message(CHANNEL_ID, body or {}))
        return self._json({"message": f"fake discord: no route {method} {path}", "code": 0}, 404)

    def _command(self, cmd: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": self.snowflake(),
            "application_id": str(APP_ID),
            "version": self.snowflake(),
            "type": cmd.get("type", 1),
            "name": cmd["name"],
            "description": cmd.get("description", ""),
            "options": cmd.get("options", []),
            "default_member_permissions": cmd.get("default_member_permissions"),
            "dm_permission": cmd.get("dm_permission", True),
            "nsfw": cmd.get("nsfw", False),
        }

    def _message(self, channel_id: int, body: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": self.snowflake(),
            "channel_id": str(channel_id),
            "author": BOT_USER,
            "content": body.get("content") or "",
            "timestamp": "2026-11-28T12:00:00+00:00",
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": body.get("embeds") or [],
            "components": body.get("components") or [],
            "pinned": False,
            "type": 0,
            "flags": body.get("flags", 0),
        }

    def sent(self, method: str = "POST", contains: str = "") -> list[Request]:
        """Requests the bot made, optionally filtered by path substring."""
        return [r for r in self.requests if r.method == method and contains in r.path]

    async def wait_for(
        self, method: str, contains: str, count: int = 1, timeout: float = 5.0
    ) -> list[Request]:
        """Wait until the bot has made ``count`` matching requests; returns them."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            found = self.sent(method, contains)
            if len(found) >= count:
                return found
            remaining = deadline - loop.time()
            if remaining <= 0:
                seen = [f"{r.method} {r.path}" for r in self.requests]
                raise AssertionError(f"no {count}x {method} {contains!r} within {timeout}s: {seen}")
            self.new_request.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.new_request.wait(), remaining)

    # --- gateway ------------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.ws = ws
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}))
        async for msg in ws:
            if msg.type != aiohttp.WSMsgType.TEXT:
                continue
            data = json.loads(msg.data)
            op = data.get("op")
            if op == 1:
                self.heartbeats += 1
                await ws.send_str(json.dumps({"op": 11}))
            elif op == 2:
                self.identifies.append(data["d"])
                await self._ready()
            elif op == 6:
                self.resumes.append(data["d"])
                await self.dispatch("RESUMED", {})
                self.connected.set()
        return ws

    async def _ready(self) -> None:
        await self.dispatch(
            "READY",
            {
                "v": 10,
                "user": BOT_USER,
                "guilds": [{"id": str(GUILD_ID), "unavailable": True}],
                "session_id": self.session_id,
                "resume_gateway_url": f"ws://127.0.0.1:{self.port}/gateway",
                "application": {"id": str(APP_ID), "flags": 0},
                "private_channels": [],
                "relationships": [],
            },
        )
        await self.dispatch("GUILD_CREATE", self.guild())
        self.connected.set()

    def guild(self) -> dict[str, Any]:
        channel = {
            "id": str(CHANNEL_ID),
            "type": 0,
            "name": "general",
            "position": 0,
            "permission_overwrites": [],
            "guild_id": str(GUILD_ID),
            "nsfw": False,
        }
        mod_log = {**channel, "id": str(MOD_LOG_ID), "name": "mod-log", "position": 1}
        everyone = {
            "id": str(GUILD_ID),
            "name": "@everyone",
            "permissions": str(MEMBER_PERMISSIONS.value),
            "position": 0,
            "color": 0,
            "hoist": False,
            "managed": False,
            "mentionable": False,
            "flags": 0,
        }
        mod_role = {
            **everyone,
            "id": str(MOD_ROLE_ID),
            "name": "Moderators",
            "permissions": "0",
            "position": 1,
        }
        return {
            "id": str(GUILD_ID),
            "name": "Test Server",
            "icon": None,
            "owner_id": str(OWNER_ID),
            "roles": [everyone, mod_role],
            "channels": [channel, mod_log],
            "threads": [],
            "members": [self.member(BOT_ID)],
            "member_count": 3,
            "emojis": [],
            "stickers": [],
            "features": [],
            "unavailable": False,
            "large": False,
            "premium_tier": 0,
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }

    def member(self, uid: int, roles: tuple[int, ...] = ()) -> dict[str, Any]:
        u = BOT_USER if uid == BOT_ID else user(uid, f"user{uid % 1000}")
        return {
            "user": u,
            "roles": [str(r) for r in roles],
            "joined_at": "2026-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
        }

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        assert self.ws is not None, "the bot is not connected"
        self.seq += 1
        await self.ws.send_str(json.dumps({"op": 0, "t": event, "s": self.seq, "d": data}))

    async def reconnect(self) -> None:
        """Ask the bot to reconnect (op 7); it should RESUME."""
        assert self.ws is not None
        self.connected.clear()
        await self.ws.send_str(json.dumps({"op": 7, "d": None}))

    # --- events the tests send ----------------------------------------------------------------

    async def message(
        self,
        content: str,
        *,
        author: int = MEMBER_ID,
        mention_bot: bool = True,
        dm: bool = False,
        channel: int = CHANNEL_ID,
    ) -> str:
        """A member's message; returns its id."""
        mid = self.snowflake()
        data: dict[str, Any] = {
            "id": mid,
            "channel_id": str(DM_CHANNEL_ID if dm else channel),
            "author": user(author, f"user{author % 1000}"),
            "content": content,
            "timestamp": "2026-11-28T12:00:00+00:00",
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [BOT_USER] if mention_bot else [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "type": 0,
        }
        if not dm:
            data["guild_id"] = str(GUILD_ID)
            data["member"] = {k: v for k, v in self.member(author).items() if k != "user"}
        await self.dispatch("MESSAGE_CREATE", data)
        return mid

    async def interaction(
        self,
        itype: int,
        data: dict[str, Any],
        *,
        author: int = MEMBER_ID,
        roles: tuple[int, ...] = (),
        permissions: int = 0,
    ) -> str:
        """An interaction (2 command, 3 button, 4 autocomplete); returns its id."""
        iid = self.snowflake()
        member = self.member(author, roles)
        member["permissions"] = str(permissions or MEMBER_PERMISSIONS.value)
        await self.dispatch(
            "INTERACTION_CREATE",
            {
                "id": iid,
                "application_id": str(APP_ID),
                "type": itype,
                "data": data,
                "guild_id": str(GUILD_ID),
                "channel": {
                    "id": str(CHANNEL_ID),
                    "type": 0,
                    "guild_id": str(GUILD_ID),
                    "name": "general",
                    "position": 0,
                    "permission_overwrites": [],
                },
                "channel_id": str(CHANNEL_ID),
                "member": member,
                "token": f"token-{iid}",
                "version": 1,
                "app_permissions": str(discord.Permissions.all().value),
                "locale": "en-US",
                "guild_locale": "en-US",
                "entitlements": [],
                "attachment_size_limit": 8 * 1024 * 1024,
                "authorizing_integration_owners": {"0": str(GUILD_ID)},
                "context": 0,
            },
        )
        return iid

    async def command(
        self, name: str, options: list[dict[str, Any]] | None = None, **kw: Any
    ) -> str:
        data: dict[str, Any] = {
            "id": self.snowflake(),
            "name": name,
            "type": 1,
            "options": options or [],
        }
        if name in self.guild_commands.get(GUILD_ID, set()):
            data["guild_id"] = str(GUILD_ID)  # Discord names the server of a server command
        return await self.interaction(2, data, **kw)

    async def callback(self, iid: str, timeout: float = 5.0) -> dict[str, Any]:
        """The bot's response to interaction ``iid``."""
        found = await self.wait_for("POST", f"/interactions/{iid}/", timeout=timeout)
        body = found[-1].body
        assert isinstance(body, dict), body
        return body


def reply_to(request: Request) -> str | None:
    """The id of the message a bot reply answers, if any."""
    body = request.body if isinstance(request.body, dict) else {}
    ref = body.get("message_reference") or {}
    value = ref.get("message_id")
    return None if value is None else str(value)


async def press(
    fake: FakeDiscord, custom_id: str, values: list[str] | None = None, **kw: Any
) -> str:
    """A member clicks a button (or picks ``values`` in a select menu); returns the id."""
    data: dict[str, Any] = {"custom_id": custom_id, "component_type": 2}
    if values is not None:
        data.update(component_type=3, values=values)
    return await fake.interaction(3, data, **kw)


def modal_inputs(modal: dict[str, Any]) -> list[dict[str, Any]]:
    """The text inputs of a modal payload, in order (handles label-wrapped inputs)."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == 4:
                found.append(node)
            for child in node.get("components", []):
                walk(child)
            if "component" in node:
                walk(node["component"])
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(modal.get("components", []))
    return found


async def submit_modal(
    fake: FakeDiscord, modal: dict[str, Any], values: list[str], **kw: Any
) -> str:
    """A member fills in a modal's inputs with ``values`` (in order) and submits it."""
    inputs = modal_inputs(modal)
    rows = [
        {"type": 1, "components": [{"type": 4, "custom_id": i["custom_id"], "value": v}]}
        for i, v in zip(inputs, values, strict=True)
    ]
    return await fake.interaction(5, {"custom_id": modal["custom_id"], "components": rows}, **kw)


def sub(name: str, **options: str) -> list[dict[str, Any]]:
    """The options payload of a subcommand with string options: sub("edit", field="theme")."""
    return [
        {
            "name": name,
            "type": 1,
            "options": [{"name": k, "type": 3, "value": v} for k, v in options.items()],
        }
    ]


def group(name: str, command: str, **options: str) -> list[dict[str, Any]]:
    """The options payload of a subcommand inside a subgroup: group("faq", "edit", item="x")."""
    return [{"name": name, "type": 2, "options": sub(command, **options)}]
