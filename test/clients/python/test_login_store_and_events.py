# The generated Python client's kept device login (FileLoginStore, MemoryLoginStore, refresh with
# the rotating refresh token) and its reconnecting audit-event reader, against a live server.
import dataclasses
import datetime
import json
import os
import stat
import threading
import time

import httpx
import pytest

from keyway_client import (
    Client,
    DeviceLoginCredentials,
    FileLoginStore,
    MemoryLoginStore,
    OAuthError,
    StoredLogin,
)
from keyway_client import models as m

CLI = "keyway-cli"


def approver(owner: Client, prompts: list):
    """An on_prompt that approves the code through the API a moment later, as the person would."""

    def on_prompt(authorization: m.DeviceAuthorizationResponse) -> None:
        prompts.append(authorization.user_code)
        approve = m.DeviceVerifyRequest(user_code=authorization.user_code, action="approve")
        threading.Timer(0.3, lambda: owner.verify_device_code(approve)).start()

    return on_prompt


def refuse_prompt(authorization: m.DeviceAuthorizationResponse) -> None:
    pytest.fail(f"an unexpected device login was started ({authorization.user_code})")


def test_device_login_is_stored_and_loaded_by_the_next_client(base_url, owner, tmp_path):
    path = tmp_path / "config" / "keyway" / "login.json"
    prompts: list = []
    first = DeviceLoginCredentials(CLI, scope="keys:read", store=FileLoginStore(path), on_prompt=approver(owner, prompts))
    with Client(base_url, credentials=first) as client:
        assert client.get_whoami().principal.kind == "user"
        assert client.get_whoami().scopes == ["keys:read"]
    assert len(prompts) == 1
    # Only its owner may read the file, and no temporary file is left beside it.
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert os.listdir(path.parent) == ["login.json"]
    saved = json.loads(path.read_text())
    assert saved["client_id"] == CLI and saved["refresh_token"] and saved["expires_at"] > time.time()

    # The next run (a new client, a new store object on the same file) needs no login.
    second = DeviceLoginCredentials(CLI, scope="keys:read", store=FileLoginStore(path), on_prompt=refuse_prompt)
    with Client(base_url, credentials=second) as client:
        me = client.get_whoami()
        assert me.principal.kind == "user"
        assert client.token_manager.token() == saved["access_token"]
    assert json.loads(path.read_text()) == saved


def test_a_damaged_store_file_means_logging_in_again(tmp_path):
    path = tmp_path / "login.json"
    store = FileLoginStore(path)
    assert store.load() is None
    path.write_text("{not json")
    assert store.load() is None
    path.write_text(json.dumps({"access_token": 1}))
    assert store.load() is None
    login = StoredLogin("kwat_x", None, 1.5, "keys:read", CLI)
    store.save(login)
    assert store.load() == login


def test_an_expired_stored_login_is_refreshed_and_the_rotated_token_saved(base_url, owner):
    prompts: list = []
    store = MemoryLoginStore()
    with Client(base_url) as client:
        client.device_login(CLI, scope="keys:read", on_prompt=approver(owner, prompts), store=store)
    login = store.load()
    assert login is not None and login.refresh_token
    # As if the program ran again after the access token's lifetime.
    store.save(dataclasses.replace(login, expires_at=time.time() - 1))

    with Client(base_url, credentials=DeviceLoginCredentials(CLI, store=store, on_prompt=refuse_prompt)) as client:
        assert client.get_whoami().principal.kind == "user"
        refreshed = store.load()
        assert client.token_manager.token() == refreshed.access_token
    assert refreshed.access_token != login.access_token
    # RFC 6749 §6: the refresh token rotated; the new one was saved, the old one is spent.
    assert refreshed.refresh_token and refreshed.refresh_token != login.refresh_token
    assert refreshed.expires_at > time.time() and refreshed.client_id == CLI
    assert len(prompts) == 1

    # Presenting the spent token again is treated as theft: the session ends, so the saved refresh
    # token is refused with invalid_grant and the client falls back to a new device login.
    with Client(base_url) as anonymous:
        with pytest.raises(OAuthError) as reused:
            anonymous.request_token({"grant_type": "refresh_token", "refresh_token": login.refresh_token, "client_id": CLI})
        assert reused.value.error == "invalid_grant"
    store.save(dataclasses.replace(refreshed, expires_at=time.time() - 1))
    with Client(base_url, credentials=DeviceLoginCredentials(CLI, store=store, on_prompt=approver(owner, prompts))) as client:
        assert client.get_whoami().principal.kind == "user"
    assert len(prompts) == 2
    assert store.load().refresh_token not in (login.refresh_token, refreshed.refresh_token)


def test_the_audit_stream_resumes_with_last_event_id_after_a_drop(base_url, owner, owner_session):
    since = (datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(seconds=5)).isoformat()

    def create_key(n: int) -> str:
        return owner.create_api_key(m.ApiKeyCreateRequest(name=f"sse-{n}", scopes=["keys:read"])).id

    created = [create_key(0)]

    events: list = []
    opened: list = []  # (events received before this connection, its Last-Event-ID)
    responses: list = []

    def on_request(request: httpx.Request) -> None:
        if request.url.path.endswith("/audit-events/stream"):
            opened.append((len(events), request.headers.get("last-event-id")))

    def on_response(response: httpx.Response) -> None:
        if response.request.url.path.endswith("/audit-events/stream"):
            responses.append(response)

    http = httpx.Client(timeout=30, event_hooks={"request": [on_request], "response": [on_response]})
    with Client(base_url, token=owner_session.access_token, http_client=http) as client:
        stream = client.iter_stream_audit_events(action="api_key.created", since=since)
        with stream:
            for event in stream:
                events.append(event)
                if len(events) == 1:
                    # The connection drops after the first event; two more happen meanwhile. The
                    # reconnection replays from `since` unless Last-Event-ID says where it was.
                    responses[-1].close()
                    created += [create_key(1), create_key(2)]
                if len(events) == 3:
                    break
    http.close()

    ids = [event.id for event in events]
    assert len(set(ids)) == len(ids) == 3
    assert sorted(json.loads(event.data)["target"]["id"] for event in events) == sorted(created)
    assert all(event.event == "api_key.created" for event in events)
    # The reconnection named the last event received, so nothing was sent twice or skipped.
    assert stream.connections == 2
    assert opened == [(0, None), (1, ids[0])]
