# generated from spec/openapi.yaml by keyway generate; do not edit
"""The client runtime, the same for every spec: the auth lifecycle (static credential, token
provider, exchange with proactive single-flight refresh and one replay when the server refuses
the token (401, or 403 with a Bearer `invalid_token` challenge), device login kept
in a login store and refreshed with its rotating refresh token), retries with backoff, pagination
and server-sent events (one connection, or reconnecting with Last-Event-ID). client.py adds the
operations."""

from __future__ import annotations

import base64 as _base64
import contextlib as _contextlib
import dataclasses as _dc
import json as _json
import os as _os
import random as _random
import re as _re
import sys as _sys
import tempfile as _tempfile
import threading as _threading
import time as _time
import typing as _t
import urllib.parse as _urlparse
import uuid as _uuid

import httpx as _httpx

from . import _serde
from .errors import ApiError, KeywayError, OAuthError, TransportError, error_from_response, retry_after_seconds

USER_AGENT = "keyway-client-python/" + "0.1.0"

# RFC 8628 §3.4: the device flow's grant type.
DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
# RFC 8628 §3.5: each slow_down adds 5 seconds to the polling interval, for good.
SLOW_DOWN_STEP = 5.0


@_dc.dataclass(frozen=True)
class Operation:
    """What the runtime needs to know about one operation; client.py has one per operation."""

    operation_id: str
    method: str
    path: str
    #: Safe to repeat: an idempotent method, or a create carrying an Idempotency-Key.
    retryable: bool
    #: The operation accepts `Authorization: Bearer`.
    bearer: bool
    #: The header of an API-key scheme the operation accepts, if any.
    api_key_header: _t.Optional[str]
    idempotency_header: _t.Optional[str]
    #: "json", "form", "text" or "binary"; None without a body.
    body_encoding: _t.Optional[str]
    content_type: _t.Optional[str]
    #: "json", "none", "text", "binary" or "sse".
    result_kind: str
    result_type: _t.Any


@_dc.dataclass(frozen=True)
class RetryPolicy:
    """Retries for requests that are safe to repeat (idempotent methods, and creates with an
    Idempotency-Key, which the client sets): on `statuses` and on network errors, with exponential
    backoff and full jitter, or after `Retry-After` when the server sends one (a wait longer than
    `max_retry_after` is not waited for: the error is raised)."""

    max_retries: int = 3
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    statuses: _t.FrozenSet[int] = frozenset({429, 503})

    def backoff(self, attempt: int) -> float:
        # Full jitter: uniform in [0, min(cap, base * 2^attempt)] (AWS Architecture Blog,
        # "Exponential Backoff And Jitter"), so clients that failed together do not retry together.
        return _random.random() * min(self.max_delay, self.base_delay * (2**attempt))


@_dc.dataclass(frozen=True)
class ApiKeyCredentials:
    """An API key (or agent key, app token) exchanged for short-lived access tokens.
    `options` is the exchange request (a model or dict: narrower scopes, a lifetime)."""

    secret: str = _dc.field(repr=False)
    options: _t.Any = None


@_dc.dataclass(frozen=True)
class ServiceAccountCredentials:
    """A service account, exchanged through the OAuth client credentials grant (RFC 6749 §4.4)."""

    client_id: str
    client_secret: str = _dc.field(repr=False)
    scope: _t.Optional[str] = None


@_dc.dataclass(frozen=True)
class StoredLogin:
    """A device login as kept between runs: the tokens, and whom to refresh them for."""

    access_token: str = _dc.field(repr=False)
    refresh_token: _t.Optional[str] = _dc.field(repr=False)
    #: When the access token expires, in seconds since the epoch (wall-clock time outlives the
    #: process; the monotonic clock does not).
    expires_at: float
    scope: str
    client_id: str

    def to_dict(self) -> _t.Dict[str, _t.Any]:
        return _dc.asdict(self)

    @classmethod
    def from_dict(cls, raw: _t.Any) -> _t.Optional["StoredLogin"]:
        """The login in `raw`, or None when it is not one (a damaged store means logging in again)."""
        if not isinstance(raw, dict):
            return None
        access, refresh, expires = raw.get("access_token"), raw.get("refresh_token"), raw.get("expires_at")
        scope, client_id = raw.get("scope"), raw.get("client_id")
        if not (isinstance(access, str) and isinstance(scope, str) and isinstance(client_id, str)):
            return None
        if not (refresh is None or isinstance(refresh, str)):
            return None
        if isinstance(expires, bool) or not isinstance(expires, (int, float)):
            return None
        return cls(access, refresh, float(expires), scope, client_id)


class LoginStore(_t.Protocol):
    """Where a device login is kept between runs (a file, a keychain…): see FileLoginStore and
    MemoryLoginStore. `save` is called when the login succeeds and after every refresh, since the
    refresh token rotates (the one saved before is spent)."""

    def load(self) -> _t.Optional[StoredLogin]: ...

    def save(self, login: StoredLogin) -> None: ...


class MemoryLoginStore:
    """A login kept for the life of the process (the default)."""

    def __init__(self, initial: _t.Optional[StoredLogin] = None) -> None:
        self._login = initial

    def load(self) -> _t.Optional[StoredLogin]:
        return self._login

    def save(self, login: StoredLogin) -> None:
        self._login = login


class FileLoginStore:
    """A login kept in a JSON file that only its owner can read or write (mode 0600).

    `save` writes a temporary file in the same directory and renames it over the old one, so a
    reader (another process of the same CLI) sees the old login or the new one, never half of one.
    A missing or damaged file loads as None: the next request logs in again."""

    def __init__(self, path: _t.Union[str, "_os.PathLike[str]"]) -> None:
        self.path = _os.fspath(path)

    def load(self) -> _t.Optional[StoredLogin]:
        try:
            with open(self.path, encoding="utf-8") as file:
                raw = _json.load(file)
        except FileNotFoundError:
            return None
        except ValueError:
            return None
        return StoredLogin.from_dict(raw)

    def save(self, login: StoredLogin) -> None:
        directory = _os.path.dirname(_os.path.abspath(self.path))
        _os.makedirs(directory, mode=0o700, exist_ok=True)
        # mkstemp creates the file with mode 0600, so the tokens are never readable by others,
        # not even for a moment; rename (os.replace) is atomic within one file system (POSIX).
        fd, temp = _tempfile.mkstemp(prefix="." + _os.path.basename(self.path) + ".", suffix=".tmp", dir=directory)
        try:
            with _os.fdopen(fd, "w", encoding="utf-8") as file:
                _json.dump(login.to_dict(), file)
                file.flush()
                _os.fsync(file.fileno())
            _os.chmod(temp, 0o600)
            _os.replace(temp, self.path)
        except BaseException:
            with _contextlib.suppress(FileNotFoundError):
                _os.unlink(temp)
            raise


@_dc.dataclass(frozen=True)
class DeviceLoginCredentials:
    """A person's login through the OAuth device flow (RFC 8628), kept in `store`.

    At the first request the client uses the stored login, refreshing it first when it has
    expired; it runs the device flow (showing the code through `on_prompt`, by default printed to
    stderr) only when the store holds no login or the server refuses its refresh token. Every new
    login and every refresh is saved back to the store. Without a store the login lasts as long
    as the process (MemoryLoginStore)."""

    client_id: str
    scope: _t.Optional[str] = None
    store: _t.Optional[LoginStore] = None
    on_prompt: _t.Optional[_t.Callable[[_t.Any], None]] = None


class TokenManager:
    """One access token, fetched again shortly before it expires.

    Thread-safe and single-flight: the fetch runs under a lock, so N threads that find the token
    missing or stale cause one fetch and all use its result. A token is refreshed `margin`
    seconds before its expiry (at most half its lifetime early)."""

    def __init__(
        self,
        fetch: _t.Callable[[], _t.Tuple[str, float]],
        *,
        margin: float = 60.0,
        clock: _t.Callable[[], float] = _time.monotonic,
    ) -> None:
        self._fetch = fetch
        self._margin = margin
        self._clock = clock
        self._lock = _threading.Lock()
        self._token: _t.Optional[str] = None
        self._refresh_at = 0.0
        self._expires_at = 0.0
        #: How many tokens were fetched (exchanges or refreshes).
        self.fetches = 0

    def token(self) -> str:
        """A token that is not near its expiry, fetching one if needed."""
        with self._lock:
            if self._token is None or self._clock() >= self._refresh_at:
                token, expires_in = self._fetch()
                self.fetches += 1
                self._store(token, expires_in)
            assert self._token is not None
            return self._token

    def set(self, token: str, expires_in: float) -> None:
        """Installs a token obtained elsewhere (a device login's first token)."""
        with self._lock:
            self._store(token, expires_in)

    def invalidate(self, token: str) -> None:
        """Forgets `token` after the server refused it; a newer token is kept (another thread's)."""
        with self._lock:
            if self._token == token:
                self._token = None

    @property
    def expires_at(self) -> float:
        """When the current token expires, on the manager's clock."""
        return self._expires_at

    def _store(self, token: str, expires_in: float) -> None:
        now = self._clock()
        self._token = token
        self._expires_at = now + expires_in
        self._refresh_at = now + expires_in - min(self._margin, expires_in / 2)


@_dc.dataclass(frozen=True)
class ServerSentEvent:
    event: str
    data: str
    id: _t.Optional[str]
    retry: _t.Optional[int]


# One dispatch of the parser: the event (None when it carried no data), the last event id and the
# last `retry:` seen on the connection so far.
_Dispatch = _t.Tuple[_t.Optional[ServerSentEvent], _t.Optional[str], _t.Optional[int]]


def _parse_events(lines: _t.Iterable[str]) -> _t.Iterator[_Dispatch]:
    # WHATWG HTML §9.2.6: fields up to a blank line make one event; `:` lines are comments. An
    # `id:` or `retry:` counts even in a block without data (§9.2.6 "dispatch the event").
    event, data, last_id, retry, seen = "", [], None, None, False
    for line in lines:
        if line == "":
            if seen:
                sse = ServerSentEvent(event or "message", "\n".join(data), last_id, retry) if data else None
                yield sse, last_id, retry
            event, data, seen = "", [], False
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "event":
            event = value
        elif name == "data":
            data.append(value)
        elif name == "id" and "\0" not in value:
            last_id = value
        elif name == "retry" and value.isdigit():
            retry = int(value)
        else:
            continue
        seen = True


class EventStream:
    """An open `text/event-stream` response: iterate it for events; `close()` ends it.

    One connection only; the `iter_…` method of a stream operation returns an EventSource, which
    reconnects."""

    def __init__(self, response: _httpx.Response) -> None:
        self.response = response

    def __iter__(self) -> _t.Iterator[ServerSentEvent]:
        for event, _, _ in _parse_events(self.response.iter_lines()):
            if event is not None:
                yield event

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> "EventStream":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class EventSource:
    """Every event of a stream operation, across connections, like the browser's EventSource
    (WHATWG HTML §9.2).

    When the connection drops or the server ends it, it reconnects after `retry` seconds (the
    server's `retry:` field replaces the default) sending `Last-Event-ID`, so the server resumes
    right after the last event received: nothing is missed and nothing comes twice. A 204 ends
    it (§9.2.3), as does `close()`; a 4xx other than 429 raises its ApiError. `max_reconnects`
    bounds the reconnections in a row that bring no event (TransportError after that)."""

    def __init__(
        self,
        open: _t.Callable[[_t.Optional[str]], _httpx.Response],
        *,
        last_event_id: _t.Optional[str] = None,
        reconnect: bool = True,
        retry: float = 1.0,
        max_reconnects: _t.Optional[int] = None,
        sleep: _t.Callable[[float], None] = _time.sleep,
    ) -> None:
        self._open = open
        #: The id of the last event received, sent as `Last-Event-ID` when reconnecting.
        self.last_event_id = last_event_id
        #: Seconds to wait before reconnecting.
        self.retry = retry
        self._reconnect = reconnect
        self._max_reconnects = max_reconnects
        self._sleep = sleep
        self._response: _t.Optional[_httpx.Response] = None
        self._closed = False
        #: How many connections were opened.
        self.connections = 0

    def __iter__(self) -> _t.Iterator[ServerSentEvent]:
        quiet = 0
        while not self._closed:
            try:
                response = self._open(self.last_event_id)
            except ApiError as error:
                if 400 <= error.status < 500 and error.status != 429:
                    raise
            except TransportError:
                pass
            else:
                self.connections += 1
                self._response = response
                try:
                    # WHATWG HTML §9.2.3: 204 No Content tells the client to stop reconnecting.
                    if response.status_code == 204:
                        return
                    for event, last_id, retry in _parse_events(response.iter_lines()):
                        if retry is not None:
                            self.retry = retry / 1000
                        if last_id is not None:
                            # §9.2.6: an empty `id:` resets it, and no Last-Event-ID is sent.
                            self.last_event_id = last_id or None
                        if event is not None:
                            quiet = 0
                            yield event
                except (_httpx.HTTPError, _httpx.StreamError):
                    pass  # the connection dropped (or close() closed it): reconnect below
                finally:
                    self._response = None
                    response.close()
            if self._closed or not self._reconnect:
                return
            quiet += 1
            if self._max_reconnects is not None and quiet > self._max_reconnects:
                raise TransportError(f"the event stream failed {quiet} times in a row")
            self._sleep(self.retry)

    def close(self) -> None:
        """Ends the stream: the current connection is closed and none is opened again."""
        self._closed = True
        response = self._response
        if response is not None:
            response.close()

    def __enter__(self) -> "EventSource":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _print_prompt(authorization: _t.Any) -> None:
    get = authorization.get if isinstance(authorization, dict) else lambda name: getattr(authorization, name, None)
    print(
        f"To sign in, open {get('verification_uri_complete') or get('verification_uri')} "
        f"and check that it shows the code {get('user_code')}.",
        file=_sys.stderr,
        flush=True,
    )


def _text(value: _t.Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


_Auth = _t.Tuple[_t.Dict[str, str], _t.Optional[str]]


class BaseClient:
    """Transport and auth for the generated client (see client.py for the operations).

    Give at most one credential: `token` (sent as Bearer), `api_key` (sent in the spec's API-key
    header, else as Bearer), `token_provider` (called for each request, and once more after a
    401) or `credentials` (ApiKeyCredentials or ServiceAccountCredentials: exchanged for access
    tokens, refreshed `refresh_margin` seconds before expiry, and exchanged again and replayed once
    when the server refuses one, with 401 or with 403 `invalid_token` for a revoked token; or DeviceLoginCredentials: a device
    login kept in a login store). `device_login()` runs the device flow at once and installs it.
    `wall_clock` dates stored logins (seconds since the epoch); `clock` times everything else."""

    _operations: _t.Dict[str, Operation] = {}
    _exchange_operation: _t.Optional[str] = None
    _exchange_request_type: _t.Any = None
    _device_authorization_operation: _t.Optional[str] = None
    _token_operation: _t.Optional[str] = None

    def __init__(
        self,
        base_url: str,
        *,
        token: _t.Optional[str] = None,
        api_key: _t.Optional[str] = None,
        token_provider: _t.Optional[_t.Callable[[], str]] = None,
        credentials: _t.Union[ApiKeyCredentials, ServiceAccountCredentials, DeviceLoginCredentials, None] = None,
        retry: _t.Optional[RetryPolicy] = None,
        timeout: float = 30.0,
        refresh_margin: float = 60.0,
        clock: _t.Callable[[], float] = _time.monotonic,
        wall_clock: _t.Callable[[], float] = _time.time,
        sleep: _t.Callable[[float], None] = _time.sleep,
        http_client: _t.Optional[_httpx.Client] = None,
        headers: _t.Optional[_t.Mapping[str, str]] = None,
    ) -> None:
        if sum(x is not None for x in (token, api_key, token_provider, credentials)) > 1:
            raise ValueError("give at most one of token, api_key, token_provider and credentials")
        self.base_url = base_url.rstrip("/")
        self.http = http_client or _httpx.Client(timeout=timeout)
        self._owns_http = http_client is None
        self._headers = {"user-agent": USER_AGENT, **dict(headers or {})}
        self._token = token
        self._api_key = api_key
        self._token_provider = token_provider
        self._retry = retry or RetryPolicy()
        self._sleep = sleep
        self._clock = clock
        self._wall_clock = wall_clock
        self._refresh_margin = refresh_margin
        #: The managed access token (exchange, client credentials or device login), if any.
        self.token_manager: _t.Optional[TokenManager] = None
        if isinstance(credentials, ApiKeyCredentials):
            self.token_manager = self._manager(lambda: self._exchange_api_key(credentials))
        elif isinstance(credentials, ServiceAccountCredentials):
            self.token_manager = self._manager(lambda: self._client_credentials(credentials))
        elif isinstance(credentials, DeviceLoginCredentials):
            self.token_manager = self._device_manager(credentials)
        elif credentials is not None:
            raise TypeError(
                "credentials must be ApiKeyCredentials, ServiceAccountCredentials or DeviceLoginCredentials"
            )

    def close(self) -> None:
        if self._owns_http:
            self.http.close()

    def __enter__(self) -> "BaseClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- auth ---------------------------------------------------------------------------------

    def _manager(self, fetch: _t.Callable[[], _t.Tuple[str, float]]) -> TokenManager:
        return TokenManager(fetch, margin=self._refresh_margin, clock=self._clock)

    def _credential(self, op: Operation) -> _Auth:
        """The headers carrying the client's credential for `op`, and the replaceable token sent."""
        if self._api_key is not None:
            if op.api_key_header is not None:
                return {op.api_key_header: self._api_key}, None
            return ({"authorization": f"Bearer {self._api_key}"} if op.bearer else {}), None
        if not op.bearer:
            return {}, None
        if self._token is not None:
            return {"authorization": f"Bearer {self._token}"}, None
        if self._token_provider is not None:
            token = self._token_provider()
            return {"authorization": f"Bearer {token}"}, token
        if self.token_manager is not None:
            token = self.token_manager.token()
            return {"authorization": f"Bearer {token}"}, token
        return {}, None

    def _auth_operation(self, operation_id: _t.Optional[str], what: str) -> Operation:
        if operation_id is None or operation_id not in self._operations:
            raise KeywayError(f"this API has no {what} operation")
        return self._operations[operation_id]

    def _exchange_api_key(self, credentials: ApiKeyCredentials) -> _t.Tuple[str, float]:
        op = self._auth_operation(self._exchange_operation, "access-token exchange")
        # The key travels in the header, so the body holds only the options (RFC 6750 §2.1).
        body = credentials.options if credentials.options is not None else {}
        response = self._send(op, body=body, auth=({"authorization": f"Bearer {credentials.secret}"}, None))
        return _token_of(response.json())

    def _client_credentials(self, credentials: ServiceAccountCredentials) -> _t.Tuple[str, float]:
        op = self._auth_operation(self._token_operation, "token")
        # RFC 6749 §2.3.1: the id and secret are form-encoded before they are joined for Basic.
        pair = f"{_urlparse.quote_plus(credentials.client_id)}:{_urlparse.quote_plus(credentials.client_secret)}"
        basic = _base64.b64encode(pair.encode()).decode()
        form = {"grant_type": "client_credentials", "scope": credentials.scope}
        response = self._send(op, body=form, auth=({"authorization": f"Basic {basic}"}, None))
        return _token_of(response.json())

    def device_login(
        self,
        client_id: str,
        *,
        scope: _t.Optional[str] = None,
        on_prompt: _t.Optional[_t.Callable[[_t.Any], None]] = None,
        store: _t.Optional[LoginStore] = None,
    ) -> _t.Any:
        """Signs in through the OAuth device flow (RFC 8628) now and uses the tokens from then on.

        Starts the flow, hands the answer (verification URI, user code) to `on_prompt` (by
        default printed to stderr), then polls the token endpoint every `interval` seconds,
        5 more after each slow_down, until the person approves (returns the token response) or
        denies, or the code expires (raises OAuthError). The login is saved to `store` (by
        default kept in memory), and the access token is refreshed with the refresh token before
        it expires, each refresh saved too. To reuse a stored login instead of signing in on
        every run, pass DeviceLoginCredentials as `credentials`."""
        device = DeviceLoginCredentials(client_id, scope, store or MemoryLoginStore(), on_prompt)
        tokens, login = self._run_device_flow(device, _t.cast(LoginStore, device.store))
        self._token = self._api_key = self._token_provider = None
        self.token_manager = self._device_manager(device, login)
        token_op = self._auth_operation(self._token_operation, "token")
        return _serde.decode(token_op.result_type, tokens)

    def _device_manager(self, device: DeviceLoginCredentials, login: _t.Optional[StoredLogin] = None) -> TokenManager:
        # Credentials without a store keep their login in memory, one store per client.
        store = device.store if device.store is not None else MemoryLoginStore()
        # The access token last handed out: a fetch means it is about to expire or was refused,
        # so a stored login holding that same token is refreshed rather than reused.
        spent = {"token": None if login is None else login.access_token}

        def fetch() -> _t.Tuple[str, float]:
            fresh = self._device_token(device, store, spent["token"])
            spent["token"] = fresh.access_token
            return fresh.access_token, fresh.expires_at - self._wall_clock()

        manager = self._manager(fetch)
        if login is not None:
            manager.set(login.access_token, login.expires_at - self._wall_clock())
        return manager

    def _device_token(self, device: DeviceLoginCredentials, store: LoginStore, spent: _t.Optional[str]) -> StoredLogin:
        """A usable login: the stored one, a refresh of it, or (at worst) a new device login.
        Runs under TokenManager's lock, so a refresh token is never presented twice by one
        client (the server treats a reused refresh token as theft and ends the session)."""
        login = store.load()
        if login is not None and login.access_token != spent and login.expires_at > self._wall_clock():
            # Saved by an earlier run (or refreshed since by another process): still good.
            return login
        if login is not None and login.refresh_token:
            try:
                login = self._refresh_login(login)
            except OAuthError as error:
                # RFC 6749 §5.2: invalid_grant means the refresh token is spent, revoked or
                # expired; only a new login helps.
                if error.code != "invalid_grant":
                    raise
            else:
                store.save(login)
                return login
        return self._run_device_flow(device, store)[1]

    def _refresh_login(self, login: StoredLogin) -> StoredLogin:
        token_op = self._auth_operation(self._token_operation, "token")
        started = self._wall_clock()
        # RFC 6749 §6. Not retried: a refresh the server received but whose answer was lost
        # would be a reuse when repeated.
        form = {"grant_type": "refresh_token", "refresh_token": login.refresh_token, "client_id": login.client_id}
        answer = self._send(token_op, body=form, auth=({}, None)).json()
        return _login_of(answer, login.client_id, started, login)

    def _run_device_flow(
        self, device: DeviceLoginCredentials, store: LoginStore
    ) -> _t.Tuple[_t.Dict[str, _t.Any], StoredLogin]:
        """RFC 8628: start, show the code, poll until the person answers, save the login."""
        start = self._auth_operation(self._device_authorization_operation, "device authorization")
        token_op = self._auth_operation(self._token_operation, "token")
        client_id = device.client_id
        response = self._send(start, body={"client_id": client_id, "scope": device.scope}, auth=({}, None))
        raw = response.json()
        (device.on_prompt or _print_prompt)(_serde.decode(start.result_type, raw))
        # RFC 8628 §3.5: without an interval the client waits 5 seconds between polls.
        interval = float(raw.get("interval") or 5)
        deadline = self._clock() + float(raw.get("expires_in") or 600)
        poll = {"grant_type": DEVICE_CODE_GRANT, "device_code": raw.get("device_code"), "client_id": client_id}
        while True:
            self._sleep(interval)
            if self._clock() > deadline:
                raise OAuthError(400, "expired_token", "the device code expired before it was approved")
            started = self._wall_clock()
            try:
                # Repeating a poll is safe (a device code is redeemed once), so 429/503 are retried.
                response = self._send(token_op, body=poll, auth=({}, None), retryable=True)
            except OAuthError as error:
                if error.code == "authorization_pending":
                    continue
                if error.code == "slow_down":
                    interval += SLOW_DOWN_STEP
                    continue
                raise
            tokens = response.json()
            login = _login_of(tokens, client_id, started)
            store.save(login)
            return tokens, login

    def _follow(
        self,
        operation_id: str,
        *,
        path: _t.Mapping[str, _t.Any],
        query: _t.Mapping[str, _t.Any],
        headers: _t.Mapping[str, _t.Any],
        body: _t.Any,
        reconnect: bool,
        max_reconnects: _t.Optional[int],
    ) -> EventSource:
        """An EventSource over a stream operation; each connection sends the last event id."""
        op = self._operations[operation_id]
        fixed = {name: value for name, value in headers.items() if name.lower() != "last-event-id"}
        given = [value for name, value in headers.items() if name.lower() == "last-event-id" and value is not None]

        def open(last_event_id: _t.Optional[str]) -> _httpx.Response:
            sent = {**fixed, "accept": "text/event-stream", "last-event-id": last_event_id}
            return self._send(op, path=path, query=query, headers=sent, body=body, stream=True)

        return EventSource(
            open,
            last_event_id=_text(given[0]) if given else None,
            reconnect=reconnect,
            max_reconnects=max_reconnects,
            sleep=self._sleep,
        )

    # -- transport ----------------------------------------------------------------------------

    def _call(
        self,
        operation_id: str,
        *,
        path: _t.Mapping[str, _t.Any],
        query: _t.Mapping[str, _t.Any],
        headers: _t.Mapping[str, _t.Any],
        body: _t.Any,
    ) -> _t.Any:
        op = self._operations[operation_id]
        response = self._send(op, path=path, query=query, headers=headers, body=body, stream=op.result_kind == "sse")
        if op.result_kind == "sse":
            return EventStream(response)
        if op.result_kind == "none":
            return None
        if op.result_kind == "text":
            return response.text
        if op.result_kind == "binary":
            return response.content
        return _serde.decode(op.result_type, response.json()) if response.content else None

    def _send(
        self,
        op: Operation,
        *,
        path: _t.Optional[_t.Mapping[str, _t.Any]] = None,
        query: _t.Optional[_t.Mapping[str, _t.Any]] = None,
        headers: _t.Optional[_t.Mapping[str, _t.Any]] = None,
        body: _t.Any = None,
        auth: _t.Optional[_Auth] = None,
        retryable: _t.Optional[bool] = None,
        stream: bool = False,
    ) -> _httpx.Response:
        """Sends `op`, retrying what is safe to retry and replaying once after a 401 with a fresh
        token. Returns a 2xx response; raises ApiError (or a subclass) or TransportError."""
        url = self.base_url + _expand(op.path, path or {})
        params = _pairs(query or {})
        sent = dict(self._headers)
        sent.update({name: _text(value) for name, value in (headers or {}).items() if value is not None})
        if op.idempotency_header is not None and op.idempotency_header not in sent:
            # One key for every attempt of this call, so a retried create happens once.
            sent[op.idempotency_header] = str(_uuid.uuid4())
        content = None
        if body is not None:
            content, content_type = _encode_body(op, body)
            sent["content-type"] = content_type
        can_retry = op.retryable if retryable is None else retryable
        attempt = 0
        replayed = False
        while True:
            credential, token = auth if auth is not None else self._credential(op)
            request = self.http.build_request(op.method, url, params=params, headers={**sent, **credential}, content=content)
            try:
                response = self.http.send(request, stream=stream)
            except _httpx.TransportError as error:
                if can_retry and attempt < self._retry.max_retries:
                    self._sleep(self._retry.backoff(attempt))
                    attempt += 1
                    continue
                raise TransportError(f"{op.method} {url}: {error}") from error
            status = response.status_code
            if token is not None and not replayed and self._token_refused(response):
                # The token may have been revoked or rotated out: get a new one and replay once.
                response.close()
                replayed = True
                if self.token_manager is not None:
                    self.token_manager.invalidate(token)
                continue
            if status in self._retry.statuses and can_retry and attempt < self._retry.max_retries:
                delay = retry_after_seconds(response)
                if delay is None:
                    delay = self._retry.backoff(attempt)
                if delay <= self._retry.max_retry_after:
                    response.close()
                    self._sleep(delay)
                    attempt += 1
                    continue
            if status >= 400:
                response.read()
                response.close()
                raise error_from_response(response)
            return response

    def _token_refused(self, response: _httpx.Response) -> bool:
        """The server refused the token itself: 401, or (for a token the client can replace) 403
        with a Bearer `invalid_token` challenge, the answer to a known but revoked or expired token
        (RFC 6750 §3.1). A 403 for a missing scope is final."""
        if response.status_code == 401:
            return True
        if response.status_code != 403 or self.token_manager is None:
            return False
        return any(
            _bearer_error(value) == "invalid_token" for value in response.headers.get_list("www-authenticate")
        )

    def _paginate(
        self, fetch: _t.Callable[[_t.Optional[str]], _t.Any], data_field: str, next_field: str
    ) -> _t.Iterator[_t.Any]:
        """Every item of every page, following the cursor until it is null."""
        cursor: _t.Optional[str] = None
        while True:
            page = fetch(cursor)
            yield from getattr(page, data_field) or []
            cursor = getattr(page, next_field)
            if not cursor:
                return


_CHALLENGE_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
# RFC 9110 §11.2: an auth-param (token = token / quoted-string), or an auth-scheme (with an
# optional token68 after it).
_CHALLENGE_PARAM = _re.compile(rf'[\s,]*({_CHALLENGE_TOKEN})\s*=\s*("(?:[^"\\]|\\.)*"|{_CHALLENGE_TOKEN})')
_CHALLENGE_SCHEME = _re.compile(rf"[\s,]*({_CHALLENGE_TOKEN})(?:[ \t]+[A-Za-z0-9._~+/-]+=*(?=\s*(?:,|$)))?")


def _bearer_error(header: str) -> _t.Optional[str]:
    """The `error` parameter of the Bearer challenge in one WWW-Authenticate value, if any."""
    scheme, pos = None, 0
    while pos < len(header):
        param = _CHALLENGE_PARAM.match(header, pos)
        if param is not None and scheme is not None:
            if scheme == "bearer" and param.group(1).lower() == "error":
                value = param.group(2)
                return _re.sub(r"\\(.)", r"\1", value[1:-1]) if value.startswith('"') else value
            pos = param.end()
            continue
        found = _CHALLENGE_SCHEME.match(header, pos)
        if found is None:
            return None
        scheme, pos = found.group(1).lower(), found.end()
    return None


def _token_of(answer: _t.Any) -> _t.Tuple[str, float]:
    # RFC 6749 §5.1 member names, shared by the exchange and the token endpoint.
    if not isinstance(answer, dict) or not isinstance(answer.get("access_token"), str):
        raise KeywayError("the token response has no access_token")
    return answer["access_token"], float(answer.get("expires_in") or 0)


def _login_of(
    answer: _t.Any, client_id: str, started: float, previous: _t.Optional[StoredLogin] = None
) -> StoredLogin:
    access_token, expires_in = _token_of(answer)
    refresh = answer.get("refresh_token")
    scope = answer.get("scope")
    return StoredLogin(
        access_token=access_token,
        # RFC 6749 §6: a refresh may or may not rotate the refresh token.
        refresh_token=refresh if isinstance(refresh, str) else (previous.refresh_token if previous else None),
        # Without expires_in (RFC 6749 §5.1 makes it optional) the token is assumed good for 5 min.
        expires_at=started + (expires_in if expires_in > 0 else 300.0),
        scope=scope if isinstance(scope, str) else (previous.scope if previous else ""),
        client_id=client_id,
    )


def _expand(template: str, values: _t.Mapping[str, _t.Any]) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", _urlparse.quote(_text(value), safe=""))
    return template


def _pairs(values: _t.Mapping[str, _t.Any]) -> _t.List[_t.Tuple[str, str]]:
    pairs: _t.List[_t.Tuple[str, str]] = []
    for name, value in values.items():
        if value is None:
            continue
        for item in value if isinstance(value, (list, tuple)) else [value]:
            pairs.append((name, _text(item)))
    return pairs


def _encode_body(op: Operation, body: _t.Any) -> _t.Tuple[bytes, str]:
    content_type = op.content_type or "application/json"
    if op.body_encoding == "form":
        data = _serde.encode(body)
        return _urlparse.urlencode(_pairs(data if isinstance(data, dict) else {})).encode(), content_type
    if op.body_encoding in ("text", "binary"):
        return (body.encode() if isinstance(body, str) else bytes(body)), content_type
    return _json.dumps(_serde.encode(body), ensure_ascii=False).encode(), content_type
