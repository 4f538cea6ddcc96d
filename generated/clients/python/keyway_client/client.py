# generated from spec/openapi.yaml by keyway generate; do not edit
"""
Keyway API
"""

from __future__ import annotations

import typing as _t

from . import _base
from . import models as _m
from ._base import Operation as _Operation

_OPERATIONS: _t.Dict[str, _Operation] = {
    "getJwks": _Operation(
        operation_id="getJwks",
        method="GET",
        path="/.well-known/jwks.json",
        retryable=True,
        bearer=False,
        api_key_header=None,
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.JsonWebKeySet,
    ),
    "getAuthorizationServerMetadata": _Operation(
        operation_id="getAuthorizationServerMetadata",
        method="GET",
        path="/.well-known/oauth-authorization-server",
        retryable=True,
        bearer=False,
        api_key_header=None,
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.AuthorizationServerMetadata,
    ),
    "getDevicePage": _Operation(
        operation_id="getDevicePage",
        method="GET",
        path="/device",
        retryable=True,
        bearer=False,
        api_key_header=None,
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="text",
        result_type=None,
    ),
    "submitDevicePage": _Operation(
        operation_id="submitDevicePage",
        method="POST",
        path="/device",
        retryable=False,
        bearer=False,
        api_key_header=None,
        idempotency_header=None,
        body_encoding="form",
        content_type="application/x-www-form-urlencoded",
        result_kind="text",
        result_type=None,
    ),
    "getHealth": _Operation(
        operation_id="getHealth",
        method="GET",
        path="/healthz",
        retryable=True,
        bearer=False,
        api_key_header=None,
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.Health,
    ),
    "startDeviceAuthorization": _Operation(
        operation_id="startDeviceAuthorization",
        method="POST",
        path="/oauth/device_authorization",
        retryable=False,
        bearer=False,
        api_key_header=None,
        idempotency_header=None,
        body_encoding="form",
        content_type="application/x-www-form-urlencoded",
        result_kind="json",
        result_type=_m.DeviceAuthorizationResponse,
    ),
    "introspectToken": _Operation(
        operation_id="introspectToken",
        method="POST",
        path="/oauth/introspect",
        retryable=False,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding="form",
        content_type="application/x-www-form-urlencoded",
        result_kind="json",
        result_type=_m.IntrospectionResponse,
    ),
    "revokeToken": _Operation(
        operation_id="revokeToken",
        method="POST",
        path="/oauth/revoke",
        retryable=False,
        bearer=True,
        api_key_header=None,
        idempotency_header=None,
        body_encoding="form",
        content_type="application/x-www-form-urlencoded",
        result_kind="json",
        result_type=_t.Dict[str, _t.Any],
    ),
    "requestToken": _Operation(
        operation_id="requestToken",
        method="POST",
        path="/oauth/token",
        retryable=False,
        bearer=False,
        api_key_header=None,
        idempotency_header=None,
        body_encoding="form",
        content_type="application/x-www-form-urlencoded",
        result_kind="json",
        result_type=_m.TokenResponse,
    ),
    "listAccessTokens": _Operation(
        operation_id="listAccessTokens",
        method="GET",
        path="/v1/access-tokens",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.AccessTokenList,
    ),
    "createAccessToken": _Operation(
        operation_id="createAccessToken",
        method="POST",
        path="/v1/access-tokens",
        retryable=False,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.AccessTokenExchangeResponse,
    ),
    "revokeAccessToken": _Operation(
        operation_id="revokeAccessToken",
        method="DELETE",
        path="/v1/access-tokens/{token_id}",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="none",
        result_type=None,
    ),
    "listAgents": _Operation(
        operation_id="listAgents",
        method="GET",
        path="/v1/agents",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.AgentList,
    ),
    "createAgent": _Operation(
        operation_id="createAgent",
        method="POST",
        path="/v1/agents",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header="idempotency-key",
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.Agent,
    ),
    "getAgent": _Operation(
        operation_id="getAgent",
        method="GET",
        path="/v1/agents/{agent_id}",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.Agent,
    ),
    "deleteAgent": _Operation(
        operation_id="deleteAgent",
        method="DELETE",
        path="/v1/agents/{agent_id}",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="none",
        result_type=None,
    ),
    "updateAgent": _Operation(
        operation_id="updateAgent",
        method="PATCH",
        path="/v1/agents/{agent_id}",
        retryable=False,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.Agent,
    ),
    "listAgentKeys": _Operation(
        operation_id="listAgentKeys",
        method="GET",
        path="/v1/agents/{agent_id}/keys",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.AgentKeyList,
    ),
    "createAgentKey": _Operation(
        operation_id="createAgentKey",
        method="POST",
        path="/v1/agents/{agent_id}/keys",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header="idempotency-key",
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.AgentKeyWithSecret,
    ),
    "revokeAgentKey": _Operation(
        operation_id="revokeAgentKey",
        method="DELETE",
        path="/v1/agents/{agent_id}/keys/{key_id}",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="none",
        result_type=None,
    ),
    "listApiKeys": _Operation(
        operation_id="listApiKeys",
        method="GET",
        path="/v1/api-keys",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.ApiKeyList,
    ),
    "createApiKey": _Operation(
        operation_id="createApiKey",
        method="POST",
        path="/v1/api-keys",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header="idempotency-key",
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.ApiKeyWithSecret,
    ),
    "getApiKey": _Operation(
        operation_id="getApiKey",
        method="GET",
        path="/v1/api-keys/{key_id}",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.ApiKey,
    ),
    "revokeApiKey": _Operation(
        operation_id="revokeApiKey",
        method="DELETE",
        path="/v1/api-keys/{key_id}",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.ApiKey,
    ),
    "updateApiKey": _Operation(
        operation_id="updateApiKey",
        method="PATCH",
        path="/v1/api-keys/{key_id}",
        retryable=False,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.ApiKey,
    ),
    "rotateApiKey": _Operation(
        operation_id="rotateApiKey",
        method="POST",
        path="/v1/api-keys/{key_id}/rotate",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header="idempotency-key",
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.ApiKeyWithSecret,
    ),
    "listAppTokens": _Operation(
        operation_id="listAppTokens",
        method="GET",
        path="/v1/app-tokens",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.AppTokenList,
    ),
    "createAppToken": _Operation(
        operation_id="createAppToken",
        method="POST",
        path="/v1/app-tokens",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header="idempotency-key",
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.AppTokenWithSecret,
    ),
    "revokeAppToken": _Operation(
        operation_id="revokeAppToken",
        method="DELETE",
        path="/v1/app-tokens/{token_id}",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="none",
        result_type=None,
    ),
    "listAuditEvents": _Operation(
        operation_id="listAuditEvents",
        method="GET",
        path="/v1/audit-events",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.AuditEventList,
    ),
    "streamAuditEvents": _Operation(
        operation_id="streamAuditEvents",
        method="GET",
        path="/v1/audit-events/stream",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="sse",
        result_type=None,
    ),
    "login": _Operation(
        operation_id="login",
        method="POST",
        path="/v1/auth/login",
        retryable=False,
        bearer=False,
        api_key_header=None,
        idempotency_header=None,
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.Session,
    ),
    "logout": _Operation(
        operation_id="logout",
        method="POST",
        path="/v1/auth/logout",
        retryable=False,
        bearer=True,
        api_key_header=None,
        idempotency_header=None,
        body_encoding="json",
        content_type="application/json",
        result_kind="none",
        result_type=None,
    ),
    "refreshSession": _Operation(
        operation_id="refreshSession",
        method="POST",
        path="/v1/auth/refresh",
        retryable=False,
        bearer=False,
        api_key_header=None,
        idempotency_header=None,
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.Session,
    ),
    "signup": _Operation(
        operation_id="signup",
        method="POST",
        path="/v1/auth/signup",
        retryable=True,
        bearer=False,
        api_key_header=None,
        idempotency_header="idempotency-key",
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.Session,
    ),
    "verifyDeviceCode": _Operation(
        operation_id="verifyDeviceCode",
        method="POST",
        path="/v1/device/verify",
        retryable=False,
        bearer=True,
        api_key_header=None,
        idempotency_header=None,
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.DeviceVerifyResult,
    ),
    "listInvitations": _Operation(
        operation_id="listInvitations",
        method="GET",
        path="/v1/invitations",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.InvitationList,
    ),
    "createInvitations": _Operation(
        operation_id="createInvitations",
        method="POST",
        path="/v1/invitations",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header="idempotency-key",
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.InvitationResults,
    ),
    "acceptInvitation": _Operation(
        operation_id="acceptInvitation",
        method="POST",
        path="/v1/invitations/accept",
        retryable=False,
        bearer=True,
        api_key_header=None,
        idempotency_header=None,
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.Membership,
    ),
    "revokeInvitation": _Operation(
        operation_id="revokeInvitation",
        method="DELETE",
        path="/v1/invitations/{invitation_id}",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="none",
        result_type=None,
    ),
    "listMembers": _Operation(
        operation_id="listMembers",
        method="GET",
        path="/v1/members",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.MemberList,
    ),
    "removeMember": _Operation(
        operation_id="removeMember",
        method="DELETE",
        path="/v1/members/{user_id}",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="none",
        result_type=None,
    ),
    "updateMember": _Operation(
        operation_id="updateMember",
        method="PATCH",
        path="/v1/members/{user_id}",
        retryable=False,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.Member,
    ),
    "listOrgs": _Operation(
        operation_id="listOrgs",
        method="GET",
        path="/v1/orgs",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.OrgList,
    ),
    "createOrg": _Operation(
        operation_id="createOrg",
        method="POST",
        path="/v1/orgs",
        retryable=True,
        bearer=True,
        api_key_header=None,
        idempotency_header="idempotency-key",
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.Org,
    ),
    "getOrg": _Operation(
        operation_id="getOrg",
        method="GET",
        path="/v1/orgs/{org_id}",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.Org,
    ),
    "updateOrg": _Operation(
        operation_id="updateOrg",
        method="PATCH",
        path="/v1/orgs/{org_id}",
        retryable=False,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.Org,
    ),
    "listScopes": _Operation(
        operation_id="listScopes",
        method="GET",
        path="/v1/scopes",
        retryable=True,
        bearer=False,
        api_key_header=None,
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.ScopeCatalogue,
    ),
    "listServiceAccounts": _Operation(
        operation_id="listServiceAccounts",
        method="GET",
        path="/v1/service-accounts",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.ServiceAccountList,
    ),
    "createServiceAccount": _Operation(
        operation_id="createServiceAccount",
        method="POST",
        path="/v1/service-accounts",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header="idempotency-key",
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.ServiceAccountWithSecret,
    ),
    "getServiceAccount": _Operation(
        operation_id="getServiceAccount",
        method="GET",
        path="/v1/service-accounts/{account_id}",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.ServiceAccount,
    ),
    "deleteServiceAccount": _Operation(
        operation_id="deleteServiceAccount",
        method="DELETE",
        path="/v1/service-accounts/{account_id}",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="none",
        result_type=None,
    ),
    "updateServiceAccount": _Operation(
        operation_id="updateServiceAccount",
        method="PATCH",
        path="/v1/service-accounts/{account_id}",
        retryable=False,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.ServiceAccount,
    ),
    "rotateServiceAccountSecret": _Operation(
        operation_id="rotateServiceAccountSecret",
        method="POST",
        path="/v1/service-accounts/{account_id}/secrets",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header="idempotency-key",
        body_encoding="json",
        content_type="application/json",
        result_kind="json",
        result_type=_m.ServiceAccountWithSecret,
    ),
    "getWhoami": _Operation(
        operation_id="getWhoami",
        method="GET",
        path="/v1/whoami",
        retryable=True,
        bearer=True,
        api_key_header="x-api-key",
        idempotency_header=None,
        body_encoding=None,
        content_type=None,
        result_kind="json",
        result_type=_m.Whoami,
    ),
}


class Client(_base.BaseClient):
    """A client with one method per operation, and the auth lifecycle of BaseClient."""

    _operations = _OPERATIONS
    _exchange_operation = "createAccessToken"
    _exchange_request_type = _m.AccessTokenExchangeRequest
    _device_authorization_operation = "startDeviceAuthorization"
    _token_operation = "requestToken"

    def get_jwks(self) -> _m.JsonWebKeySet:
        """
        Get the JSON Web Key Set

        The public keys that verify Keyway access tokens (RFC 7517 §5; RFC 9068 §4). Each token's
        `kid` header names its key. During a signing-key rotation the set lists the new key
        before it signs anything and keeps the old one until every token it signed has expired,
        so a verifier that refetches on an unknown `kid` never rejects a valid token.
        """
        return self._call(
            "getJwks",
            path={},
            query={},
            headers={},
            body=None,
        )

    def get_authorization_server_metadata(self) -> _m.AuthorizationServerMetadata:
        """
        Get the authorization server metadata

        The RFC 8414 §3 metadata document: the issuer, every OAuth endpoint, the supported grant
        types, client authentication methods and scopes. Standard OAuth client libraries discover
        Keyway from it. Keyway has no authorization endpoint, so `response_types_supported` is
        empty and there is no `code_challenge_methods_supported`.
        """
        return self._call(
            "getAuthorizationServerMetadata",
            path={},
            query={},
            headers={},
            body=None,
        )

    def get_device_page(self, *, user_code: _t.Optional[str] = None) -> str:
        """
        Show the device login page

        The RFC 8628 §3.3 verification page, a server-rendered HTML form. Without a session it asks
        the person to sign in; with one it asks for the code (see `submitDevicePage`), then shows
        which client asks for which scopes and offers Approve and Deny. `verification_uri_complete`
        links here with `user_code` pre-filled (RFC 8628 §3.3.1); the person still confirms the
        code before approving.

        Every form carries a CSRF token in a hidden `csrf_token` field that must match the one
        sealed in the page's cookie. Pages are served with a strict `Content-Security-Policy` (no
        scripts, no external resources, the page's one stylesheet allowed by its hash,
        `frame-ancestors 'none'`), `Referrer-Policy: no-referrer` and `Cache-Control: no-store`.
        The page's session lives in an encrypted `HttpOnly`, `SameSite=Lax` cookie (`Secure` when
        the issuer is HTTPS) scoped to `/device`; signing in there starts a short session of its
        own, separate from any API session.
        """
        return self._call(
            "getDevicePage",
            path={},
            query={"user_code": user_code, },
            headers={},
            body=None,
        )

    def submit_device_page(self, body: _t.Union[_m.SubmitDevicePageBody, _t.Dict[str, _t.Any]]) -> str:
        """
        Submit the device login page

        The device page's form post. `action` says which step:

        - `sign_in`: `email` and `password` (and optionally `org_id`) start a device-page session;
          the answer shows the pending request for `user_code`. A person in several
          organizations who gave no `org_id` is asked to pick one next.
        - `choose_org`: after such a sign-in, `org_id` picks the organization.
        - `check`: with a session, looks up `user_code` and shows the pending request. A GET
          with `?user_code=` only pre-fills the code: looking codes up is a CSRF-checked post, so
          a link from another site cannot use up the person's wrong-code allowance.
        - `approve` / `deny`: with a session, answer the request identified by `user_code`
          (RFC 8628 §3.3). The device's next poll gets its tokens or `access_denied`. Answering
          ends the page's sign-in, so on a shared machine the next person signs in again.

        `csrf_token` must match the one issued with the page, else 400. Wrong codes and failed
        sign-ins count against attempt limits (RFC 8628 §5.1), then 429. The session cookie is
        `HttpOnly` and `SameSite=Lax`; the page is served with a strict
        `Content-Security-Policy`.
        """
        return self._call(
            "submitDevicePage",
            path={},
            query={},
            headers={},
            body=body,
        )

    def get_health(self) -> _m.Health:
        """
        Check that the server is up

        Liveness and readiness. Answers 200 once the database is reachable and migrated.
        """
        return self._call(
            "getHealth",
            path={},
            query={},
            headers={},
            body=None,
        )

    def start_device_authorization(self, body: _t.Union[_m.DeviceAuthorizationRequest, _t.Dict[str, _t.Any]]) -> _m.DeviceAuthorizationResponse:
        """
        Start a device authorization

        The RFC 8628 §3.1 device authorization endpoint. A public client on a device without a
        browser (e.g. `keyway-cli`) gets a `device_code` to poll the token endpoint with and a
        `user_code` for the person to enter at `verification_uri` (RFC 8628 §3.2). Only
        allow-listed client ids may start a flow; others answer 401 `invalid_client`. A scope
        outside the catalogue answers 400 `invalid_scope`. Accepts form-encoded and JSON bodies
        and ignores unknown parameters.
        """
        return self._call(
            "startDeviceAuthorization",
            path={},
            query={},
            headers={},
            body=body,
        )

    def introspect_token(self, body: _t.Union[_m.IntrospectionRequest, _t.Dict[str, _t.Any]]) -> _m.IntrospectionResponse:
        """
        Introspect a token

        RFC 7662 token introspection, for resource servers that verify Keyway credentials
        (access tokens, refresh tokens, API keys, agent keys, app tokens) without parsing them.
        The caller authenticates with a credential that has `tokens:read` (Bearer, `x-api-key`,
        or a service account's HTTP Basic credentials) and sees only tokens of its own
        organization. An unknown, malformed, expired or revoked token, or another organization's,
        answers 200 `{\"active\": false}` (RFC 7662 §2.2), never an error. Accepts form-encoded and
        JSON bodies and ignores unknown parameters.
        """
        return self._call(
            "introspectToken",
            path={},
            query={},
            headers={},
            body=body,
        )

    def revoke_token(self, body: _t.Union[_m.RevocationRequest, _t.Dict[str, _t.Any]]) -> _t.Dict[str, _t.Any]:
        """
        Revoke a token

        RFC 7009 token revocation. Revoking a refresh token also revokes its family and the
        access tokens issued from it (RFC 7009 §2.1). The answer is 200 with an empty object also
        when the token is unknown, malformed, already revoked or another organization's
        (RFC 7009 §2.2), so revocation reveals nothing. An unsupported kind of token answers 400
        `unsupported_token_type` (RFC 7009 §2.2.1). Accepts form-encoded and JSON bodies and
        ignores unknown parameters.
        """
        return self._call(
            "revokeToken",
            path={},
            query={},
            headers={},
            body=body,
        )

    def request_token(self, body: _t.Union[_m.TokenRequest, _t.Dict[str, _t.Any]]) -> _m.TokenResponse:
        """
        Request an access token

        The RFC 6749 §3.2 token endpoint. It accepts `application/x-www-form-urlencoded` (the
        standard, so OAuth client libraries work unmodified) and `application/json`, and ignores
        unknown parameters (RFC 6749 §3.2). Grants:

        - `client_credentials` (RFC 6749 §4.4): a service account authenticates with HTTP Basic
          (`client_secret_basic`) or `client_id` + `client_secret` in the body
          (`client_secret_post`), never both. No refresh token is issued (RFC 6749 §4.4.3).
        - `refresh_token` (RFC 6749 §6): the refresh token rotates on every use; presenting a used
          one answers `invalid_grant` and revokes the whole family.
        - `urn:ietf:params:oauth:grant-type:device_code` (RFC 8628 §3.4): a public client such as
          `keyway-cli` polls with `device_code` and `client_id`, no client secret. A device code is
          redeemed at most once, even under concurrent polls.
        - `urn:ietf:params:oauth:grant-type:token-exchange` (RFC 8693 §2.1): a Keyway API key,
          agent key, app token or access token in `subject_token` is exchanged for a short-lived
          access token whose scopes are a subset of the subject's.

        Client authentication is optional because device-flow clients are public; a client that
        does authenticate and fails answers 401 `invalid_client`.

        Errors (RFC 6749 §5.2) are 400 `{error, error_description}`: `invalid_request`,
        `invalid_grant`, `unauthorized_client`, `unsupported_grant_type`, `invalid_scope`,
        `invalid_target`, and, while polling with a device code (RFC 8628 §3.5):

        - `authorization_pending`: the person has not answered yet; poll again after `interval`.
        - `slow_down`: polling too fast; the interval grows by 5 seconds for this and every later
          request.
        - `access_denied`: the person denied the request; stop polling.
        - `expired_token`: the device code expired; start a new device authorization.
        """
        return self._call(
            "requestToken",
            path={},
            query={},
            headers={},
            body=body,
        )

    def list_access_tokens(self, *, limit: _t.Optional[int] = None, cursor: _t.Optional[str] = None) -> _m.AccessTokenList:
        """
        List access tokens

        The organization's access tokens, newest first, including expired and revoked ones
        until they are purged. Metadata only: the tokens themselves are never stored, so they
        can never be listed. Use the `id` (the token's `jti`) to revoke one.
        """
        return self._call(
            "listAccessTokens",
            path={},
            query={"limit": limit, "cursor": cursor, },
            headers={},
            body=None,
        )

    def create_access_token(self, body: _t.Union[_m.AccessTokenExchangeRequest, _t.Dict[str, _t.Any]]) -> _m.AccessTokenExchangeResponse:
        """
        Exchange a key or a service account for an access token

        Mints a short-lived bearer token, a JWT in the RFC 9068 profile (`typ: at+jwt`, with
        `iss`, `sub`, `aud`, `exp`, `iat`, `jti`, `client_id` and `scope` claims) signed with a
        key published at `/.well-known/jwks.json`. Use it as `Authorization: Bearer <token>`
        (RFC 6750 §2.1); it is the credential to hand to browsers and other places where a
        long-lived secret must not go.

        The credential being exchanged is presented in exactly one way:
        `Authorization: Bearer <secret>` or `x-api-key: <secret>` (an API key, agent key or app
        token), the body's `api_key`, the body's `api_key_id` + `api_key_secret`, or the body's
        `service_account_id` + `service_account_secret`. A missing, malformed or unknown
        credential answers 401; an expired or revoked one answers 403. The token stays tied to
        the credential it was minted from: revoking that credential (or deleting the agent a key
        belongs to) ends the token on its next use.

        `scopes` must be a subset of the credential's effective scopes (none requested means all
        of them); extra scopes answer 403 `insufficient_scope` with `scopes` naming them.
        `ttl_seconds` is bounded by server configuration. The response follows the RFC 6749
        §5.1 token response and carries `Cache-Control: no-store`. Service accounts can also use
        the standard client credentials grant at `/oauth/token`.
        """
        return self._call(
            "createAccessToken",
            path={},
            query={},
            headers={},
            body=body,
        )

    def revoke_access_token(self, token_id: str) -> None:
        """
        Revoke an access token

        Revokes one access token by id. The issuing server refuses it from the very next
        request (403 `credential_revoked`), and RFC 7662 introspection reports it
        `active: false`. Resource servers that verify the JWT offline against the JWKS only
        notice at expiry, which is why access tokens are short-lived. Revoking an already
        revoked or expired token also answers 204 (as RFC 7009 §2.2 does). To revoke a token
        you hold, without knowing its id, use `/oauth/revoke`.
        """
        return self._call(
            "revokeAccessToken",
            path={"token_id": token_id, },
            query={},
            headers={},
            body=None,
        )

    def list_agents(self, *, limit: _t.Optional[int] = None, cursor: _t.Optional[str] = None) -> _m.AgentList:
        """
        List agents

        The organization's agents, newest first.
        """
        return self._call(
            "listAgents",
            path={},
            query={"limit": limit, "cursor": cursor, },
            headers={},
            body=None,
        )

    def create_agent(self, body: _t.Union[_m.AgentCreateRequest, _t.Dict[str, _t.Any]], *, idempotency_key: _t.Optional[str] = None) -> _m.Agent:
        """
        Create an agent

        Creates a named agent identity in the caller's organization. An agent holds no secret
        itself; mint keys for it with `createAgentKey`. A name already used by another agent of
        the organization answers 409 `conflict`. Send an `Idempotency-Key` to make retries safe.
        """
        return self._call(
            "createAgent",
            path={},
            query={},
            headers={"idempotency-key": idempotency_key, },
            body=body,
        )

    def get_agent(self, agent_id: str) -> _m.Agent:
        """
        Get an agent

        One agent. An agent of another organization answers 404.
        """
        return self._call(
            "getAgent",
            path={"agent_id": agent_id, },
            query={},
            headers={},
            body=None,
        )

    def delete_agent(self, agent_id: str) -> None:
        """
        Delete an agent

        Deletes the agent and revokes all of its keys, effective on the very next request on
        every server node. Each revoked key is recorded in the audit log (`agent_key.revoked`),
        followed by `agent.deleted`.
        """
        return self._call(
            "deleteAgent",
            path={"agent_id": agent_id, },
            query={},
            headers={},
            body=None,
        )

    def update_agent(self, agent_id: str, body: _t.Union[_m.AgentUpdateRequest, _t.Dict[str, _t.Any]]) -> _m.Agent:
        """
        Update an agent

        Renames or redescribes the agent. Its keys are unaffected. A name already used by
        another agent of the organization answers 409 `conflict`.
        """
        return self._call(
            "updateAgent",
            path={"agent_id": agent_id, },
            query={},
            headers={},
            body=body,
        )

    def list_agent_keys(self, agent_id: str, *, limit: _t.Optional[int] = None, cursor: _t.Optional[str] = None) -> _m.AgentKeyList:
        """
        List an agent's keys

        The agent's keys, newest first, including expired and revoked ones. Never returns a
        secret: each key is identified by its id and 12-character display `prefix`.
        """
        return self._call(
            "listAgentKeys",
            path={"agent_id": agent_id, },
            query={"limit": limit, "cursor": cursor, },
            headers={},
            body=None,
        )

    def create_agent_key(self, agent_id: str, body: _t.Union[_m.AgentKeyCreateRequest, _t.Dict[str, _t.Any]], *, idempotency_key: _t.Optional[str] = None) -> _m.AgentKeyWithSecret:
        """
        Mint a key for an agent

        Mints a key (`kwa_…`) with which the agent's process authenticates directly, with
        `x-api-key` or `Authorization: Bearer` (RFC 6750 §2.1), for example to follow the audit
        event stream. The secret is returned exactly once, with `Cache-Control: no-store`.
        Every scope must be allowed by the caller's role, else 403 `role_cap_exceeded`. Send an
        `Idempotency-Key` to make retries safe.
        """
        return self._call(
            "createAgentKey",
            path={"agent_id": agent_id, },
            query={},
            headers={"idempotency-key": idempotency_key, },
            body=body,
        )

    def revoke_agent_key(self, agent_id: str, key_id: str) -> None:
        """
        Revoke an agent key

        Revokes one of the agent's keys, effective on the very next request on every server
        node; open event streams authenticated with it are closed. The key stays listed with
        `status: revoked`. Revoking an already revoked key also answers 204; a key that does not
        belong to this agent answers 404.
        """
        return self._call(
            "revokeAgentKey",
            path={"agent_id": agent_id, "key_id": key_id, },
            query={},
            headers={},
            body=None,
        )

    def list_api_keys(self, *, limit: _t.Optional[int] = None, cursor: _t.Optional[str] = None, status: _t.Optional[_m.CredentialStatus] = None, created_by: _t.Optional[str] = None, scope: _t.Optional[_m.Scope] = None) -> _m.ApiKeyList:
        """
        List API keys

        The organization's API keys, newest first, including expired and revoked ones (they stay
        listed for audit). Never returns a secret: each key is identified by its id and its
        12-character display `prefix`. Filter by `status`, `created_by` or `scope`.
        """
        return self._call(
            "listApiKeys",
            path={},
            query={"limit": limit, "cursor": cursor, "status": status, "created_by": created_by, "scope": scope, },
            headers={},
            body=None,
        )

    def create_api_key(self, body: _t.Union[_m.ApiKeyCreateRequest, _t.Dict[str, _t.Any]], *, idempotency_key: _t.Optional[str] = None) -> _m.ApiKeyWithSecret:
        """
        Create an API key

        Creates a scoped API key bound to the caller's organization and returns its secret
        (`kwk_…`, pattern in `ApiKeySecret`) exactly once, with `Cache-Control: no-store`. Only
        a hash and the display prefix are stored: a lost secret cannot be recovered, only
        rotated or replaced.

        Every requested scope must be allowed by the caller's role, else 403
        `role_cap_exceeded`; afterwards the key's `effective_scopes` follow its creator's
        current role. `expires_at` is optional: the default and the maximum lifetime are server
        configuration. Send an `Idempotency-Key` to make retries safe.
        """
        return self._call(
            "createApiKey",
            path={},
            query={},
            headers={"idempotency-key": idempotency_key, },
            body=body,
        )

    def get_api_key(self, key_id: str) -> _m.ApiKey:
        """
        Get an API key

        One API key's metadata, never its secret. A key of another organization answers 404.
        """
        return self._call(
            "getApiKey",
            path={"key_id": key_id, },
            query={},
            headers={},
            body=None,
        )

    def revoke_api_key(self, key_id: str) -> _m.ApiKey:
        """
        Revoke an API key

        Revokes the key (and any previous secret still in its rotation grace period). Effective
        on the very next request, on every server node: the key then answers 403
        `credential_revoked`. Access tokens minted from the key are revoked with it. The key
        stays listed with `status: revoked`. Revoking an already revoked key returns it
        unchanged.
        """
        return self._call(
            "revokeApiKey",
            path={"key_id": key_id, },
            query={},
            headers={},
            body=None,
        )

    def update_api_key(self, key_id: str, body: _t.Union[_m.ApiKeyUpdateRequest, _t.Dict[str, _t.Any]]) -> _m.ApiKey:
        """
        Rename an API key or narrow its scopes

        Changes a key's `name` and/or removes scopes from it. Scopes can only be narrowed: a
        `scopes` list that contains a scope the key does not already hold answers 403 (create a
        new key instead), so a leaked key can never be widened through this endpoint. Narrowing
        takes effect on the key's very next request; access tokens already minted from it keep
        their scopes until they expire or are revoked.
        """
        return self._call(
            "updateApiKey",
            path={"key_id": key_id, },
            query={},
            headers={},
            body=body,
        )

    def rotate_api_key(self, key_id: str, body: _t.Optional[_t.Union[_m.ApiKeyRotateRequest, _t.Dict[str, _t.Any]]] = None, *, idempotency_key: _t.Optional[str] = None) -> _m.ApiKeyWithSecret:
        """
        Rotate an API key's secret

        Issues a new secret for the key and returns it exactly once, with
        `Cache-Control: no-store`. The key keeps its id, name and scopes. With
        `grace_period_seconds` > 0 the old secret keeps working until
        `previous_secret_expires_at`, so deployments can switch over without downtime; with 0
        (the default) it stops working at once. A key holds at most one previous secret:
        rotating again during a grace period ends the earlier previous secret immediately.
        Rotating a revoked or expired key answers 409 `conflict`. Send an `Idempotency-Key` to
        make retries safe (a retry returns the same new secret instead of rotating twice).
        """
        return self._call(
            "rotateApiKey",
            path={"key_id": key_id, },
            query={},
            headers={"idempotency-key": idempotency_key, },
            body=body,
        )

    def list_app_tokens(self, *, limit: _t.Optional[int] = None, cursor: _t.Optional[str] = None) -> _m.AppTokenList:
        """
        List app tokens

        The organization's app tokens, newest first, including expired and revoked ones. Never
        returns a secret: each token is identified by its id and 12-character display `prefix`.
        """
        return self._call(
            "listAppTokens",
            path={},
            query={"limit": limit, "cursor": cursor, },
            headers={},
            body=None,
        )

    def create_app_token(self, body: _t.Union[_m.AppTokenCreateRequest, _t.Dict[str, _t.Any]], *, idempotency_key: _t.Optional[str] = None) -> _m.AppTokenWithSecret:
        """
        Mint an app token

        Mints an organization-scoped token (`kwt_…`) for a service-to-service integration and
        returns it exactly once, with `Cache-Control: no-store`. It authenticates with
        `Authorization: Bearer` (RFC 6750 §2.1) or `x-api-key`. The `app-tokens:write` scope
        belongs only to the `owner` and `admin` roles (see `GET /v1/scopes`), so only admins and
        owners can mint app tokens; every requested scope must also be allowed by the caller's
        role, else 403 `role_cap_exceeded`. Send an `Idempotency-Key` to make retries safe.
        """
        return self._call(
            "createAppToken",
            path={},
            query={},
            headers={"idempotency-key": idempotency_key, },
            body=body,
        )

    def revoke_app_token(self, token_id: str) -> None:
        """
        Revoke an app token

        Revokes the app token, effective on the very next request on every server node. The
        token stays listed with `status: revoked`. Revoking an already revoked token also
        answers 204.
        """
        return self._call(
            "revokeAppToken",
            path={"token_id": token_id, },
            query={},
            headers={},
            body=None,
        )

    def list_audit_events(self, *, limit: _t.Optional[int] = None, cursor: _t.Optional[str] = None, action: _t.Optional[_m.AuditAction] = None, actor_id: _t.Optional[str] = None, target_id: _t.Optional[str] = None, since: _t.Optional[str] = None, until: _t.Optional[str] = None) -> _m.AuditEventList:
        """
        Query the audit log

        The organization's audit events, newest first: every security-relevant action (keys
        created, rotated and revoked, tokens minted, logins, device approvals, role changes, rate
        limiting…). Events identify credentials by id and 12-character display prefix and never
        contain a secret, a token or a password.

        Filter by `action`, `actor_id`, `target_id` and a `since`/`until` time window. A caller
        authenticated with an agent key sees only its own agent's events (those whose actor is
        one of the agent's keys or whose target is the agent or one of its keys).
        """
        return self._call(
            "listAuditEvents",
            path={},
            query={"limit": limit, "cursor": cursor, "action": action, "actor_id": actor_id, "target_id": target_id, "since": since, "until": until, },
            headers={},
            body=None,
        )

    def stream_audit_events(self, *, action: _t.Optional[_m.AuditAction] = None, actor_id: _t.Optional[str] = None, target_id: _t.Optional[str] = None, since: _t.Optional[str] = None, until: _t.Optional[str] = None, last_event_id: _t.Optional[_m.AuditEventId] = None) -> _base.EventStream:
        """
        Stream audit events live (Server-Sent Events)

        A `text/event-stream` (Server-Sent Events, WHATWG HTML §9.2) of the organization's audit
        events as they happen, oldest first. Each event has `id:` (the event id), `event:` (its
        `action`) and one `data:` line holding the `AuditEvent` as JSON. A `: heartbeat` comment
        is sent when the stream opens and every 15 seconds after, so that proxies keep the
        connection open. Events arrive in id order, about a second after they happen (whichever
        server node recorded them), so that an event committed a moment late is never skipped.

        Takes the same filters as `listAuditEvents`. Without `since` or `Last-Event-ID` the
        stream starts with events created after the connection opens; with `since` it first
        replays the matching events created since then; with `Last-Event-ID` (which
        `EventSource` sends by itself when it reconnects) it resumes right after that event, so
        nothing is missed and nothing is sent twice (it takes precedence over `since`). With
        `until` the server closes the stream once every event before that time has been sent.

        A caller authenticated with an agent key sees only its own agent's events. Browsers'
        `EventSource` cannot set headers: use a polyfill that sends `Authorization: Bearer` or
        `x-api-key`, or a short-lived access token. The server ends the stream when the
        credential is revoked, expires or loses `audit:read` (checked at each heartbeat, and at
        once after a revocation in the organization); the client reconnects with a fresh one.
        """
        return self._call(
            "streamAuditEvents",
            path={},
            query={"action": action, "actor_id": actor_id, "target_id": target_id, "since": since, "until": until, },
            headers={"last-event-id": last_event_id, },
            body=None,
        )

    def login(self, body: _t.Union[_m.LoginRequest, _t.Dict[str, _t.Any]]) -> _m.Session:
        """
        Log in

        Exchanges an email and password for a session: a short-lived access token and a rotating
        refresh token. A person in several organizations picks one with `org_id`; without it the
        session is for the organization they joined first. An unknown email, a wrong password and
        an `org_id` the person does not belong to all answer the same 401 `invalid_credential`,
        in comparable time, so login does not reveal which accounts exist. Failed logins are
        rate limited per email and per client address (429) and recorded in the audit log.
        """
        return self._call(
            "login",
            path={},
            query={},
            headers={},
            body=body,
        )

    def logout(self, body: _t.Optional[_t.Union[_m.LogoutRequest, _t.Dict[str, _t.Any]]] = None) -> None:
        """
        Log out

        Ends the caller's session: the presented session access token is revoked at once, and so
        is its refresh-token family. The optional body names the session's refresh token for
        clients that hold it; it must belong to the same session, else 400. Needs a person's
        session, not an API key.
        """
        return self._call(
            "logout",
            path={},
            query={},
            headers={},
            body=body,
        )

    def refresh_session(self, body: _t.Union[_m.RefreshRequest, _t.Dict[str, _t.Any]]) -> _m.Session:
        """
        Refresh a session

        Exchanges a refresh token for a new session (RFC 6749 §6 semantics). Refresh tokens
        rotate: every use returns a new one and retires the old. Presenting a refresh token that
        was already used is treated as theft: it answers 401 and revokes the whole family, so
        every session descended from the same login must sign in again (RFC 9700 §4.14.2).
        The role and scopes are re-read, so a changed role takes effect at the next refresh.
        """
        return self._call(
            "refreshSession",
            path={},
            query={},
            headers={},
            body=body,
        )

    def signup(self, body: _t.Union[_m.SignupRequest, _t.Dict[str, _t.Any]], *, idempotency_key: _t.Optional[str] = None) -> _m.Session:
        """
        Sign up

        Creates a person and a new organization that they own, and signs them in. The password is
        stored only as a memory-hard hash (scrypt or argon2id). An email that is already
        registered answers 409 `conflict`. Tokens are returned with `Cache-Control: no-store`.
        """
        return self._call(
            "signup",
            path={},
            query={},
            headers={"idempotency-key": idempotency_key, },
            body=body,
        )

    def verify_device_code(self, body: _t.Union[_m.DeviceVerifyRequest, _t.Dict[str, _t.Any]]) -> _m.DeviceVerifyResult:
        """
        Approve or deny a device login

        The API behind the device page (RFC 8628 §3.3), for clients that render their own: a
        signed-in person approves or denies the device request identified by `user_code`,
        optionally granting only some of the requested scopes (always capped by their role).
        The device's next poll of the token endpoint then gets its tokens or `access_denied`.
        The code is matched case-insensitively, ignoring the dash and spaces. An unknown, expired
        or already answered code answers 404; wrong codes count against an attempt limit
        (5 in any 15 minutes, RFC 8628 §5.1), then 429. Needs a person's session from the login
        API (a device's own login cannot approve another device: 403 `session_required`).
        Approving when none of the requested scopes is within the approver's own answers 403
        `role_cap_exceeded`; deny instead.
        """
        return self._call(
            "verifyDeviceCode",
            path={},
            query={},
            headers={},
            body=body,
        )

    def list_invitations(self, *, limit: _t.Optional[int] = None, cursor: _t.Optional[str] = None) -> _m.InvitationList:
        """
        List invitations

        The invitations of the caller's organization, newest first, with their status. Accept
        tokens are never shown again.
        """
        return self._call(
            "listInvitations",
            path={},
            query={"limit": limit, "cursor": cursor, },
            headers={},
            body=None,
        )

    def create_invitations(self, body: _t.Union[_m.CreateInvitationsRequest, _t.Dict[str, _t.Any]], *, idempotency_key: _t.Optional[str] = None) -> _m.InvitationResults:
        """
        Invite people

        Invites up to 50 email addresses at once, each with a role. The answer has one result per
        email, in request order: `invited` (with the new invitation and its accept token, shown
        once), `already_member`, `already_invited` (with the pending invitation, no token) or
        `rejected` (with an `error`, e.g. `role_cap_exceeded` for a role above the caller's own).
        One rejected email does not fail the others. The caller forwards each token to its
        invitee, who accepts it with `POST /v1/invitations/accept`. Honours `Idempotency-Key`; the
        response carries tokens, so it is `Cache-Control: no-store`.
        """
        return self._call(
            "createInvitations",
            path={},
            query={},
            headers={"idempotency-key": idempotency_key, },
            body=body,
        )

    def accept_invitation(self, body: _t.Union[_m.AcceptInvitationRequest, _t.Dict[str, _t.Any]]) -> _m.Membership:
        """
        Accept an invitation

        A signed-in person joins the inviting organization with the invited role. The signed-in
        person's email must match the invitation's (case-insensitively), else 403; an unknown,
        revoked, expired or already used token answers 404; a person who is already a member
        answers 409 `conflict`. Sign in to the organization with `POST /v1/auth/login` and its
        `org_id`. Needs a person's session.
        """
        return self._call(
            "acceptInvitation",
            path={},
            query={},
            headers={},
            body=body,
        )

    def revoke_invitation(self, invitation_id: str) -> None:
        """
        Revoke an invitation

        Revokes a pending invitation; its token stops working at once. Revoking an invitation
        that was already accepted answers 409 `conflict`; revoking a revoked or expired one
        succeeds. Recorded in the audit log.
        """
        return self._call(
            "revokeInvitation",
            path={"invitation_id": invitation_id, },
            query={},
            headers={},
            body=None,
        )

    def list_members(self, *, limit: _t.Optional[int] = None, cursor: _t.Optional[str] = None, role: _t.Optional[_m.Role] = None) -> _m.MemberList:
        """
        List members

        The members of the caller's organization with their roles, oldest membership first,
        optionally filtered by role.
        """
        return self._call(
            "listMembers",
            path={},
            query={"limit": limit, "cursor": cursor, "role": role, },
            headers={},
            body=None,
        )

    def remove_member(self, user_id: str) -> None:
        """
        Remove a member

        Removes a person from the caller's organization (a person may also remove themselves).
        Their sessions for this organization and the credentials they created stop working at
        once. Removing someone above the caller's role answers 403 `role_cap_exceeded`; removing
        the last owner answers 409 `last_owner`. Recorded in the audit log.
        """
        return self._call(
            "removeMember",
            path={"user_id": user_id, },
            query={},
            headers={},
            body=None,
        )

    def update_member(self, user_id: str, body: _t.Union[_m.UpdateMemberRequest, _t.Dict[str, _t.Any]]) -> _m.Member:
        """
        Change a member's role

        Changes a member's role. Role cap: nobody grants a role above their own, nor changes the
        role of someone above them (403 `role_cap_exceeded`). Demoting the last owner answers 409
        `last_owner`. The credentials the member created keep their scopes but are capped by the
        new role from the next request on. Recorded in the audit log.
        """
        return self._call(
            "updateMember",
            path={"user_id": user_id, },
            query={},
            headers={},
            body=body,
        )

    def list_orgs(self, *, limit: _t.Optional[int] = None, cursor: _t.Optional[str] = None) -> _m.OrgList:
        """
        List organizations

        The organizations the caller can see, each with the caller's role in it. A person's
        session lists every organization they belong to (to pick one at login); any other
        credential is bound to one organization and lists only it. Oldest first.
        """
        return self._call(
            "listOrgs",
            path={},
            query={"limit": limit, "cursor": cursor, },
            headers={},
            body=None,
        )

    def create_org(self, body: _t.Union[_m.CreateOrgRequest, _t.Dict[str, _t.Any]], *, idempotency_key: _t.Optional[str] = None) -> _m.Org:
        """
        Create an organization

        A signed-in person creates a new organization and becomes its owner. Needs a person's
        session, not an API key. Sign in to it with `POST /v1/auth/login` and its `org_id`.
        Honours `Idempotency-Key`.
        """
        return self._call(
            "createOrg",
            path={},
            query={},
            headers={"idempotency-key": idempotency_key, },
            body=body,
        )

    def get_org(self, org_id: str) -> _m.Org:
        """
        Get an organization

        One organization the caller can see, with the caller's role in it. Any other
        organization answers 404, never 403.
        """
        return self._call(
            "getOrg",
            path={"org_id": org_id, },
            query={},
            headers={},
            body=None,
        )

    def update_org(self, org_id: str, body: _t.Union[_m.UpdateOrgRequest, _t.Dict[str, _t.Any]]) -> _m.Org:
        """
        Rename an organization

        Renames the caller's organization. Only the organization the credential is bound to can
        be changed; any other answers 404.
        """
        return self._call(
            "updateOrg",
            path={"org_id": org_id, },
            query={},
            headers={},
            body=body,
        )

    def list_scopes(self) -> _m.ScopeCatalogue:
        """
        List the scope catalogue and the role map

        The scopes a credential can carry and, for each role, the scopes its members may grant.
        Read from the specification, so it is the same catalogue the docs and clients use.
        """
        return self._call(
            "listScopes",
            path={},
            query={},
            headers={},
            body=None,
        )

    def list_service_accounts(self, *, limit: _t.Optional[int] = None, cursor: _t.Optional[str] = None) -> _m.ServiceAccountList:
        """
        List service accounts

        The organization's service accounts, newest first. Never returns a secret: the current
        secret is identified by its 12-character `secret_prefix`.
        """
        return self._call(
            "listServiceAccounts",
            path={},
            query={"limit": limit, "cursor": cursor, },
            headers={},
            body=None,
        )

    def create_service_account(self, body: _t.Union[_m.ServiceAccountCreateRequest, _t.Dict[str, _t.Any]], *, idempotency_key: _t.Optional[str] = None) -> _m.ServiceAccountWithSecret:
        """
        Create a service account

        Creates a non-human OAuth client (RFC 6749 §2) in the caller's organization and returns
        its `client_id` and `secret` (`kws_…`) exactly once, with `Cache-Control: no-store`.
        The account obtains access tokens with the client credentials grant (RFC 6749 §4.4) at
        `/oauth/token`, authenticating with HTTP Basic or `client_secret_post`
        (RFC 6749 §2.3.1), or through `POST /v1/access-tokens`.

        Every scope must be allowed by the caller's role, else 403 `role_cap_exceeded`. Send an
        `Idempotency-Key` to make retries safe.
        """
        return self._call(
            "createServiceAccount",
            path={},
            query={},
            headers={"idempotency-key": idempotency_key, },
            body=body,
        )

    def get_service_account(self, account_id: str) -> _m.ServiceAccount:
        """
        Get a service account

        One service account's metadata, never its secret. An account of another organization answers 404.
        """
        return self._call(
            "getServiceAccount",
            path={"account_id": account_id, },
            query={},
            headers={},
            body=None,
        )

    def delete_service_account(self, account_id: str) -> None:
        """
        Delete a service account

        Deletes the account. Its secrets (including one in a rotation grace period) stop working
        on the very next request, on every server node, and the access tokens it obtained are
        revoked. The deletion is recorded in the audit log (`service_account.deleted`).
        """
        return self._call(
            "deleteServiceAccount",
            path={"account_id": account_id, },
            query={},
            headers={},
            body=None,
        )

    def update_service_account(self, account_id: str, body: _t.Union[_m.ServiceAccountUpdateRequest, _t.Dict[str, _t.Any]]) -> _m.ServiceAccount:
        """
        Update a service account

        Renames or redescribes the account, or narrows its scopes. Scopes can only be removed:
        a `scopes` list that contains a scope the account does not already hold answers 403.
        Narrowing applies to tokens requested from then on; tokens already issued keep their
        scopes until they expire or are revoked.
        """
        return self._call(
            "updateServiceAccount",
            path={"account_id": account_id, },
            query={},
            headers={},
            body=body,
        )

    def rotate_service_account_secret(self, account_id: str, body: _t.Optional[_t.Union[_m.ServiceAccountSecretRotateRequest, _t.Dict[str, _t.Any]]] = None, *, idempotency_key: _t.Optional[str] = None) -> _m.ServiceAccountWithSecret:
        """
        Rotate a service account's secret

        Issues a new client secret and returns it exactly once, with `Cache-Control: no-store`.
        With `grace_period_seconds` > 0 the old secret keeps working until
        `previous_secret_expires_at`, so the client can be redeployed without downtime; with 0
        (the default) it stops working at once. An account holds at most one previous secret:
        rotating again during a grace period ends the earlier previous secret immediately.
        Access tokens already issued stay valid until they expire. Send an `Idempotency-Key` to
        make retries safe (a retry returns the same new secret instead of rotating twice).
        """
        return self._call(
            "rotateServiceAccountSecret",
            path={"account_id": account_id, },
            query={},
            headers={"idempotency-key": idempotency_key, },
            body=body,
        )

    def get_whoami(self) -> _m.Whoami:
        """
        Describe the caller

        The caller's principal, organization, credential (kind, id and display prefix), role,
        effective scopes (the credential's scopes intersected with its role cap) and expiry.
        Works with any valid credential and needs no scope.
        """
        return self._call(
            "getWhoami",
            path={},
            query={},
            headers={},
            body=None,
        )

    def iter_list_access_tokens(self, *, limit: _t.Optional[int] = None) -> _t.Iterator[_m.AccessTokenInfo]:
        """Every item of list_access_tokens(), page after page, until the cursor is null."""
        return self._paginate(
            lambda _cursor: self.list_access_tokens(limit=limit, cursor=_cursor),
            "data",
            "next_cursor",
        )

    def iter_list_agents(self, *, limit: _t.Optional[int] = None) -> _t.Iterator[_m.Agent]:
        """Every item of list_agents(), page after page, until the cursor is null."""
        return self._paginate(
            lambda _cursor: self.list_agents(limit=limit, cursor=_cursor),
            "data",
            "next_cursor",
        )

    def iter_list_agent_keys(self, agent_id: str, *, limit: _t.Optional[int] = None) -> _t.Iterator[_m.AgentKey]:
        """Every item of list_agent_keys(), page after page, until the cursor is null."""
        return self._paginate(
            lambda _cursor: self.list_agent_keys(agent_id, limit=limit, cursor=_cursor),
            "data",
            "next_cursor",
        )

    def iter_list_api_keys(self, *, limit: _t.Optional[int] = None, status: _t.Optional[_m.CredentialStatus] = None, created_by: _t.Optional[str] = None, scope: _t.Optional[_m.Scope] = None) -> _t.Iterator[_m.ApiKey]:
        """Every item of list_api_keys(), page after page, until the cursor is null."""
        return self._paginate(
            lambda _cursor: self.list_api_keys(limit=limit, status=status, created_by=created_by, scope=scope, cursor=_cursor),
            "data",
            "next_cursor",
        )

    def iter_list_app_tokens(self, *, limit: _t.Optional[int] = None) -> _t.Iterator[_m.AppToken]:
        """Every item of list_app_tokens(), page after page, until the cursor is null."""
        return self._paginate(
            lambda _cursor: self.list_app_tokens(limit=limit, cursor=_cursor),
            "data",
            "next_cursor",
        )

    def iter_list_audit_events(self, *, limit: _t.Optional[int] = None, action: _t.Optional[_m.AuditAction] = None, actor_id: _t.Optional[str] = None, target_id: _t.Optional[str] = None, since: _t.Optional[str] = None, until: _t.Optional[str] = None) -> _t.Iterator[_m.AuditEvent]:
        """Every item of list_audit_events(), page after page, until the cursor is null."""
        return self._paginate(
            lambda _cursor: self.list_audit_events(limit=limit, action=action, actor_id=actor_id, target_id=target_id, since=since, until=until, cursor=_cursor),
            "data",
            "next_cursor",
        )

    def iter_list_invitations(self, *, limit: _t.Optional[int] = None) -> _t.Iterator[_m.Invitation]:
        """Every item of list_invitations(), page after page, until the cursor is null."""
        return self._paginate(
            lambda _cursor: self.list_invitations(limit=limit, cursor=_cursor),
            "data",
            "next_cursor",
        )

    def iter_list_members(self, *, limit: _t.Optional[int] = None, role: _t.Optional[_m.Role] = None) -> _t.Iterator[_m.Member]:
        """Every item of list_members(), page after page, until the cursor is null."""
        return self._paginate(
            lambda _cursor: self.list_members(limit=limit, role=role, cursor=_cursor),
            "data",
            "next_cursor",
        )

    def iter_list_orgs(self, *, limit: _t.Optional[int] = None) -> _t.Iterator[_m.Org]:
        """Every item of list_orgs(), page after page, until the cursor is null."""
        return self._paginate(
            lambda _cursor: self.list_orgs(limit=limit, cursor=_cursor),
            "data",
            "next_cursor",
        )

    def iter_list_service_accounts(self, *, limit: _t.Optional[int] = None) -> _t.Iterator[_m.ServiceAccount]:
        """Every item of list_service_accounts(), page after page, until the cursor is null."""
        return self._paginate(
            lambda _cursor: self.list_service_accounts(limit=limit, cursor=_cursor),
            "data",
            "next_cursor",
        )

    def iter_stream_audit_events(self, *, action: _t.Optional[_m.AuditAction] = None, actor_id: _t.Optional[str] = None, target_id: _t.Optional[str] = None, since: _t.Optional[str] = None, until: _t.Optional[str] = None, last_event_id: _t.Optional[_m.AuditEventId] = None, reconnect: bool = True, max_reconnects: _t.Optional[int] = None) -> _base.EventSource:
        """Every event of stream_audit_events(), across connections: after a drop it reconnects with
        Last-Event-ID and resumes after the last event received (see EventSource)."""
        return self._follow(
            "streamAuditEvents",
            path={},
            query={"action": action, "actor_id": actor_id, "target_id": target_id, "since": since, "until": until, },
            headers={"last-event-id": last_event_id, },
            body=None,
            reconnect=reconnect,
            max_reconnects=max_reconnects,
        )
