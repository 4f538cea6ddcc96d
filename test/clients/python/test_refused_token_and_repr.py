# A revoked exchanged token (403 with a Bearer invalid_token challenge) is exchanged again and the
# call replayed once; credentials and stored logins keep their secrets out of repr(). Against a
# live server.
import pytest

from keyway_client import (
    ApiKeyCredentials,
    Client,
    PermissionDeniedError,
    ServiceAccountCredentials,
    StoredLogin,
)
from keyway_client import models as m


def tokens_minted_by(owner: Client, key_id: str) -> int:
    return sum(1 for token in owner.iter_list_access_tokens() if token.client_id == key_id)


def test_revoked_exchanged_token_is_exchanged_again_and_replayed(base_url, owner, api_key):
    with Client(base_url, credentials=ApiKeyCredentials(api_key.secret)) as client:
        first = client.get_whoami().credential
        assert first.kind == "access_token"
        revoked = client.token_manager.token()
        owner.revoke_access_token(first.id)
        # The server now answers the token with 403 and a Bearer invalid_token challenge.
        with Client(base_url, token=revoked) as plain:
            with pytest.raises(PermissionDeniedError) as refused:
                plain.get_whoami()
        assert 'error="invalid_token"' in refused.value.headers["www-authenticate"]

        second = client.get_whoami().credential
        assert second.kind == "access_token" and second.id != first.id
        assert client.token_manager.fetches == 2
        assert client.token_manager.token() != revoked
    assert tokens_minted_by(owner, api_key.id) == 2


def test_missing_scope_403_is_not_replayed(base_url, owner, api_key):
    # 403 insufficient_scope refuses the call, not the token: no new exchange.
    with Client(base_url, credentials=ApiKeyCredentials(api_key.secret)) as client:
        with pytest.raises(PermissionDeniedError):
            client.create_api_key(m.ApiKeyCreateRequest(name="nope", scopes=["keys:read"]))
        assert client.token_manager.fetches == 1


def test_secrets_stay_out_of_repr():
    secret = "kwk_live_s3cr3tValueNotForLogs"
    assert secret not in repr(ApiKeyCredentials(secret))
    assert secret not in repr(ApiKeyCredentials(secret, {"ttl_seconds": 60}))
    service = ServiceAccountCredentials("sa_client", secret, scope="keys:read")
    assert secret not in repr(service)
    assert "sa_client" in repr(service)
    login = StoredLogin(
        access_token=secret + "-access",
        refresh_token=secret + "-refresh",
        expires_at=0.0,
        scope="keys:read",
        client_id="keyway-cli",
    )
    assert secret not in repr(login)
    assert secret not in str(login)
    # Still there for whoever asks for them.
    assert login.to_dict()["refresh_token"] == secret + "-refresh"
