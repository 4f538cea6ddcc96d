# The generated Python client against a live reference server: the auth lifecycle, retries,
# pagination and typed errors. Nothing is mocked; time is injected only where waiting for real
# would take a token's lifetime.
import threading
import time

import httpx
import pytest

from keyway_client import (
    ApiError,
    ApiKeyCredentials,
    AuthenticationError,
    BadRequestError,
    Client,
    NotFoundError,
    OAuthError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    ServiceAccountCredentials,
)
from keyway_client import models as m


class FakeClock:
    """A monotonic clock the test moves forward."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def tokens_minted_by(owner: Client, key_id: str) -> int:
    return sum(1 for token in owner.iter_list_access_tokens() if token.client_id == key_id)


def test_exchange_refreshes_the_token_before_it_expires(base_url, owner, api_key):
    clock = FakeClock()
    options = m.AccessTokenExchangeRequest(ttl_seconds=60)
    with Client(base_url, credentials=ApiKeyCredentials(api_key.secret, options), clock=clock) as client:
        assert client.get_whoami().credential.kind == "access_token"
        manager = client.token_manager
        first = manager.token()
        assert manager.fetches == 1
        # A 60 s token is refreshed at half its life (the margin is at most half of it).
        clock.now += 29
        client.get_whoami()
        assert manager.fetches == 1
        clock.now += 2
        client.get_whoami()
        assert manager.fetches == 2
        second = manager.token()
        assert second != first
    # Refreshed before expiry: the server still accepts the first token.
    with Client(base_url, token=first) as old:
        assert old.get_whoami().credential.kind == "access_token"
    assert tokens_minted_by(owner, api_key.id) == 2


def test_twenty_threads_share_one_exchange(base_url, owner, api_key):
    with Client(base_url, credentials=ApiKeyCredentials(api_key.secret)) as client:
        barrier = threading.Barrier(20)
        results, errors = [], []

        def call() -> None:
            barrier.wait()
            try:
                results.append(client.get_whoami().credential.id)
            except Exception as error:  # noqa: BLE001 - reported below
                errors.append(error)

        threads = [threading.Thread(target=call) for _ in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert len(results) == 20 and len(set(results)) == 1
        assert client.token_manager.fetches == 1
    assert tokens_minted_by(owner, api_key.id) == 1


def test_service_account_client_credentials(base_url, owner):
    account = owner.create_service_account(m.ServiceAccountCreateRequest(name="py-sa", scopes=["keys:read"]))
    credentials = ServiceAccountCredentials(account.client_id, account.secret)
    with Client(base_url, credentials=credentials) as client:
        me = client.get_whoami()
        assert me.principal.kind == "service_account"
        assert me.scopes == ["keys:read"]
        assert client.token_manager.fetches == 1


def test_retry_on_429_waits_for_retry_after(base_url, owner_session):
    # The server allows 5 open audit streams per credential; the 6th is a real 429 with
    # Retry-After: 5. One stream closes while the client waits, so its retry gets through.
    token = owner_session.access_token
    holder = Client(base_url, token=token)
    streams = [holder.stream_audit_events() for _ in range(5)]
    try:
        with Client(base_url, token=token, retry=RetryPolicy(max_retries=0)) as impatient:
            with pytest.raises(RateLimitError) as refused:
                impatient.stream_audit_events()
        assert refused.value.status == 429
        assert refused.value.code == "rate_limited"
        assert refused.value.retry_after == 5.0

        sleeps = []

        def sleep(seconds: float) -> None:
            sleeps.append(seconds)
            time.sleep(seconds)

        threading.Timer(1.0, streams.pop().close).start()
        started = time.monotonic()
        with Client(base_url, token=token, sleep=sleep) as patient:
            with patient.stream_audit_events() as stream:
                assert stream.response.status_code == 200
        assert sleeps == [5.0]
        assert time.monotonic() - started >= 5.0
    finally:
        for stream in streams:
            stream.close()
        holder.close()


def test_401_replays_once_with_a_fresh_token(base_url, owner_session, api_key):
    # A token provider whose first token the server does not know.
    handed = []

    def provider() -> str:
        handed.append(1)
        return "kwk_notARealKeyAtAll" if len(handed) == 1 else owner_session.access_token

    with Client(base_url, token_provider=provider) as client:
        assert client.get_whoami().principal.kind == "user"
    assert len(handed) == 2

    # An exchanged token the server refuses (its signature broken): exchanged again, replayed.
    with Client(base_url, credentials=ApiKeyCredentials(api_key.secret)) as client:
        good = client.token_manager.token()
        broken = good[:-4] + ("AAAA" if not good.endswith("AAAA") else "BBBB")
        client.token_manager.set(broken, 900)
        assert client.get_whoami().credential.kind == "access_token"
        assert client.token_manager.fetches == 2
        assert client.token_manager.token() not in (good, broken)

    # Only once: a provider that never has a good token ends in a typed 401.
    with Client(base_url, token_provider=lambda: "kwk_notARealKeyAtAll") as client:
        with pytest.raises(AuthenticationError) as refused:
            client.get_whoami()
        assert refused.value.status == 401


def test_device_login_approved_through_the_api(base_url, owner):
    sleeps = []
    prompts = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        # The first two polls go out at once: the second is too soon, so the server answers
        # slow_down and the client must wait 5 seconds longer from then on (RFC 8628 §3.5).
        time.sleep(seconds if len(sleeps) > 2 else 0)

    def on_prompt(authorization: m.DeviceAuthorizationResponse) -> None:
        prompts.append(authorization)
        approve = m.DeviceVerifyRequest(user_code=authorization.user_code, action="approve")
        threading.Timer(1.0, lambda: owner.verify_device_code(approve)).start()

    with Client(base_url, sleep=sleep) as client:
        tokens = client.device_login("keyway-cli", scope="keys:read", on_prompt=on_prompt)
        assert isinstance(tokens, m.TokenResponse)
        assert tokens.refresh_token
        assert prompts[0].verification_uri_complete.endswith(prompts[0].user_code)
        assert sleeps == [1.0, 1.0, 6.0]
        me = client.get_whoami()
        assert me.principal.kind == "user"
        assert me.scopes == ["keys:read"]


def test_device_login_refused_code_is_an_oauth_error(base_url):
    with Client(base_url) as client:
        with pytest.raises(OAuthError) as refused:
            client.request_token(
                {
                    "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
                    "device_code": "kwd_notARealDeviceCode",
                    "client_id": "keyway-cli",
                }
            )
        assert refused.value.status == 400
        assert refused.value.error in ("invalid_grant", "invalid_request")


def test_pagination_over_120_items(base_url, owner, owner_session):
    for n in range(120):
        owner.create_api_key(m.ApiKeyCreateRequest(name=f"page-{n}", scopes=["keys:read"]))
    pages = []
    counting = httpx.Client(event_hooks={"request": [lambda r: pages.append(r.url)]})
    with Client(base_url, token=owner_session.access_token, http_client=counting) as client:
        keys = list(client.iter_list_api_keys(limit=50))
    counting.close()
    assert len(keys) == 120
    assert len({key.id for key in keys}) == 120
    assert all(isinstance(key, m.ApiKey) for key in keys)
    assert len(pages) == 3
    assert "cursor" not in pages[0].params and "cursor" in pages[1].params


def test_creates_carry_an_idempotency_key(base_url, owner_session):
    sent = []
    http = httpx.Client(event_hooks={"request": [lambda r: sent.append(r.headers.get("idempotency-key"))]})
    with Client(base_url, token=owner_session.access_token, http_client=http) as client:
        client.create_agent(m.AgentCreateRequest(name="py-agent"))
        client.create_agent(m.AgentCreateRequest(name="py-agent-2"), idempotency_key="chosen-key-1")
    http.close()
    assert sent[0] is not None and len(sent[0]) == 36
    assert sent[1] == "chosen-key-1"


def test_typed_errors_carry_code_status_and_request_id(base_url, owner, api_key):
    with pytest.raises(NotFoundError) as missing:
        owner.get_api_key("key_01NOSUCHKEY0000000000000")
    error = missing.value
    assert isinstance(error, ApiError)
    assert (error.status, error.code) == (404, "not_found")
    assert error.request_id and error.request_id == error.headers["x-request-id"]
    assert error.problem["instance"] == "/v1/api-keys/key_01NOSUCHKEY0000000000000"

    with pytest.raises(BadRequestError) as invalid:
        owner.create_api_key({"name": "x", "scopes": []})
    assert invalid.value.code == "invalid_request"
    assert invalid.value.problem["errors"]

    with Client(base_url, api_key=api_key.secret) as reader:
        with pytest.raises(PermissionDeniedError) as denied:
            reader.create_api_key(m.ApiKeyCreateRequest(name="wider", scopes=["keys:read"]))
    assert denied.value.code == "insufficient_scope"
    assert denied.value.problem["scopes"] == ["keys:write"]
