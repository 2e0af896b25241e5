"""Discord's rules for request bodies: the official OpenAPI description plus documented limits.

``check(method, path, body)`` returns the problems Discord would report, each as a field path
and an error (code, message), and ``invalid_form_body`` turns them into Discord's 50035 error
body. The OpenAPI description (``tests/discord_api_spec/openapi.json``, MIT) is validated with
``jsonschema``; the limits it does not encode (content 2,000, embed totals, component counts,
autocomplete choices, modal sizes, command names) come from Discord's developer documentation:
https://discord.com/developers/docs/resources/message#embed-object-embed-limits,
https://discord.com/developers/docs/components/reference,
https://discord.com/developers/docs/interactions/application-commands.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parent / "discord_api_spec" / "openapi.json"
URN = "urn:discord-api-spec"

# Documented limits the OpenAPI description does not encode.
CONTENT_MAX = 2000
EMBEDS_MAX = 10
EMBED_TITLE_MAX = 256
EMBED_DESCRIPTION_MAX = 4096
EMBED_FIELDS_MAX = 25
EMBED_FIELD_NAME_MAX = 256
EMBED_FIELD_VALUE_MAX = 1024
EMBED_FOOTER_MAX = 2048
EMBED_AUTHOR_MAX = 256
EMBED_TOTAL_MAX = 6000
ACTION_ROWS_MAX = 5
BUTTONS_PER_ROW_MAX = 5
CUSTOM_ID_MAX = 100
BUTTON_LABEL_MAX = 80
SELECT_OPTIONS_MAX = 25
SELECT_OPTION_TEXT_MAX = 100
SELECT_PLACEHOLDER_MAX = 150
CHOICES_MAX = 25
CHOICE_TEXT_MAX = 100
MODAL_COMPONENTS_MAX = 5
MODAL_TITLE_MAX = 45
TEXT_INPUT_LABEL_MAX = 45
TEXT_INPUT_VALUE_MAX = 4000
EVENT_NAME_MAX = 100  # Scheduled Events
EVENT_DESCRIPTION_MAX = 1000
EVENT_LOCATION_MAX = 100
ATTACHMENTS_MAX = 10  # files[0] … files[9]
ATTACHMENT_SIZE_MAX = 8 * 1024 * 1024  # the attachment_size_limit interactions announce
# Command and option names: ^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$ with the unicode flag
# (application-commands#application-command-object-application-command-naming). Python's \w is
# \p{L}, \p{N} and "_", but lacks the Devanagari and Thai vowel signs (marks, not letters):
# those two scripts are added by their Unicode blocks.
COMMAND_NAME = re.compile(
    r"^[-_'\w\u0900-\u097F\uA8E0-\uA8FF\U00011B00-\U00011B5F\u0E00-\u0E7F]{1,32}$"
)
COMMAND_DESCRIPTION_MAX = 100
COMMAND_OPTIONS_MAX = 25
COMMAND_TOTAL_MAX = 4000
MENU_NAME_MAX = 32  # user and message commands: mixed case and spaces allowed
MENUS_PER_TYPE_MAX = 5  # message (and user) commands per scope
ACTIVITY_TYPES = frozenset({0, 1, 2, 3, 4, 5})  # playing … competing
BOT_ACTIVITY_KEYS = frozenset({"name", "state", "type", "url"})  # what Discord applies
# The activity object's other fields: Discord ignores them from a bot (discord.py sends
# flags and buttons empty); any key outside the object is refused.
ACTIVITY_KEYS = BOT_ACTIVITY_KEYS | frozenset(
    {
        "created_at",
        "timestamps",
        "application_id",
        "details",
        "emoji",
        "party",
        "assets",
        "secrets",
        "instance",
        "flags",
        "buttons",
        "status_display_type",
        "details_url",
        "state_url",
    }
)
STATUSES = frozenset({"online", "dnd", "idle", "invisible", "offline"})

# Interaction callback types and the schema each must follow (the spec's anyOf by type).
CALLBACK_SCHEMAS = {
    1: "PongInteractionCallbackRequest",
    4: "CreateMessageInteractionCallbackRequest",
    5: "CreateMessageInteractionCallbackRequest",
    6: "UpdateMessageInteractionCallbackRequest",
    7: "UpdateMessageInteractionCallbackRequest",
    8: "ApplicationCommandAutocompleteCallbackRequest",
    9: "ModalInteractionCallbackRequest",
    12: "LaunchActivityInteractionCallbackRequest",
}


@dataclass(frozen=True)
class Problem:
    """One refused field: where (a path into the body), Discord's error code and message."""

    path: tuple[str | int, ...]
    code: str
    message: str

    def __str__(self) -> str:
        where = ".".join(str(p) for p in self.path) or "(body)"
        return f"{where}: {self.code} {self.message}"


# --- the OpenAPI description -------------------------------------------------------------------


@functools.cache
def spec() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    # The description types snowflakes as strings, but Discord also takes them as JSON
    # integers (discord.py sends message_reference ids that way): accept both.
    schemas = data["components"]["schemas"]
    schemas["SnowflakeType"] = {
        "anyOf": [schemas["SnowflakeType"], {"type": "integer", "minimum": 0}]
    }
    return data


@functools.cache
def _registry() -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(spec(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(URN, resource)
    return registry


def well_formed_url(value: object) -> bool:
    """What Discord takes as a URL: a scheme, a host for web URLs, no spaces or controls."""
    if not isinstance(value, str):
        return True  # the type is checked elsewhere
    if not value or any(c.isspace() or unicodedata.category(c) == "Cc" for c in value):
        return False
    try:
        parts = urllib.parse.urlsplit(value)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        return False
    if not re.fullmatch(r"[a-zA-Z][a-zA-Z0-9+.-]*", parts.scheme):
        return False
    if parts.scheme.lower() in ("http", "https"):
        return bool(parts.hostname)
    return bool(parts.netloc or parts.path)


_FORMATS = FormatChecker(formats=())
_FORMATS.checks("uri")(well_formed_url)  # the spec marks every URL field "format": "uri"


@functools.cache
def _validator(pointer: str) -> Draft202012Validator:
    return Draft202012Validator(
        {"$ref": f"{URN}#{pointer}"}, registry=_registry(), format_checker=_FORMATS
    )


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


@functools.cache
def _routes() -> list[tuple[re.Pattern[str], str]]:
    """(regex for the concrete path, the spec's path template), most specific first."""
    out = []
    for template in spec()["paths"]:
        regex = re.sub(r"\\\{[a-z_]+\\\}", "[^/]+", re.escape(template))
        out.append((re.compile(f"^{regex}$"), template))
    # Literal segments beat parameters: "/messages/@original" before "/messages/{message_id}".
    out.sort(key=lambda rt: rt[1].count("{"))
    return out


def route_template(path: str) -> str | None:
    """The spec's path template matching a concrete path, e.g. /channels/{channel_id}/messages."""
    for regex, template in _routes():
        if regex.match(path):
            return template
    return None


def operation(method: str, path: str) -> dict[str, Any] | None:
    template = route_template(path)
    if template is None:
        return None
    op: dict[str, Any] | None = spec()["paths"][template].get(method.lower())
    return op


def _schema_errors(method: str, path: str, body: Any) -> list[Problem]:
    template = route_template(path)
    if template is None:
        return [Problem((), "UNKNOWN_ROUTE", f"no route {method} {path} in the spec")]
    op = spec()["paths"][template].get(method.lower())
    if op is None:
        return [Problem((), "METHOD_NOT_ALLOWED", f"{method} is not allowed on {template}")]
    if "requestBody" not in op:
        return []
    pointer = (
        f"/paths/{_escape(template)}/{method.lower()}/requestBody/content/"
        f"{_escape('application/json')}/schema"
    )
    if template.endswith("/callback") and isinstance(body, dict):
        name = CALLBACK_SCHEMAS.get(body.get("type"))  # type: ignore[arg-type]
        if name is None:
            return [Problem(("type",), "BASE_TYPE_CHOICES", "Value must be one of the types.")]
        pointer = f"/components/schemas/{name}"
    validator = _validator(pointer)
    errors = list(validator.iter_errors(body))
    if not errors:
        return []
    out = []
    for error in errors:
        best = best_match([error]) if error.context else error
        out.append(_problem(best))
    return out


def _problem(error: ValidationError) -> Problem:
    path = tuple(error.absolute_path)
    codes = {
        "maxLength": "BASE_TYPE_MAX_LENGTH",
        "minLength": "BASE_TYPE_MIN_LENGTH",
        "maxItems": "BASE_TYPE_MAX_LENGTH",
        "minItems": "BASE_TYPE_MIN_LENGTH",
        "required": "BASE_TYPE_REQUIRED",
        "enum": "BASE_TYPE_CHOICES",
        "type": "BASE_TYPE_BAD_TYPE",
    }
    if error.validator == "format" and error.validator_value == "uri":
        return Problem(path, "URL_TYPE_INVALID_URL", "Not a well formed URL.")
    return Problem(path, codes.get(str(error.validator), "BASE_TYPE_INVALID"), error.message)


# --- documented limits -------------------------------------------------------------------------


def _too_long(path: tuple[str | int, ...], value: Any, limit: int) -> Iterator[Problem]:
    if isinstance(value, str) and len(value) > limit:
        yield Problem(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")


def _too_many(path: tuple[str | int, ...], items: Any, limit: int) -> Iterator[Problem]:
    if isinstance(items, list) and len(items) > limit:
        yield Problem(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")


WEB = ("http", "https")
MEDIA = ("http", "https", "attachment")
BUTTON_LINK = ("http", "https", "discord")


def _scheme(path: tuple[str | int, ...], url: Any, schemes: tuple[str, ...]) -> Iterator[Problem]:
    """A well-formed URL of a scheme the field does not take (the schema checked the form)."""
    if not isinstance(url, str) or not well_formed_url(url):
        return
    scheme = urllib.parse.urlsplit(url).scheme
    if scheme.lower() not in schemes:
        yield Problem(
            path,
            "URL_TYPE_INVALID_SCHEME",
            f'Scheme "{scheme}" is not supported. Scheme must be one of {schemes}.',
        )


def _embeds(path: tuple[str | int, ...], embeds: Any) -> Iterator[Problem]:
    if not isinstance(embeds, list):
        return
    yield from _too_many(path, embeds, EMBEDS_MAX)
    total = 0
    for i, embed in enumerate(embeds):
        if not isinstance(embed, dict):
            continue
        at = (*path, i)
        yield from _too_long((*at, "title"), embed.get("title"), EMBED_TITLE_MAX)
        yield from _too_long((*at, "description"), embed.get("description"), EMBED_DESCRIPTION_MAX)
        footer = embed.get("footer") or {}
        author = embed.get("author") or {}
        yield from _too_long((*at, "footer", "text"), footer.get("text"), EMBED_FOOTER_MAX)
        yield from _too_long((*at, "author", "name"), author.get("name"), EMBED_AUTHOR_MAX)
        for where, url, schemes in (
            (("url",), embed.get("url"), WEB),
            (("author", "url"), author.get("url"), WEB),
            (("author", "icon_url"), author.get("icon_url"), MEDIA),
            (("footer", "icon_url"), footer.get("icon_url"), MEDIA),
            (("image", "url"), (embed.get("image") or {}).get("url"), MEDIA),
            (("thumbnail", "url"), (embed.get("thumbnail") or {}).get("url"), MEDIA),
        ):
            yield from _scheme((*at, *where), url, schemes)
        fields = embed.get("fields") or []
        yield from _too_many((*at, "fields"), fields, EMBED_FIELDS_MAX)
        for j, f in enumerate(fields):
            name, value = f.get("name"), f.get("value")
            for key, text, limit in (
                ("name", name, EMBED_FIELD_NAME_MAX),
                ("value", value, EMBED_FIELD_VALUE_MAX),
            ):
                if not text:
                    yield Problem(
                        (*at, "fields", j, key), "BASE_TYPE_REQUIRED", "This field is required"
                    )
                yield from _too_long((*at, "fields", j, key), text, limit)
            total += len(name or "") + len(value or "")
        for text in (embed.get("title"), embed.get("description"), footer.get("text")):
            total += len(text or "")
        total += len(author.get("name") or "")
    if total > EMBED_TOTAL_MAX:
        yield Problem(
            path,
            "MAX_EMBED_SIZE_EXCEEDED",
            f"Embed size exceeds maximum size of {EMBED_TOTAL_MAX}",
        )


def _components(path: tuple[str | int, ...], rows: Any, *, modal: bool) -> Iterator[Problem]:
    if not isinstance(rows, list):
        return
    yield from _too_many(path, rows, MODAL_COMPONENTS_MAX if modal else ACTION_ROWS_MAX)
    seen: set[str] = set()
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            continue
        children = row.get("components")
        if row.get("type") == 18 and isinstance(row.get("component"), dict):  # a modal label
            yield from _too_long((*path, i, "label"), row.get("label"), TEXT_INPUT_LABEL_MAX)
            children = [row["component"]]
            child_path: tuple[str | int, ...] = (*path, i, "component")
            items = [(child_path, children[0])]
        else:
            items = [((*path, i, "components", j), c) for j, c in enumerate(children or [])]
            if row.get("type") == 1:
                buttons = [c for c in children or [] if c.get("type") == 2]
                selects = [c for c in children or [] if c.get("type") in (3, 5, 6, 7, 8)]
                if len(buttons) > BUTTONS_PER_ROW_MAX or (selects and len(children or []) > 1):
                    yield Problem(
                        (*path, i, "components"),
                        "BASE_TYPE_MAX_LENGTH",
                        "An action row holds up to 5 buttons or one select menu.",
                    )
        for at, item in items:
            yield from _component(at, item, seen)


def _component(at: tuple[str | int, ...], c: dict[str, Any], seen: set[str]) -> Iterator[Problem]:
    custom_id = c.get("custom_id")
    yield from _too_long((*at, "custom_id"), custom_id, CUSTOM_ID_MAX)
    if isinstance(custom_id, str):
        if custom_id in seen:
            yield Problem(
                (*at, "custom_id"),
                "COMPONENT_CUSTOM_ID_DUPLICATED",
                "Component custom id cannot be duplicated",
            )
        seen.add(custom_id)
    kind = c.get("type")
    if kind == 2:
        yield from _button(at, c)
    elif kind in (3, 5, 6, 7, 8):
        yield from _too_long((*at, "placeholder"), c.get("placeholder"), SELECT_PLACEHOLDER_MAX)
        options = c.get("options") or []
        yield from _too_many((*at, "options"), options, SELECT_OPTIONS_MAX)
        for k, option in enumerate(options):
            for key in ("label", "value", "description"):
                yield from _too_long(
                    (*at, "options", k, key), option.get(key), SELECT_OPTION_TEXT_MAX
                )
    elif kind == 4:
        yield from _too_long((*at, "label"), c.get("label"), TEXT_INPUT_LABEL_MAX)
        yield from _too_long((*at, "value"), c.get("value"), TEXT_INPUT_VALUE_MAX)


def _button(at: tuple[str | int, ...], c: dict[str, Any]) -> Iterator[Problem]:
    """Link buttons (style 5) take a url and no custom_id; premium ones (6) an sku_id only;
    the others a custom_id and no url (components/reference#button)."""
    yield from _too_long((*at, "label"), c.get("label"), BUTTON_LABEL_MAX)
    style, custom_id, url = c.get("style"), c.get("custom_id"), c.get("url")
    if style == 5:
        if not url:
            yield Problem((*at, "url"), "BASE_TYPE_REQUIRED", "A url is required")
        yield from _scheme((*at, "url"), url, BUTTON_LINK)
        if custom_id is not None:
            yield Problem(
                (*at, "custom_id"),
                "COMPONENT_INVALID_FIELD",
                "A custom id and url cannot both be specified",
            )
    elif style == 6:
        if not c.get("sku_id"):
            yield Problem((*at, "sku_id"), "BASE_TYPE_REQUIRED", "This field is required")
        for key in ("custom_id", "url"):
            if c.get(key) is not None:
                yield Problem(
                    (*at, key), "COMPONENT_INVALID_FIELD", f"A premium button has no {key}"
                )
    else:
        if not custom_id:
            yield Problem((*at, "custom_id"), "BASE_TYPE_REQUIRED", "This field is required")
        if url is not None:
            yield Problem(
                (*at, "url"),
                "COMPONENT_INVALID_FIELD",
                "A custom id and url cannot both be specified",
            )


def _allowed_mentions(path: tuple[str | int, ...], mentions: Any) -> Iterator[Problem]:
    """``parse: ["users"]`` with a ``users`` list (or roles with roles) is refused: the two
    are mutually exclusive (message#allowed-mentions-object); an empty list is fine."""
    if not isinstance(mentions, dict):
        return
    parse = mentions.get("parse") or []
    for kind in ("users", "roles"):
        if kind in parse and mentions.get(kind):
            yield Problem(
                path,
                "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                f'parse:["{kind}"] and {kind}: [ids...] are mutually exclusive.',
            )


def sends_nothing(method: str, path: str, body: Any) -> bool:
    """A new message (in a channel, a followup, or an interaction's reply) with nothing to show."""
    template = route_template(path) or ""
    if method.upper() != "POST" or not isinstance(body, dict):
        return False
    if template in ("/channels/{channel_id}/messages", "/webhooks/{webhook_id}/{webhook_token}"):
        return empty_message(body)
    if template.endswith("/callback") and body.get("type") == 4:
        return empty_message(body.get("data") or {})
    return False


def empty_message(body: Any) -> bool:
    """Nothing to show: no content (blank counts as none), embed, sticker, file or poll, and
    components only count in a components-v2 message (error 50006)."""
    if not isinstance(body, dict):
        return False
    content = body.get("content")
    if isinstance(content, str) and content.strip():
        return False
    if any(body.get(key) for key in ("embeds", "sticker_ids", "attachments", "poll")):
        return False
    v2 = int(body.get("flags") or 0) & (1 << 15)
    return not (v2 and body.get("components"))


def _message(path: tuple[str | int, ...], body: dict[str, Any]) -> Iterator[Problem]:
    yield from _too_long((*path, "content"), body.get("content"), CONTENT_MAX)
    yield from _allowed_mentions((*path, "allowed_mentions"), body.get("allowed_mentions"))
    yield from _embeds((*path, "embeds"), body.get("embeds"))
    yield from _components((*path, "components"), body.get("components"), modal=False)


def _commands(commands: Any) -> Iterator[Problem]:
    seen: dict[tuple[Any, str], int] = {}
    per_type: dict[Any, int] = {}
    for i, cmd in enumerate(commands if isinstance(commands, list) else []):
        yield from _command((i,), cmd, top=True)
        kind = cmd.get("type", 1)
        key = (kind, cmd.get("name", ""))
        if key in seen:
            yield Problem(
                (i, "name"),
                "APPLICATION_COMMANDS_DUPLICATE_NAME",
                "Application command names must be unique",
            )
        seen[key] = i
        per_type[kind] = per_type.get(kind, 0) + 1
        if kind in (2, 3) and per_type[kind] == MENUS_PER_TYPE_MAX + 1:
            yield Problem(
                (i,), "BASE_TYPE_MAX_LENGTH", "Maximum number of application commands reached (5)"
            )


@functools.cache
def locales() -> frozenset[str]:
    """The locales Discord knows (AvailableLocalesEnum)."""
    enum = spec()["components"]["schemas"]["AvailableLocalesEnum"]["oneOf"]
    return frozenset(item["const"] for item in enum)


def _localised(
    at: tuple[str | int, ...], values: Any, *, names: bool, slash: bool
) -> Iterator[Problem]:
    """name_localizations / description_localizations: known locales, and each name as valid
    in its locale as the default one (lower case where the script has case)."""
    for locale, text in (values or {}).items() if isinstance(values, dict) else ():
        if locale not in locales():
            yield Problem((*at, locale), "INVALID_LOCALE", f"Invalid locale {locale!r}")
        elif (
            names
            and slash
            and (not isinstance(text, str) or not COMMAND_NAME.match(text) or text != text.lower())
        ):
            yield Problem((*at, locale), "APPLICATION_COMMAND_INVALID_NAME", "Invalid command name")


def _command(at: tuple[str | int, ...], cmd: dict[str, Any], *, top: bool) -> Iterator[Problem]:
    name = cmd.get("name", "")
    slash = cmd.get("type", 1) == 1 or not top
    if slash and (not COMMAND_NAME.match(name) or name != name.lower()):
        yield Problem((*at, "name"), "APPLICATION_COMMAND_INVALID_NAME", "Invalid command name")
    where = (*at, "name_localizations")
    yield from _localised(where, cmd.get("name_localizations"), names=True, slash=slash)
    where = (*at, "description_localizations")
    yield from _localised(where, cmd.get("description_localizations"), names=False, slash=slash)
    description = cmd.get("description")
    if slash and not (isinstance(description, str) and len(description) >= 1):
        yield Problem((*at, "description"), "BASE_TYPE_REQUIRED", "This field is required")
    if not slash:
        yield from _menu(at, cmd)
    yield from _too_long((*at, "description"), description, COMMAND_DESCRIPTION_MAX)
    options = cmd.get("options") or []
    yield from _too_many((*at, "options"), options, COMMAND_OPTIONS_MAX)
    for j, option in enumerate(options):
        yield from _command((*at, "options", j), option, top=False)
        choices = option.get("choices") or []
        yield from _too_many((*at, "options", j, "choices"), choices, CHOICES_MAX)
        for k, choice in enumerate(choices):
            yield from _choice((*at, "options", j, "choices", k), choice)
            where = (*at, "options", j, "choices", k, "name_localizations")
            yield from _localised(where, choice.get("name_localizations"), names=False, slash=False)
    if top and _command_size(cmd) > COMMAND_TOTAL_MAX:
        yield Problem(at, "APPLICATION_COMMAND_TOO_LARGE", "Command exceeds maximum size (4000)")


def _menu(at: tuple[str | int, ...], cmd: dict[str, Any]) -> Iterator[Problem]:
    """A user or message command (right-click → Apps): a name of 1-32 characters, where
    capitals and spaces are allowed; no description (an empty one at most) and no options."""
    name = cmd.get("name")
    if not isinstance(name, str) or not 1 <= len(name) <= MENU_NAME_MAX or not name.strip():
        yield Problem((*at, "name"), "APPLICATION_COMMAND_INVALID_NAME", "Invalid command name")
    if cmd.get("description"):
        yield Problem(
            (*at, "description"),
            "APPLICATION_COMMAND_INVALID_DESCRIPTION",
            "Context menu commands cannot have a description",
        )
    if cmd.get("options"):
        yield Problem(
            (*at, "options"),
            "APPLICATION_COMMAND_OPTIONS_INVALID",
            "Context menu commands cannot have options",
        )


def presence(data: Any) -> list[Problem]:
    """A gateway Update Presence (op 3) payload's problems: since, activities, status and afk
    are all required; an activity is Discord's activity object with a type and a name.
    https://discord.com/developers/docs/events/gateway-events#update-presence"""
    if not isinstance(data, dict):
        return [Problem((), "BASE_TYPE_BAD_TYPE", "Presence must be an object")]
    out: list[Problem] = []
    for key in ("since", "activities", "status", "afk"):
        if key not in data:
            out.append(Problem((key,), "BASE_TYPE_REQUIRED", "This field is required"))
    since = data.get("since")
    # Unix time in ms; discord.py sends 0.0, which Discord takes.
    if since is not None and (not isinstance(since, int | float) or isinstance(since, bool)):
        out.append(Problem(("since",), "BASE_TYPE_BAD_TYPE", "Must be a number or null"))
    if data.get("status") not in STATUSES:
        out.append(Problem(("status",), "BASE_TYPE_CHOICES", f"Must be one of {sorted(STATUSES)}"))
    if "afk" in data and not isinstance(data["afk"], bool):
        out.append(Problem(("afk",), "BASE_TYPE_BAD_TYPE", "Must be a boolean"))
    activities = data.get("activities")
    if not isinstance(activities, list):
        activities = []
        if "activities" in data:
            out.append(Problem(("activities",), "BASE_TYPE_BAD_TYPE", "Must be an array"))
    for i, activity in enumerate(activities):
        at: tuple[str | int, ...] = ("activities", i)
        if not isinstance(activity, dict):
            out.append(Problem(at, "BASE_TYPE_BAD_TYPE", "Must be an object"))
            continue
        extra = sorted(set(activity) - ACTIVITY_KEYS)
        if extra:
            out.append(Problem(at, "BASE_TYPE_INVALID", f"Unknown activity fields {extra}"))
        if activity.get("type") not in ACTIVITY_TYPES:
            out.append(Problem((*at, "type"), "BASE_TYPE_CHOICES", "Invalid activity type"))
        name = activity.get("name")
        if not isinstance(name, str) or not name:
            out.append(Problem((*at, "name"), "BASE_TYPE_REQUIRED", "This field is required"))
        if "url" in activity and activity.get("type") != 1:
            out.append(Problem((*at, "url"), "BASE_TYPE_INVALID", "Only streaming has a url"))
    return out


def shown_presence(data: dict[str, Any]) -> dict[str, Any]:
    """What Discord shows of a bot's valid presence: its activities' name, state, type, url."""
    activities = [
        {k: v for k, v in a.items() if k in BOT_ACTIVITY_KEYS} for a in data["activities"]
    ]
    return {**data, "activities": activities}


def _command_size(cmd: dict[str, Any]) -> int:
    size = len(cmd.get("name", "")) + len(cmd.get("description", "") or "")
    for option in cmd.get("options") or []:
        size += _command_size(option)
        for choice in option.get("choices") or []:
            size += len(str(choice.get("name", ""))) + len(str(choice.get("value", "")))
    return size


def _choice(at: tuple[str | int, ...], choice: dict[str, Any]) -> Iterator[Problem]:
    name = choice.get("name")
    if not isinstance(name, str) or not 1 <= len(name) <= CHOICE_TEXT_MAX:
        yield Problem((*at, "name"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
    yield from _too_long((*at, "value"), choice.get("value"), CHOICE_TEXT_MAX)


def _callback(body: dict[str, Any]) -> Iterator[Problem]:
    data = body.get("data") or {}
    kind = body.get("type")
    if kind in (4, 7):
        yield from _message(("data",), data)
    elif kind == 8:
        choices = data.get("choices") or []
        yield from _too_many(("data", "choices"), choices, CHOICES_MAX)
        for k, choice in enumerate(choices):
            yield from _choice(("data", "choices", k), choice)
    elif kind == 9:
        yield from _too_long(("data", "title"), data.get("title"), MODAL_TITLE_MAX)
        yield from _components(("data", "components"), data.get("components"), modal=True)


def _when(value: Any) -> dt.datetime | None:
    """An ISO 8601 time with its offset, as Discord requires; None if it is not one."""
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _scheduled_event(body: dict[str, Any], method: str) -> Iterator[Problem]:
    """A Scheduled Event's documented limits: name 1–100, description ≤ 1,000, an external
    event's location 1–100 and end time, times ISO 8601, the start in the future, the end
    after it."""
    name = body.get("name")
    wants_name = method == "POST" or "name" in body
    if wants_name and (not isinstance(name, str) or not 1 <= len(name) <= EVENT_NAME_MAX):
        yield Problem(("name",), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
    yield from _too_long(("description",), body.get("description"), EVENT_DESCRIPTION_MAX)
    start = _when(body.get("scheduled_start_time"))
    end = _when(body.get("scheduled_end_time"))
    for key, parsed in (("scheduled_start_time", start), ("scheduled_end_time", end)):
        if body.get(key) is not None and parsed is None:
            yield Problem((key,), "DATE_TIME_TYPE_PARSE", "Could not parse the date and time.")
    if start is not None and start <= dt.datetime.now(dt.UTC):
        yield Problem(
            ("scheduled_start_time",),
            "GUILD_SCHEDULED_EVENT_SCHEDULE_PAST",
            "Cannot schedule event in the past.",
        )
    if start is not None and end is not None and end <= start:
        yield Problem(
            ("scheduled_end_time",),
            "GUILD_SCHEDULED_EVENT_END_BEFORE_START",
            "The end must be after the start.",
        )
    if body.get("entity_type") == 3:  # external: a place and an end, no channel
        location = (body.get("entity_metadata") or {}).get("location")
        if not isinstance(location, str) or not 1 <= len(location) <= EVENT_LOCATION_MAX:
            yield Problem(
                ("entity_metadata", "location"),
                "BASE_TYPE_BAD_LENGTH",
                "Must be between 1 and 100 in length.",
            )
        if method == "POST" and end is None:
            yield Problem(("scheduled_end_time",), "BASE_TYPE_REQUIRED", "This field is required")
        if body.get("channel_id") is not None:
            yield Problem(("channel_id",), "BASE_TYPE_INVALID", "External events have no channel.")


def _limits(template: str, method: str, body: Any) -> Iterator[Problem]:
    if not isinstance(body, dict | list):
        return
    if "/scheduled-events" in template and isinstance(body, dict):
        if method in ("POST", "PATCH"):
            yield from _scheduled_event(body, method)
        return
    if template.endswith("/callback") and isinstance(body, dict):
        yield from _callback(body)
    elif template.endswith("/commands") and method == "PUT":
        yield from _commands(body)
    elif template.endswith("/commands") and isinstance(body, dict):
        yield from _command((), body, top=True)
    elif isinstance(body, dict) and method in ("POST", "PATCH"):
        yield from _message((), body)


def check(method: str, path: str, body: Any) -> list[Problem]:
    """Everything Discord would refuse in this request body (empty when it is fine)."""
    problems = _schema_errors(method, path, body)
    template = route_template(path)
    if template is not None:
        problems += list(_limits(template, method.upper(), body))
    return problems


_FILE_FIELD = re.compile(r"files\[(\d+)\]")


def check_files(body: Any, files: list[tuple[str, str | None]]) -> list[Problem]:
    """What Discord refuses in a multipart request's files: (part name, filename) each.

    Parts must be ``files[n]`` (n < 10) with a filename; each upload is listed in the
    payload's ``attachments`` by its index, and each listed index has its upload; an
    embed's ``attachment://name`` names an uploaded file.
    """
    problems: list[Problem] = []
    if len(files) > ATTACHMENTS_MAX:
        problems.append(
            Problem(("attachments",), "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
        )
    uploaded: dict[int, str] = {}
    for name, fname in files:
        match = _FILE_FIELD.fullmatch(name)
        if match is None or int(match.group(1)) >= ATTACHMENTS_MAX:
            problems.append(Problem((name,), "UNKNOWN_FIELD", "Unknown multipart field."))
            continue
        if not fname:
            problems.append(Problem((name,), "BASE_TYPE_REQUIRED", "A file needs a filename."))
            continue
        uploaded[int(match.group(1))] = fname
    message = body if isinstance(body, dict) else {}
    if isinstance(message.get("data"), dict) and "type" in message:  # an interaction callback
        message = message["data"]
    listed = message.get("attachments")
    if isinstance(listed, list):
        ids = set()
        for k, item in enumerate(listed):
            ident = item.get("id") if isinstance(item, dict) else None
            index = int(ident) if isinstance(ident, int | str) and str(ident).isdigit() else -1
            if 0 <= index < ATTACHMENTS_MAX:  # a new upload (larger ids: kept attachments)
                ids.add(index)
                if index not in uploaded:
                    problems.append(
                        Problem(("attachments", k, "id"), "ATTACHMENT_NOT_FOUND", "No such file.")
                    )
        for index in uploaded:
            if index not in ids:
                problems.append(
                    Problem(
                        ("attachments",), "ATTACHMENT_NOT_LISTED", f"files[{index}] is not listed."
                    )
                )
    names = set(uploaded.values())
    for k, embed in enumerate(message.get("embeds") or []):
        for part in ("image", "thumbnail"):
            url = ((embed or {}).get(part) or {}).get("url") or ""
            if url.startswith("attachment://") and url[len("attachment://") :] not in names:
                problems.append(
                    Problem(("embeds", k, part, "url"), "BASE_TYPE_INVALID", "No such attachment.")
                )
    return problems


def invalid_form_body(problems: list[Problem]) -> dict[str, Any]:
    """Discord's error 50035 body: {"code": 50035, "errors": {field: {…: {"_errors": […]}}}}."""
    errors: dict[str, Any] = {}
    for problem in problems:
        node = errors
        for part in problem.path:
            node = node.setdefault(str(part), {})
        node.setdefault("_errors", []).append({"code": problem.code, "message": problem.message})
    return {"code": 50035, "message": "Invalid Form Body", "errors": errors}
