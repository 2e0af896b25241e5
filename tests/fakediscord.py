"""An offline fake of Discord: the REST routes the bot uses and a gateway websocket.

The unmodified discord.py client connects to it once ``Route.BASE`` and
``DiscordWebSocket.DEFAULT_GATEWAY`` point at 127.0.0.1 (``patch``/``restore``). Tests drive it
by dispatching gateway events (a message, an interaction) and read what the bot sent back from
``requests``. Nothing here touches the network beyond loopback.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import json
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import discord
import discord.gateway
import discord.http
import yarl
from aiohttp import web

from . import discordspec

APP_ID = 700000000000000001
BOT_ID = 700000000000000002
GUILD_ID = 800000000000000001
CHANNEL_ID = 800000000000000002
MOD_LOG_ID = 800000000000000003
DM_CHANNEL_ID = 800000000000000004
GROUP_DM_ID = 800000000000000006  # a group DM of members (PRIVATE_CHANNEL interactions)
MOD_ROLE_ID = 800000000000000005
MEMBER_ID = 900000000000000001
MODERATOR_ID = 900000000000000002
OWNER_ID = 900000000000000003

# A server that never added the bot: its members reach the app only through a user install.
USER_ONLY_GUILD_ID = 810000000000000200
SECOND_GUILD_ID = 800000000000000100  # more servers, for tests that need them: on shard 1
THIRD_GUILD_ID = 800000000004194404  # of 2 and on shard 0 of 2 (Discord: (id >> 22) % count)
MEMBER_PERMISSIONS = discord.Permissions(
    view_channel=True, send_messages=True, read_message_history=True, use_application_commands=True
)
# Interaction contexts (where) and installation contexts (how the app got there).
GUILD, BOT_DM, PRIVATE_CHANNEL = 0, 1, 2
GUILD_INSTALL, USER_INSTALL = 0, 1
# app_permissions in DMs (documented: attach files, embed links, mention everyone; in the
# bot's DM also external emojis).
DM_APP_PERMISSIONS = discord.Permissions(
    attach_files=True, embed_links=True, mention_everyone=True, use_external_emojis=True
)
GROUP_DM_APP_PERMISSIONS = discord.Permissions(
    attach_files=True, embed_links=True, mention_everyone=True
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


def channel_of(guild: int) -> int:
    """The text channel of a fake server: CHANNEL_ID in the first, the id after it in others."""
    return CHANNEL_ID if guild == GUILD_ID else guild + 1


def user(uid: int, name: str) -> dict[str, Any]:
    return {
        "id": str(uid),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
    }


@dataclass(frozen=True)
class Upload:
    """One file part of a multipart request: ``files[n]``, its filename and bytes."""

    name: str
    filename: str | None
    content_type: str
    data: bytes


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: Any
    query: dict[str, str] = field(default_factory=dict)
    files: list[Upload] = field(default_factory=list)  # a multipart request's file parts
    received: float = 0.0  # event-loop time when the fake received it
    status: int = 0  # what the fake answered
    answer: Any = None  # the fake's response body (errors: Discord's error body)


@dataclass
class RateLimits:
    """Discord's rate limits, as the fake enforces them (seconds and request counts).

    The defaults are Discord's: 50 requests a second per bot token (interaction callbacks and
    webhook-token routes are exempt), about 5 messages per 5 s per channel, and a per-route
    bucket for everything else.
    """

    global_per_second: int = 50
    channel_messages: int = 5
    channel_window: float = 5.0
    route: int = 50
    route_window: float = 1.0

    @classmethod
    def relaxed(cls) -> RateLimits:
        """Limits high enough never to bite: for functional tests that are not about pacing."""
        return cls(100_000, 100_000, 1.0, 100_000, 1.0)


@dataclass
class _Bucket:
    limit: int
    window: float
    started: float = 0.0
    count: int = 0


@dataclass
class _Interaction:
    token: str
    created: float
    kind: int
    responded: bool = False
    original: str | None = None  # the id of the response message, once there is one
    message: str | None = None  # a component's: the message it is on


_EDITABLE = ("content", "embeds", "components")  # what an update may change
BOT_ROUTES_WITHOUT_AUTH = ("/interactions/", "/webhooks/")
INTERACTION_DEADLINE = 3.0  # seconds to give the initial response
TOKEN_LIFETIME = 15 * 60.0  # seconds a token serves followups


def _error(code: int, message: str, status: int) -> tuple[int, dict[str, Any]]:
    return status, {"code": code, "message": message}


class FakeDiscord:
    """One fake Discord: start it, patch discord.py at it, drive it, stop it.

    Strict like Discord: every request body is checked against the official OpenAPI
    description and the documented limits (``tests/discordspec.py``) and refused with
    Discord's error body; interactions take one initial response within 3 s; replies to
    deleted messages fail unless ``fail_if_not_exists`` is false; rate limits (``limits``) are
    enforced with Discord's headers and 429 bodies. ``refused`` lists every refused request
    (the harness fails a test that leaves any); ``throttled`` every 429.
    """

    def __init__(
        self,
        *,
        limits: RateLimits | None = None,
        keep_requests: bool = True,
        max_messages: int = 20_000,
        guilds: tuple[int, ...] = (GUILD_ID,),
        locales: dict[int, str] | None = None,
        user_install: bool = True,
    ) -> None:
        self.limits = limits or RateLimits()
        # The Developer Portal's Installation page: Guild Install always, User Install if set.
        self.installs = (GUILD_INSTALL, USER_INSTALL) if user_install else (GUILD_INSTALL,)
        self.guild_ids = guilds
        self.locales = locales or {}  # a server's preferred_locale (default en-US)
        # What the bot may do, per server (default: everything) and where it may not post.
        self.bot_permissions: dict[int, discord.Permissions] = {}
        self.closed_channels: set[int] = set()
        self.events: dict[str, dict[str, Any]] = {}  # scheduled event id -> the event
        self.keep_requests = keep_requests
        self.max_messages = max_messages
        self.requests: list[Request] = []
        self.guild_commands: dict[int, set[str]] = {}  # server id -> names synced there
        # What was registered, as Discord returned it: None -> global, a server id -> its own.
        self.commands: dict[int | None, list[dict[str, Any]]] = {}
        self.refused: list[Request] = []
        self.throttled: list[Request] = []
        self.listeners: list[Callable[[Request], None]] = []
        self.interaction_deadline = INTERACTION_DEADLINE
        self.identifies: list[dict[str, Any]] = []
        self.presences: list[dict[str, Any]] = []  # presences set (op 3), as Discord shows them
        self.typing: list[tuple[str, float]] = []  # (channel id, when) per typing indicator
        # Members' messages as dispatched, for a message command's resolved data.
        self.member_messages: OrderedDict[str, dict[str, Any]] = OrderedDict()
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
        # message id -> (channel id, the message's payload; None for members' messages)
        self.messages: OrderedDict[str, tuple[str, dict[str, Any] | None]] = OrderedDict()
        self.deleted: set[str] = set()
        self.interactions: OrderedDict[str, _Interaction] = OrderedDict()
        self._by_token: dict[str, str] = {}
        self._buckets: dict[tuple[str, str], _Bucket] = {}
        self._global = _Bucket(self.limits.global_per_second, 1.0)
        # Room for a request of ten files at the size limit: the fake, not aiohttp, refuses.
        app = web.Application(
            client_max_size=discordspec.ATTACHMENTS_MAX * discordspec.ATTACHMENT_SIZE_MAX + 2**20
        )
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

    def now(self) -> float:
        return asyncio.get_running_loop().time()

    # --- REST ---------------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        req = Request(request.method, path, dict(request.headers), None, dict(request.query))
        req.received = self.now()
        headers: dict[str, str]
        try:
            req.body, req.files = await _read_body(request)
        except ValueError as exc:
            status, answer, headers = 400, {"code": 50109, "message": str(exc)}, {}
        else:
            status, answer, headers = self._handle(req)
        req.status, req.answer = status, answer
        if self.keep_requests:
            self.requests.append(req)
        if status == 429:
            self.throttled.append(req)
        elif status >= 400:
            self.refused.append(req)
        for listener in self.listeners:
            listener(req)
        self.new_request.set()
        if status == 204:
            return web.Response(status=204, headers=headers)
        return self._json(answer, status, headers)

    def _json(
        self, data: Any, status: int = 200, headers: dict[str, str] | None = None
    ) -> web.Response:
        # discord.py parses JSON only when the Content-Type is exactly application/json, and
        # takes a 429 without a Via header for a Cloudflare ban: Discord's responses carry one.
        return web.Response(
            body=json.dumps(data).encode(),
            status=status,
            headers={"Content-Type": "application/json", "Via": "1.1 google", **(headers or {})},
        )

    def _handle(self, req: Request) -> tuple[int, Any, dict[str, str]]:
        bot_route = not req.path.startswith(BOT_ROUTES_WITHOUT_AUTH)
        if bot_route and req.headers.get("Authorization") != "Bot fake-token":
            return 401, {"message": "401: Unauthorized", "code": 0}, {}
        if bot_route and not req.headers.get("User-Agent", "").startswith("DiscordBot"):
            return 400, {"message": "A DiscordBot User-Agent is required.", "code": 0}, {}
        if bot_route:
            limited = self._global_limit()
            if limited is not None:
                return limited
        limited_or_headers = self._route_limit(req.method, req.path)
        if isinstance(limited_or_headers, tuple):
            return limited_or_headers
        headers = limited_or_headers
        if req.body is not None:
            problems = discordspec.check(req.method, req.path, req.body)
            if problems:
                return 400, discordspec.invalid_form_body(problems), headers
            if discordspec.sends_nothing(req.method, req.path, req.body):
                return *_error(50006, "Cannot send an empty message", 400), headers
        if any(len(f.data) > discordspec.ATTACHMENT_SIZE_MAX for f in req.files):
            return 413, {"code": 40005, "message": "Request entity too large"}, headers
        if req.files or (req.method == "POST" and isinstance(req.body, dict)):
            problems = discordspec.check_files(req.body, [(f.name, f.filename) for f in req.files])
            if problems:
                return 400, discordspec.invalid_form_body(problems), headers
        status, answer = self._answer(req.method, req.path, req.body, req.files)
        return status, answer, headers

    # --- rate limits --------------------------------------------------------------------------

    def _global_limit(self) -> tuple[int, Any, dict[str, str]] | None:
        bucket, now = self._global, self.now()
        if now - bucket.started >= bucket.window:
            bucket.started, bucket.count = now, 0
        if bucket.count >= bucket.limit:
            retry = bucket.started + bucket.window - now
            body = {"message": "You are being rate limited.", "retry_after": retry, "global": True}
            headers = {
                "Retry-After": str(max(1, round(retry + 0.5))),
                "X-RateLimit-Global": "true",
                "X-RateLimit-Scope": "global",
            }
            return 429, body, headers
        bucket.count += 1
        return None

    def _route_limit(
        self, method: str, path: str
    ) -> dict[str, str] | tuple[int, Any, dict[str, str]]:
        template = discordspec.route_template(path) or path
        parts = path.strip("/").split("/")
        # Discord's buckets are per route and per "major parameter" (channel, guild, webhook).
        major = "/".join(parts[:3] if parts[0] in ("webhooks", "interactions") else parts[:2])
        limits = self.limits
        if method == "POST" and template == "/channels/{channel_id}/messages":
            limit, window = limits.channel_messages, limits.channel_window
        else:
            limit, window = limits.route, limits.route_window
        key = (f"{method} {template}", major)
        bucket = self._buckets.get(key)
        now = self.now()
        if bucket is None and len(self._buckets) >= 200:
            # Forget buckets whose window has passed (one per interaction would pile up).
            self._buckets = {k: b for k, b in self._buckets.items() if now - b.started < b.window}
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(limit, window, now)
        if now - bucket.started >= bucket.window:
            bucket.started, bucket.count = now, 0
        reset_after = bucket.started + bucket.window - now
        headers = {
            "X-RateLimit-Limit": str(bucket.limit),
            "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
            "X-RateLimit-Reset-After": f"{reset_after:.3f}",
            "X-RateLimit-Bucket": hashlib.sha1(key[0].encode()).hexdigest()[:16],
        }
        if bucket.count >= bucket.limit:
            headers["X-RateLimit-Remaining"] = "0"
            headers["X-RateLimit-Scope"] = "user"
            headers["Retry-After"] = str(max(1, round(reset_after + 0.5)))
            body = {
                "message": "You are being rate limited.",
                "retry_after": reset_after,
                "global": False,
            }
            return 429, body, headers
        bucket.count += 1
        headers["X-RateLimit-Remaining"] = str(bucket.limit - bucket.count)
        return headers

    # --- routes -------------------------------------------------------------------------------

    def _answer(
        self, method: str, path: str, body: Any, files: list[Upload] | None = None
    ) -> tuple[int, Any]:
        parts = path.strip("/").split("/")
        if method == "GET" and path == "/users/@me":
            return 200, BOT_USER
        if method == "GET" and path == "/oauth2/applications/@me":
            return 200, {
                "id": str(APP_ID),
                "name": "wic-bot",
                "description": "",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": user(OWNER_ID, "owner"),
                "verify_key": "0" * 64,
                "flags": 0,
                # one key per installation context ticked in the Developer Portal
                "integration_types_config": {
                    str(kind): {"oauth2_install_params": _install_params(kind)}
                    for kind in self.installs
                },
            }
        if method == "GET" and path in ("/gateway", "/gateway/bot"):
            return 200, {
                "url": f"ws://127.0.0.1:{self.port}/gateway",
                "shards": 1,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 1000,
                    "reset_after": 0,
                    "max_concurrency": 1,
                },
            }
        if method == "PUT" and parts[0] == "applications" and parts[-1] == "commands":
            problems = self._unsupported_installs(body or [])
            if problems:
                return 400, discordspec.invalid_form_body(problems)
            scope = int(parts[3]) if len(parts) == 5 and parts[2] == "guilds" else None
            if scope is not None:  # a server's own commands
                self.guild_commands[scope] = {c["name"] for c in body or []}
            self.commands[scope] = [self._command(c) for c in body or []]
            return 200, self.commands[scope]
        if parts[0] == "channels" and len(parts) == 3 and parts[2] == "typing":
            if method != "POST":
                return _error(0, "405: Method Not Allowed", 405)
            self.typing.append((parts[1], self.now()))
            return 204, None
        if parts[0] == "guilds" and len(parts) >= 3 and parts[2] == "scheduled-events":
            return self._scheduled_events(method, parts, body or {})
        if method == "POST" and path == "/users/@me/channels":
            return 200, {
                "id": str(int((body or {})["recipient_id"]) + 7),
                "type": 1,
                "last_message_id": None,
                "recipients": [user(int(body["recipient_id"]), "owner")],
            }
        if parts[0] == "channels" and len(parts) >= 3 and parts[2] == "messages":
            return self._channel_messages(method, parts, body or {}, files or [])
        if parts[0] == "interactions" and parts[-1] == "callback":
            return self._callback(parts[1], parts[2], body or {}, files or [])
        if parts[0] == "webhooks" and len(parts) >= 3:
            return self._webhook(method, parts, body or {}, files or [])
        return _error(0, f"404: Not Found ({method} {path})", 404)

    def permissions_in(self, guild: int) -> discord.Permissions:
        return self.bot_permissions.get(guild, discord.Permissions.all())

    def _channel_messages(
        self, method: str, parts: list[str], body: dict[str, Any], files: list[Upload]
    ) -> tuple[int, Any]:
        channel = parts[1]
        if method == "POST" and len(parts) == 3 and int(channel) in self.closed_channels:
            return _error(50013, "Missing Permissions", 403)
        if method == "POST" and len(parts) == 3:
            ref = body.get("message_reference")
            if ref and ref.get("fail_if_not_exists", True):
                target = str(ref.get("message_id"))
                known = self.messages.get(target)
                if target in self.deleted or known is None or known[0] != channel:
                    problem = discordspec.Problem(
                        ("message_reference",),
                        "MESSAGE_REFERENCE_UNKNOWN_MESSAGE",
                        "Unknown message",
                    )
                    return 400, discordspec.invalid_form_body([problem])
            return 200, self._message(int(channel), body, files)
        if len(parts) == 4:
            mid = parts[3]
            known = self.messages.get(mid)
            if known is None or mid in self.deleted or known[0] != channel:
                return _error(10008, "Unknown Message", 404)
            if method == "DELETE":
                self.deleted.add(mid)
                return 204, None
            if method == "PATCH" and known[1] is not None:
                known[1].update({k: v for k, v in body.items() if k in ("content", "embeds")})
                known[1]["components"] = body.get("components", known[1]["components"])
                return 200, known[1]
            if method == "GET":
                return 200, known[1]
        return _error(0, "405: Method Not Allowed", 405)

    def _callback(
        self, iid: str, token: str, body: dict[str, Any], files: list[Upload]
    ) -> tuple[int, Any]:
        state = self.interactions.get(iid)
        if state is None or state.token != token:
            return _error(10062, "Unknown interaction", 404)
        if state.responded:
            return _error(40060, "Interaction has already been acknowledged.", 400)
        if self.now() - state.created > self.interaction_deadline:
            return _error(10062, "Unknown interaction", 404)  # the token died after 3 s
        kind = body.get("type")
        allowed = {4: {8}, 5: {4, 5, 6, 7}, 2: {4, 5, 9}, 3: {4, 5, 6, 7, 9}}.get(state.kind, set())
        if kind not in allowed:
            problem = discordspec.Problem(
                ("type",), "INTERACTION_CALLBACK_TYPE_INVALID", "Invalid interaction response type"
            )
            return 400, discordspec.invalid_form_body([problem])
        state.responded = True
        result: dict[str, Any] = {"interaction": {"id": iid, "type": state.kind}}
        data = body.get("data") or {}
        if kind == 4:
            msg = self._message(CHANNEL_ID, data, files)
            state.original = msg["id"]
            result["resource"] = {"type": 4, "message": msg}
        elif kind in (6, 7) and state.message is not None:
            # A component's deferred or immediate update: "the original response" is now the
            # message the component is on (what a later PATCH @original edits).
            state.original = state.message
            known = self.messages.get(state.message)
            if kind == 7 and known is not None and known[1] is not None:
                known[1].update({k: v for k, v in data.items() if k in _EDITABLE})
            result["resource"] = {"type": kind}
        elif kind == 7:
            result["resource"] = {"type": 7}
        return 200, result

    def _webhook(
        self, method: str, parts: list[str], body: dict[str, Any], files: list[Upload]
    ) -> tuple[int, Any]:
        token = parts[2]
        iid = self._by_token.get(token)
        state = self.interactions.get(iid) if iid else None
        if state is None or parts[1] != str(APP_ID):
            return _error(10015, "Unknown Webhook", 404)
        if not state.responded:
            return _error(10015, "Unknown Webhook", 404)  # followups need an initial response
        if self.now() - state.created > TOKEN_LIFETIME:
            return _error(50027, "Invalid Webhook Token", 401)
        if method == "POST" and len(parts) == 3:
            return 200, self._message(CHANNEL_ID, body, files)
        if len(parts) == 5 and parts[3] == "messages":
            mid = state.original if parts[4] == "@original" else parts[4]
            known = self.messages.get(mid or "")
            if known is None or known[1] is None:
                return _error(10008, "Unknown Message", 404)
            if method == "PATCH":
                known[1].update(body)
                return 200, known[1]
            if method == "DELETE":
                self.deleted.add(str(mid))
                return 204, None
            return 200, known[1]
        return _error(0, "405: Method Not Allowed", 405)

    def _scheduled_events(
        self, method: str, parts: list[str], body: dict[str, Any]
    ) -> tuple[int, Any]:
        """A server's Scheduled Events: create, edit, read, delete (Manage Events needed)."""
        guild = int(parts[1])
        if guild not in self.guild_ids:
            return _error(10004, "Unknown Guild", 404)
        if method != "GET" and not self.permissions_in(guild).manage_events:
            return _error(50013, "Missing Permissions", 403)
        if len(parts) == 3:
            if method == "GET":
                return 200, [e for e in self.events.values() if e["guild_id"] == str(guild)]
            if method == "POST":
                event = {
                    "id": self.snowflake(),
                    "guild_id": str(guild),
                    "channel_id": None,
                    "creator_id": str(BOT_ID),
                    "creator": BOT_USER,
                    "description": None,
                    "scheduled_end_time": None,
                    "status": 1,
                    "entity_id": None,
                    "entity_metadata": None,
                    "user_count": 0,
                    "image": None,
                    **body,
                }
                self.events[event["id"]] = event
                return 200, event
            return _error(0, "405: Method Not Allowed", 405)
        found = self.events.get(parts[3])
        if found is None or found["guild_id"] != str(guild):
            return _error(10070, "Unknown Guild Scheduled Event", 404)
        if method == "PATCH":
            found.update(body)
            return 200, found
        if method == "DELETE":
            del self.events[parts[3]]
            return 204, None
        return 200, found

    def _unsupported_installs(self, commands: list[dict[str, Any]]) -> list[discordspec.Problem]:
        """A command may name only installation contexts the application supports (Discord:
        "as long as any included contexts are already supported on the application-level");
        the error code is the fake's choice, Discord's is not documented."""
        problems = []
        for i, cmd in enumerate(commands):
            for j, kind in enumerate(cmd.get("integration_types") or []):
                if kind not in self.installs:
                    problems.append(
                        discordspec.Problem(
                            (i, "integration_types", j),
                            "BASE_TYPE_CHOICES",
                            f"Value must be one of {set(self.installs)}: the application "
                            "does not support this installation context.",
                        )
                    )
        return problems

    def offered(
        self,
        name: str,
        *,
        kind: int = 1,
        context: int = GUILD,
        installs: tuple[int, ...] = (GUILD_INSTALL,),
        guild: int | None = GUILD_ID,
        author: int = MEMBER_ID,
    ) -> dict[str, str] | None:
        """Whether Discord offers command ``name`` (of type ``kind``) to a member there: the
        interaction's ``authorizing_integration_owners`` if so, else None.

        ``installs``: how the app reached the member there (0: the server added it, 1: the
        member added it to their account). A server's own commands exist only in that server
        and only through its installation; a global command is offered where its ``contexts``
        (default: all) include ``context`` and through the installations its
        ``integration_types`` (default: the application's) name. Documented by Discord under
        "Authorizing Integration Owners Object": key 0 is the server's id (or "0" in the bot's
        DM), key 1 the member's id.
        """
        if context == GUILD and guild is not None and GUILD_INSTALL in installs:
            for cmd in self.commands.get(guild, []):
                if cmd["name"] == name and cmd["type"] == kind:
                    return {"0": str(guild)}
        for cmd in self.commands.get(None, []):
            if cmd["name"] != name or cmd["type"] != kind:
                continue
            if context not in (cmd.get("contexts") or (GUILD, BOT_DM, PRIVATE_CHANNEL)):
                return None
            types = cmd.get("integration_types") or self.installs
            owners = {}
            if GUILD_INSTALL in installs and GUILD_INSTALL in types and context != PRIVATE_CHANNEL:
                owners["0"] = str(guild) if context == GUILD else "0"
            if USER_INSTALL in installs and USER_INSTALL in types:
                owners["1"] = str(author)
            return owners or None
        return None

    def _command(self, cmd: dict[str, Any]) -> dict[str, Any]:
        out = {
            "id": self.snowflake(),
            "application_id": str(APP_ID),
            "version": self.snowflake(),
            "type": cmd.get("type", 1),
            "name": cmd["name"],
            "description": cmd.get("description", ""),
            "options": cmd.get("options", []),
            "default_member_permissions": cmd.get("default_member_permissions"),
            "nsfw": cmd.get("nsfw", False),
        }
        for key in ("contexts", "integration_types", "dm_permission"):
            if key in cmd:
                out[key] = cmd[key]
        return out

    def _remember(self, mid: str, channel: str, payload: dict[str, Any] | None) -> None:
        self.messages[mid] = (channel, payload)
        while len(self.messages) > self.max_messages:
            old, _ = self.messages.popitem(last=False)
            self.deleted.discard(old)

    def _message(
        self, channel_id: int, body: dict[str, Any], files: list[Upload] | None = None
    ) -> dict[str, Any]:
        attachments = [
            {
                "id": self.snowflake(),
                "filename": f.filename,
                "size": len(f.data),
                "url": f"https://cdn.example.invalid/attachments/{channel_id}/{f.filename}",
                "proxy_url": f"https://media.example.invalid/attachments/{f.filename}",
                "content_type": f.content_type,
            }
            for f in files or []
        ]
        msg = {
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
            "attachments": attachments,
            "embeds": body.get("embeds") or [],
            "components": body.get("components") or [],
            "pinned": False,
            "type": 19 if body.get("message_reference") else 0,
            "flags": body.get("flags", 0),
        }
        self._remember(msg["id"], str(channel_id), msg)
        return msg

    def message_with(self, custom_id: str) -> dict[str, Any] | None:
        """The newest bot message carrying a component with this custom id."""
        for _channel, payload in reversed(self.messages.values()):
            if payload is not None and _has_custom_id(payload.get("components") or [], custom_id):
                return payload
        return None

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
                if "presence" in data["d"]:
                    self._presence(data["d"]["presence"])
                await self._ready()
            elif op == 3:
                self._presence(data.get("d"))
            elif op == 6:
                self.resumes.append(data["d"])
                await self.dispatch("RESUMED", {})
                self.connected.set()
        return ws

    def _presence(self, data: Any) -> None:
        """An Update Presence payload (op 3, or an IDENTIFY's presence), checked like Discord;
        a bad one is listed in ``refused`` (the harness fails the test)."""
        problems = discordspec.presence(data)
        if problems:
            req = Request("GATEWAY", "op 3 presence update", {}, data, received=self.now())
            req.status, req.answer = 4002, [str(p) for p in problems]
            self.refused.append(req)
            return
        self.presences.append(discordspec.shown_presence(data))

    async def _ready(self) -> None:
        identify = self.identifies[-1] if self.identifies else {}
        ready: dict[str, Any] = {
            "v": 10,
            "user": BOT_USER,
            "guilds": [{"id": str(g), "unavailable": True} for g in self.guilds_for(identify)],
            "session_id": self.session_id,
            "resume_gateway_url": f"ws://127.0.0.1:{self.port}/gateway",
            "application": {"id": str(APP_ID), "flags": 0},
            "private_channels": [],
            "relationships": [],
        }
        if "shard" in identify:  # Discord names the shard to a client that identified with one
            ready["shard"] = identify["shard"]
        await self.dispatch("READY", ready)
        for gid in self.guilds_for(identify):
            await self.dispatch("GUILD_CREATE", self.guild(gid))
        self.connected.set()

    def guilds_for(self, identify: dict[str, Any]) -> list[int]:
        """The servers a connection gets: a shard only its own, as Discord routes them
        ((id >> 22) % shard count), except the first server, which every shard gets (the
        tests drive it through any process)."""
        shard = identify.get("shard")
        if not shard:
            return list(self.guild_ids)
        index, count = shard
        return [g for g in self.guild_ids if g == GUILD_ID or (g >> 22) % count == index]

    def guild(self, gid: int = GUILD_ID) -> dict[str, Any]:
        channel = {
            "id": str(channel_of(gid)),
            "type": 0,
            "name": "general",
            "position": 0,
            "permission_overwrites": [],
            "guild_id": str(gid),
            "nsfw": False,
        }
        mod_log = {**channel, "id": str(MOD_LOG_ID if gid == GUILD_ID else gid + 2)}
        mod_log.update(name="mod-log", position=1)
        everyone = {
            "id": str(gid),
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
            "id": str(gid),
            "name": "Test Server" if gid == GUILD_ID else f"Server {gid % 1000}",
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
            "preferred_locale": self.locales.get(gid, "en-US"),
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
        deleted: bool = False,
    ) -> str:
        """A member's message; returns its id. ``deleted``: the member deletes it at once."""
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
        self._remember(mid, data["channel_id"], None)
        self.member_messages[mid] = data
        while len(self.member_messages) > self.max_messages:
            self.member_messages.popitem(last=False)
        if deleted:
            self.deleted.add(mid)
        await self.dispatch("MESSAGE_CREATE", data)
        return mid

    async def delete(self, mid: str) -> None:
        """A member deletes their message (Discord then refuses replies that must exist)."""
        channel, _ = self.messages[mid]
        self.deleted.add(mid)
        await self.dispatch(
            "MESSAGE_DELETE", {"id": mid, "channel_id": channel, "guild_id": str(GUILD_ID)}
        )

    async def interaction(
        self,
        itype: int,
        data: dict[str, Any],
        *,
        author: int = MEMBER_ID,
        roles: tuple[int, ...] = (),
        permissions: int = 0,
        channel: int | None = None,
        message: dict[str, Any] | None = None,
        locale: str = "en-US",
        guild: int = GUILD_ID,
        context: int = GUILD,
        owners: dict[str, str] | None = None,
    ) -> str:
        """An interaction (2 command, 3 button, 4 autocomplete, 5 modal); returns its id.

        ``context``: in a server (0, ``guild``), the bot's DM (1) or a group DM (2), as
        Discord sends each: a ``member`` in a server, a ``user`` and a DM channel elsewhere.
        ``owners``: its ``authorizing_integration_owners`` (default: the server's install, or
        the bot's DM through it). Its token takes one initial response within
        ``interaction_deadline`` seconds.
        """
        iid, token = self.open_interaction(itype)
        payload: dict[str, Any] = {
            "id": iid,
            "application_id": str(APP_ID),
            "type": itype,
            "data": data,
            "token": token,
            "version": 1,
            "locale": locale,
            "entitlements": [],
            "attachment_size_limit": discordspec.ATTACHMENT_SIZE_MAX,
            "context": context,
        }
        if context == GUILD:
            channel = channel_of(guild) if channel is None else channel
            member = self.member(author, roles)
            member["permissions"] = str(permissions or MEMBER_PERMISSIONS.value)
            payload.update(
                guild_id=str(guild),
                channel={
                    "id": str(channel),
                    "type": 0,
                    "guild_id": str(guild),
                    "name": "general",
                    "position": 0,
                    "permission_overwrites": [],
                },
                channel_id=str(channel),
                member=member,
                app_permissions=str(self.permissions_in(guild).value),
                guild_locale=self.locales.get(guild, "en-US"),
                authorizing_integration_owners=owners or {"0": str(guild)},
            )
            if guild not in self.guild_ids:  # the bot is not in it: Discord names it in brief
                payload["guild"] = {"id": str(guild), "locale": "en-US", "features": []}
                payload["app_permissions"] = str(MEMBER_PERMISSIONS.value)
        else:
            dm = context == BOT_DM
            channel = (DM_CHANNEL_ID if dm else GROUP_DM_ID) if channel is None else channel
            # The bot's DM lists the member; a group DM its members (the bot is not one).
            members = [user(author, f"user{author % 1000}")]
            if not dm:
                members += [user(author + 1, "friend"), user(author + 2, "friend2")]
            raw: dict[str, Any] = {
                "id": str(channel),
                "type": 1 if dm else 3,
                "recipients": members,
            }
            if not dm:
                raw.update(name="friends", owner_id=str(author), icon=None)
            payload.update(
                user=user(author, f"user{author % 1000}"),
                channel=raw,
                channel_id=str(channel),
                app_permissions=str((DM_APP_PERMISSIONS if dm else GROUP_DM_APP_PERMISSIONS).value),
                authorizing_integration_owners=owners or {"0": "0"},
            )
        if message is not None:
            payload["message"] = message
            self.interactions[iid].message = str(message["id"])
        await self.dispatch("INTERACTION_CREATE", payload)
        return iid

    def open_interaction(self, itype: int) -> tuple[str, str]:
        """Register an interaction (its id and token) as Discord does when one is created."""
        iid = self.snowflake()
        token = f"token-{iid}"
        self.interactions[iid] = _Interaction(token, self.now(), itype)
        self._by_token[token] = iid
        while len(self.interactions) > self.max_messages:
            _old, state = self.interactions.popitem(last=False)
            self._by_token.pop(state.token, None)
        return iid, token

    async def command(
        self,
        name: str,
        options: list[dict[str, Any]] | None = None,
        *,
        installs: tuple[int, ...] | None = None,
        **kw: Any,
    ) -> str:
        """A member runs /``name``. With ``installs`` (how the app reached the member there:
        0 the server's installation, 1 their own), only where Discord would offer it (asserted),
        with the ``authorizing_integration_owners`` Discord would send; without, as a server
        member of GUILD_ID through the server's installation (unchecked: tests of commands
        that are not registered use that)."""
        data: dict[str, Any] = {
            "id": self.snowflake(),
            "name": name,
            "type": 1,
            "options": options or [],
        }
        if installs is None:
            if name in self.guild_commands.get(GUILD_ID, set()):
                data["guild_id"] = str(GUILD_ID)  # Discord names the server of a server command
            return await self.interaction(2, data, **kw)
        context = kw.get("context", GUILD)
        guild = kw.get("guild", GUILD_ID) if context == GUILD else None
        author = kw.get("author", MEMBER_ID)
        owners = self.offered(name, context=context, installs=installs, guild=guild, author=author)
        assert owners is not None, f"Discord offers no /{name} there ({context=}, {installs=})"
        if guild is not None and name in self.guild_commands.get(guild, set()) and "0" in owners:
            data["guild_id"] = str(guild)
        return await self.interaction(2, data, owners=owners, **kw)

    async def message_command(self, name: str, target: str, **kw: Any) -> str:
        """A member picks Apps → ``name`` on message ``target`` (a member's message, by id):
        Discord sends the message in the interaction's resolved data."""
        message = self.member_messages.get(target)
        assert message is not None, f"no member message {target}"
        # Discord offers only the menus registered there (the dev server's sync, in tests).
        assert name in self.guild_commands.get(GUILD_ID, set()), f"no menu {name!r} synced"
        data: dict[str, Any] = {
            "id": self.snowflake(),
            "name": name,
            "type": 3,
            "target_id": target,
            "resolved": {"messages": {target: message}},
        }
        if name in self.guild_commands.get(GUILD_ID, set()):
            data["guild_id"] = str(GUILD_ID)
        return await self.interaction(2, data, **kw)

    async def callback(self, iid: str, timeout: float = 5.0) -> dict[str, Any]:
        """The bot's response to interaction ``iid``."""
        found = await self.wait_for("POST", f"/interactions/{iid}/", timeout=timeout)
        body = found[-1].body
        assert isinstance(body, dict), body
        return body


def _install_params(kind: int) -> dict[str, Any]:
    """The default install link's scopes per installation context (Developer Portal)."""
    if kind == GUILD_INSTALL:
        return {"scopes": ["applications.commands", "bot"], "permissions": "0"}
    return {"scopes": ["applications.commands"], "permissions": "0"}


async def _read_body(request: web.Request) -> tuple[Any, list[Upload]]:
    """The JSON body of a request (a multipart one's ``payload_json``; None when empty) and
    a multipart request's file parts.

    Discord takes JSON only as application/json or in multipart/form-data: any other
    Content-Type, or malformed JSON, is refused like Discord does (50109).
    """
    if request.content_type.startswith("multipart/"):
        reader = await request.multipart()
        body: Any = None
        files: list[Upload] = []
        async for part in reader:
            if not isinstance(part, aiohttp.BodyPartReader):
                raise ValueError("The request body contains a nested multipart part.")
            if part.name == "payload_json":
                body = _loads(await part.read())
            else:
                data = bytes(await part.read())
                kind = part.headers.get("Content-Type", "application/octet-stream")
                files.append(Upload(part.name or "", part.filename, kind, data))
        return body, files
    raw = await request.read()
    if not raw:
        return None, []
    if request.content_type != "application/json":
        raise ValueError(f"The request body contains invalid JSON (as {request.content_type}).")
    return _loads(raw), []


def _loads(raw: bytes | bytearray) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        raise ValueError("The request body contains invalid JSON.") from None


def _has_custom_id(components: list[dict[str, Any]], custom_id: str) -> bool:
    for c in components:
        if c.get("custom_id") == custom_id:
            return True
        if _has_custom_id(c.get("components") or [], custom_id):
            return True
    return False


def reply_to(request: Request) -> str | None:
    """The id of the message a bot reply answers, if any."""
    body = request.body if isinstance(request.body, dict) else {}
    ref = body.get("message_reference") or {}
    value = ref.get("message_id")
    return None if value is None else str(value)


async def press(
    fake: FakeDiscord, custom_id: str, values: list[str] | None = None, **kw: Any
) -> str:
    """A member clicks a button (or picks ``values`` in a select menu); returns the id.

    Like Discord, the interaction carries the message the component is on: the newest bot
    message with that custom id, or (for one the fake never saw, e.g. sent before a restart)
    a message holding just that component.
    """
    data: dict[str, Any] = {"custom_id": custom_id, "component_type": 2}
    if values is not None:
        data.update(component_type=3, values=values)
    message = fake.message_with(custom_id)
    if message is None:
        component: dict[str, Any] = {"type": 2, "style": 2, "custom_id": custom_id, "label": "…"}
        if values is not None:
            options = [{"label": v, "value": v} for v in values]
            component = {"type": 3, "custom_id": custom_id, "options": options}
        message = fake._message(
            CHANNEL_ID, {"components": [{"type": 1, "components": [component]}]}
        )
    return await fake.interaction(3, data, message=message, **kw)


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


async def notify_command(
    fake: FakeDiscord, guild: int, *, permissions: discord.Permissions, **options: Any
) -> str:
    """/wic notify in ``guild`` (``channel`` is the id of the channel picked, resolved as
    Discord resolves it; ``events``/``off`` booleans); returns the interaction id."""
    opts: list[dict[str, Any]] = []
    data: dict[str, Any] = {"id": fake.snowflake(), "name": "wic", "type": 1}
    if "channel" in options:
        channel = options.pop("channel")
        opts.append({"name": "channel", "type": 7, "value": str(channel)})
        resolved = {
            "id": str(channel),
            "type": 0,
            "name": "general",
            "permissions": str(discord.Permissions.all().value),
            "guild_id": str(guild),
        }
        data["resolved"] = {"channels": {str(channel): resolved}}
    opts += [{"name": k, "type": 5, "value": v} for k, v in options.items()]
    data["options"] = [{"name": "notify", "type": 1, "options": opts}]
    return await fake.interaction(2, data, guild=guild, permissions=permissions.value)
