"""Schemathesis hooks of `npm run test:fuzz` (scripts/fuzz/run.ts explains the design).

The check `refusal_writes_nothing`: a refused request (4xx, 5xx) and any read leave PostgreSQL
as they found it. The fuzz runner logs every row written (a trigger on every table) and serves
the net changes between two points of that log; after each request this asks for what was
written since the answer to the one before. An accepted change sent through Temporal may go on
writing after its answer (the round workflow's projection): the log is then let fall quiet
before the next request, so that those writes are not taken for its doing.
"""

import itertools
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request

import schemathesis

WRITE_LOG = os.environ["FUZZ_WRITE_LOG_URL"]
MODE = os.environ["FUZZ_MODE"]
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
CONTENT_TYPE_PROBES = {"malformed_content_type", "unsupported_content_type"}

# Where the write log stood after the previous request, and what each request wrote (by case).
_log = {"cursor": None}
_written: dict[int, list[str]] = {}

VALID_KEY = re.compile(r"[\x21-\x7e][\x20-\x7e]{0,254}")
OWN_KEY = re.compile(r"~fz\d+$")
_serial = itertools.count(1)


def _ask(endpoint: str, **query: object) -> dict:
    url = f"{WRITE_LOG}{endpoint}?{urllib.parse.urlencode(query)}"
    try:
        with urllib.request.urlopen(url, timeout=60) as answer:
            return json.load(answer)
    except urllib.error.HTTPError as error:
        raise RuntimeError(f"The write log failed: {error.read().decode()}") from None


@schemathesis.hook
def filter_case(context, case):
    """The negative phase sends no change with valid data: then nothing in it may write.

    Schemathesis mixes valid cases into a negative run (the coverage phase's baseline, an
    operation it cannot make invalid otherwise); a read is let through, since reads must write
    nothing anyway (checked below). A Content-Type probe on a change without a body is a valid
    request of that change (there is no body for the type to describe): schemathesis itself
    expects only that it is not a server error, so it belongs to the positive phase.
    """
    if MODE != "negative" or case.method.upper() in SAFE_METHODS:
        return True
    meta = case.meta
    if meta is None or not meta.generation.mode.is_negative:
        return False
    scenario = getattr(meta.phase.data, "scenario", None)
    has_body = "requestBody" in case.operation.definition.raw
    return has_body or scenario not in CONTENT_TYPE_PROBES


@schemathesis.hook
def before_call(context, case, kwargs):
    _own_idempotency_key(case)
    if _log["cursor"] is None:
        _log["cursor"] = _ask("/cursor")["cursor"]


def _own_idempotency_key(case):
    """A valid Idempotency-Key drawn for a case is made the case's own.

    Schemathesis draws short keys ("0"), so different requests would share one, which the API
    rightly refuses (422, documented) before looking at the request: most cases would never
    reach validation or their handler. A correct client uses a key per request; so a valid key
    gets a suffix of the case's own (sent again, the case keeps it: a replay). An invalid key is
    sent as drawn.
    """
    headers = case.headers or {}
    name = next((name for name in headers if name.lower() == "idempotency-key"), None)
    key = headers.get(name) if name else None
    if not isinstance(key, str) or not VALID_KEY.fullmatch(key) or OWN_KEY.search(key):
        return
    suffix = f"~fz{next(_serial)}"
    headers[name] = key[: 255 - len(suffix)] + suffix


@schemathesis.hook
def after_call(context, case, response):
    method = case.method.upper()
    status = response.status_code
    accepted_change = status < 400 and method not in SAFE_METHODS
    answer = _ask(
        "/after",
        since=_log["cursor"],
        method=method,
        path=case.operation.path,
        status=status,
        # An accepted change writes, which is not judged; one sent through Temporal (the
        # round's and the initiatives' workflows: all under /api/rounds) writes after its answer
        # too (the round's projection of a step), which is let finish. The others write within
        # their request.
        judge=int(not accepted_change),
        settle=int(accepted_change and case.operation.path.startswith("/api/rounds")),
    )
    _log["cursor"] = answer["cursor"]
    _written[id(case)] = answer["changes"]


@schemathesis.check
def refusal_writes_nothing(ctx, response, case):
    changes = _written.pop(id(case), None)
    if changes:
        what = "A refused request" if response.status_code >= 400 else "A read"
        raise AssertionError(
            f"{what} wrote to PostgreSQL (HTTP {response.status_code}):\n"
            + "\n".join(f"  - {change}" for change in changes[:10])
        )
    return None
