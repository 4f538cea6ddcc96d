# generated from spec/openapi.yaml by keyway generate; do not edit
"""Typed models: one keyword-only dataclass per object schema (and per inline object), type
aliases for the other schemas. What a hint cannot express is `Any`, kept as decoded JSON."""

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ._serde import Model as _Model


@_dc.dataclass(kw_only=True)
class AuthorizationServerMetadata(_Model):
    """
    Authorization server metadata (RFC 8414 §2).
    """

    issuer: str = _dc.field(metadata={"wire": "issuer", "required": True})
    """
    The issuer identifier; the `iss` of every access token (RFC 8414 §2).
    """
    token_endpoint: str = _dc.field(metadata={"wire": "token_endpoint", "required": True})
    """
    The token endpoint (RFC 6749 §3.2).
    """
    device_authorization_endpoint: str = _dc.field(metadata={"wire": "device_authorization_endpoint", "required": True})
    """
    The device authorization endpoint (RFC 8628 §4).
    """
    introspection_endpoint: str = _dc.field(metadata={"wire": "introspection_endpoint", "required": True})
    """
    The introspection endpoint (RFC 7662).
    """
    revocation_endpoint: str = _dc.field(metadata={"wire": "revocation_endpoint", "required": True})
    """
    The revocation endpoint (RFC 7009).
    """
    jwks_uri: str = _dc.field(metadata={"wire": "jwks_uri", "required": True})
    """
    The JSON Web Key Set with the access-token signing keys (RFC 7517).
    """
    grant_types_supported: _t.List[_t.Literal["client_credentials", "refresh_token", "urn:ietf:params:oauth:grant-type:device_code", "urn:ietf:params:oauth:grant-type:token-exchange"]] = _dc.field(metadata={"wire": "grant_types_supported", "required": True})
    token_endpoint_auth_methods_supported: _t.List[_t.Literal["client_secret_basic", "client_secret_post", "none"]] = _dc.field(metadata={"wire": "token_endpoint_auth_methods_supported", "required": True})
    """
    `none` is for public clients such as `keyway-cli` (device and refresh grants).
    """
    introspection_endpoint_auth_methods_supported: _t.List[_t.Literal["client_secret_basic", "Bearer"]] = _dc.field(metadata={"wire": "introspection_endpoint_auth_methods_supported", "required": True})
    """
    `client_secret_basic` for service accounts, `Bearer` (from the OAuth Access Token Types
    registry, as RFC 8414 §2 allows) for any credential with `tokens:read`.
    """
    revocation_endpoint_auth_methods_supported: _t.List[_t.Literal["client_secret_basic", "client_secret_post", "none", "Bearer"]] = _dc.field(metadata={"wire": "revocation_endpoint_auth_methods_supported", "required": True})
    """
    The introspection methods, plus `client_secret_post` and `none`: a public client (such as
    `keyway-cli`) revokes a token it holds without a secret (RFC 7009 §2.1).
    """
    scopes_supported: _t.List[Scope] = _dc.field(metadata={"wire": "scopes_supported", "required": True})
    """
    The scope catalogue.
    """
    response_types_supported: _t.List[str] = _dc.field(metadata={"wire": "response_types_supported", "required": True})
    """
    Empty - Keyway has no authorization endpoint (RFC 8414 §2 requires the member).
    """


@_dc.dataclass(kw_only=True)
class FieldError(_Model):
    field: str = _dc.field(metadata={"wire": "field", "required": True})
    """
    Where the invalid input is, e.g. `body.scopes[2]` or `query.limit`.
    """
    message: str = _dc.field(metadata={"wire": "message", "required": True})
    """
    Why it is invalid.
    """


@_dc.dataclass(kw_only=True)
class Problem(_Model):
    """
    An RFC 9457 problem details object, served as `application/problem+json` by every `/v1`
    route and by the server for unknown routes and methods. `code` is stable and machine
    readable; `title` and `detail` are for people and may change.
    """

    type: str = _dc.field(metadata={"wire": "type", "required": True})
    """
    A URI reference that identifies the problem type (RFC 9457 §3.1.1).
    """
    title: str = _dc.field(metadata={"wire": "title", "required": True})
    """
    A short, human-readable summary of the problem type.
    """
    status: int = _dc.field(metadata={"wire": "status", "required": True})
    """
    The HTTP status code, repeated for convenience.
    """
    code: ErrorCode = _dc.field(metadata={"wire": "code", "required": True})
    request_id: str = _dc.field(metadata={"wire": "request_id", "required": True})
    """
    The `X-Request-Id` of the request, to quote to support.
    """
    detail: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "detail", "required": False})
    """
    A human-readable explanation of this occurrence. Never contains a secret.
    """
    instance: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "instance", "required": False})
    """
    The request path that produced the problem.
    """
    errors: _t.Optional[_t.List[FieldError]] = _dc.field(default=None, metadata={"wire": "errors", "required": False})
    """
    For `invalid_request`, one entry per invalid input.
    """
    scopes: _t.Optional[_t.List[str]] = _dc.field(default=None, metadata={"wire": "scopes", "required": False})
    """
    For `insufficient_scope`, the scopes the operation needs.
    """


@_dc.dataclass(kw_only=True)
class JsonWebKey(_Model):
    """
    A public signing key (RFC 7517 §4). Never contains private key material.
    """

    kty: _t.Literal["OKP", "EC", "RSA"] = _dc.field(metadata={"wire": "kty", "required": True})
    """
    Key type (RFC 7517 §4.1).
    """
    kid: str = _dc.field(metadata={"wire": "kid", "required": True})
    """
    Key id, matching the `kid` header of the tokens it signed (RFC 7517 §4.5).
    """
    use: _t.Literal["sig"] = _dc.field(metadata={"wire": "use", "required": True})
    """
    Public key use (RFC 7517 §4.2).
    """
    alg: str = _dc.field(metadata={"wire": "alg", "required": True})
    """
    The signing algorithm (RFC 7517 §4.4), e.g. `EdDSA` or `ES256`.
    """
    crv: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "crv", "required": False})
    """
    The curve for `OKP` and `EC` keys (RFC 8037 §2, RFC 7518 §6.2.1.1), e.g. `Ed25519` or `P-256`.
    """
    x: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "x", "required": False})
    """
    The public key, base64url (`OKP`), or its x coordinate (`EC`).
    """
    y: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "y", "required": False})
    """
    The y coordinate of an `EC` key (RFC 7518 §6.2.1.3).
    """
    n: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "n", "required": False})
    """
    The modulus of an `RSA` key (RFC 7518 §6.3.1.1).
    """
    e: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "e", "required": False})
    """
    The exponent of an `RSA` key (RFC 7518 §6.3.1.2).
    """


@_dc.dataclass(kw_only=True)
class JsonWebKeySet(_Model):
    """
    A JSON Web Key Set (RFC 7517 §5). During a signing-key rotation it lists the old and new keys.
    """

    keys: _t.List[JsonWebKey] = _dc.field(metadata={"wire": "keys", "required": True})


@_dc.dataclass(kw_only=True)
class TokenRequest(_Model):
    """
    A token request (RFC 6749 §3.2), sent as `application/x-www-form-urlencoded` (the standard)
    or `application/json`. One flat object for every grant; which parameters apply depends on
    `grant_type`:

    - `client_credentials` (RFC 6749 §4.4.2): a service account authenticates with HTTP Basic
      (`client_secret_basic`) or with `client_id` + `client_secret` in the body
      (`client_secret_post`); optional `scope` narrows the token to a subset of the account's
      scopes (none requested means all of them).
    - `refresh_token` (RFC 6749 §6): `refresh_token` is required; `client_id` is required for
      public clients; optional `scope` may only narrow the original grant. The refresh token
      rotates: the response carries a new one, and presenting a used one revokes its family.
    - `urn:ietf:params:oauth:grant-type:device_code` (RFC 8628 §3.4): `device_code` and
      `client_id` are required.
    - `urn:ietf:params:oauth:grant-type:token-exchange` (RFC 8693 §2.1): `subject_token` and
      `subject_token_type` are required; `requested_token_type`, `audience`, `resource` and
      `scope` are optional.

    Parameters that do not apply to the grant, and unknown parameters, are ignored.
    """

    grant_type: _t.Literal["client_credentials", "refresh_token", "urn:ietf:params:oauth:grant-type:device_code", "urn:ietf:params:oauth:grant-type:token-exchange"] = _dc.field(metadata={"wire": "grant_type", "required": True})
    """
    The grant (RFC 6749 §4.4.2, §6; RFC 8628 §3.4; RFC 8693 §2.1).
    """
    client_id: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "client_id", "required": False})
    """
    The client identifier (RFC 6749 §2.2): a service account id (`sa_...`) for
    `client_secret_post`, or a public client id such as `keyway-cli` for the device and
    refresh grants.
    """
    client_secret: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "client_secret", "required": False})
    """
    The service account's `kws_` secret when the client uses `client_secret_post`
    (RFC 6749 §2.3.1). Prefer HTTP Basic; never send both.
    """
    scope: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "scope", "required": False})
    """
    Space-separated scopes (RFC 6749 §3.3); must be a subset of what the grant allows.
    """
    refresh_token: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "refresh_token", "required": False})
    """
    For `refresh_token`, the `kwr_` refresh token (RFC 6749 §6).
    """
    device_code: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "device_code", "required": False})
    """
    For the device grant, the `kwd_` device code from the device authorization response (RFC 8628 §3.4).
    """
    subject_token: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "subject_token", "required": False})
    """
    For token exchange, the credential being exchanged (RFC 8693 §2.1): a Keyway API key,
    agent key, app token or access token.
    """
    subject_token_type: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "subject_token_type", "required": False})
    """
    For token exchange, the type of `subject_token` (RFC 8693 §3), e.g.
    `urn:ietf:params:oauth:token-type:access_token`.
    """
    requested_token_type: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "requested_token_type", "required": False})
    """
    For token exchange, the type of token wanted (RFC 8693 §2.1); only
    `urn:ietf:params:oauth:token-type:access_token` is issued.
    """
    audience: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "audience", "required": False})
    """
    For token exchange, the logical name of the service the token is for (RFC 8693 §2.1).
    """
    resource: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "resource", "required": False})
    """
    For token exchange, the URI of the resource the token is for (RFC 8693 §2.1, RFC 8707).
    """


@_dc.dataclass(kw_only=True)
class TokenResponse(_Model):
    """
    A successful token response (RFC 6749 §5.1; RFC 8693 §2.2.1 for token exchange).
    """

    access_token: AccessToken = _dc.field(metadata={"wire": "access_token", "required": True})
    token_type: _t.Literal["Bearer"] = _dc.field(metadata={"wire": "token_type", "required": True})
    """
    Always `Bearer` (RFC 6750).
    """
    expires_in: int = _dc.field(metadata={"wire": "expires_in", "required": True})
    """
    Lifetime of the access token in seconds.
    """
    scope: str = _dc.field(metadata={"wire": "scope", "required": True})
    """
    The granted scopes, space-separated (RFC 6749 §3.3).
    """
    refresh_token: _t.Optional[RefreshToken] = _dc.field(default=None, metadata={"wire": "refresh_token", "required": False})
    issued_token_type: _t.Optional[_t.Literal["urn:ietf:params:oauth:token-type:access_token"]] = _dc.field(default=None, metadata={"wire": "issued_token_type", "required": False})
    """
    For token exchange only, the type of the issued token (RFC 8693 §2.2.1).
    """


@_dc.dataclass(kw_only=True)
class OAuthError(_Model):
    """
    An OAuth 2.0 error response (RFC 6749 §5.2, RFC 8628 §3.5, RFC 7009 §2.2.1).
    """

    error: _t.Literal["invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type", "unsupported_token_type", "invalid_scope", "insufficient_scope", "invalid_target", "authorization_pending", "slow_down", "access_denied", "expired_token", "temporarily_unavailable", "server_error"] = _dc.field(metadata={"wire": "error", "required": True})
    error_description: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "error_description", "required": False})
    """
    Human-readable text; never contains a secret.
    """
    error_uri: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "error_uri", "required": False})


@_dc.dataclass(kw_only=True)
class DeviceAuthorizationRequest(_Model):
    """
    A device authorization request (RFC 8628 §3.1). Unknown parameters are ignored.
    """

    client_id: str = _dc.field(metadata={"wire": "client_id", "required": True})
    """
    The public client's id; only allow-listed clients (`keyway-cli` is built in) may start a flow.
    """
    scope: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "scope", "required": False})
    """
    Space-separated scopes the device asks for (RFC 6749 §3.3); the person approving may narrow them.
    """


@_dc.dataclass(kw_only=True)
class DeviceAuthorizationResponse(_Model):
    """
    A device authorization response (RFC 8628 §3.2).
    """

    device_code: DeviceCode = _dc.field(metadata={"wire": "device_code", "required": True})
    user_code: UserCode = _dc.field(metadata={"wire": "user_code", "required": True})
    verification_uri: str = _dc.field(metadata={"wire": "verification_uri", "required": True})
    """
    The page where the person enters `user_code` (`/device`).
    """
    verification_uri_complete: str = _dc.field(metadata={"wire": "verification_uri_complete", "required": True})
    """
    The same page with `user_code` pre-filled, for a link or QR code (RFC 8628 §3.3.1).
    """
    expires_in: int = _dc.field(metadata={"wire": "expires_in", "required": True})
    """
    Lifetime of `device_code` and `user_code` in seconds.
    """
    interval: int = _dc.field(metadata={"wire": "interval", "required": True})
    """
    Minimum seconds between token requests (RFC 8628 §3.5); `slow_down` adds 5.
    """


@_dc.dataclass(kw_only=True)
class IntrospectionRequest(_Model):
    """
    A token introspection request (RFC 7662 §2.1). Unknown parameters are ignored.
    """

    token: str = _dc.field(metadata={"wire": "token", "required": True})
    """
    The token or Keyway secret to introspect (access token, refresh token, API key, agent key, app token).
    """
    token_type_hint: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "token_type_hint", "required": False})
    """
    A hint about the token's type, `access_token` or `refresh_token` (RFC 7009 §2.1). The
    server searches every kind when the hint is wrong or unknown.
    """


@_dc.dataclass(kw_only=True)
class IntrospectionResponse(_Model):
    """
    A token introspection response (RFC 7662 §2.2). An unknown, malformed, expired or revoked
    token, or one of another organization, answers `{\"active\": false}` and nothing else.
    """

    active: bool = _dc.field(metadata={"wire": "active", "required": True})
    """
    Whether the token is currently valid.
    """
    scope: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "scope", "required": False})
    """
    The token's effective scopes, space-separated.
    """
    client_id: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "client_id", "required": False})
    """
    The client the token was issued to.
    """
    username: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "username", "required": False})
    """
    The email of the person behind the token, when there is one.
    """
    token_type: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "token_type", "required": False})
    """
    The token's type, e.g. `Bearer`.
    """
    exp: _t.Optional[int] = _dc.field(default=None, metadata={"wire": "exp", "required": False})
    """
    Expiry, in seconds since the Unix epoch.
    """
    iat: _t.Optional[int] = _dc.field(default=None, metadata={"wire": "iat", "required": False})
    """
    Issue time, in seconds since the Unix epoch.
    """
    nbf: _t.Optional[int] = _dc.field(default=None, metadata={"wire": "nbf", "required": False})
    """
    Not-before time, in seconds since the Unix epoch.
    """
    sub: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "sub", "required": False})
    """
    The principal the token stands for (a `usr_`, `sa_`, `agt_`, `key_` or `apt_` id).
    """
    aud: _t.Any = _dc.field(default=None, metadata={"wire": "aud", "required": False})
    """
    The token's audience(s).
    """
    iss: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "iss", "required": False})
    """
    The issuer, as in the authorization server metadata.
    """
    jti: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "jti", "required": False})
    """
    The token's identifier.
    """
    org_id: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "org_id", "required": False})
    """
    Keyway extension (RFC 7662 §2.2 allows them) - the organization the token is bound to.
    """


@_dc.dataclass(kw_only=True)
class RevocationRequest(_Model):
    """
    A token revocation request (RFC 7009 §2.1). Unknown parameters are ignored.
    """

    token: str = _dc.field(metadata={"wire": "token", "required": True})
    """
    The access token or refresh token to revoke.
    """
    token_type_hint: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "token_type_hint", "required": False})
    """
    `access_token` or `refresh_token` (RFC 7009 §2.1). The server searches every kind when
    the hint is wrong or unknown.
    """


@_dc.dataclass(kw_only=True)
class SignupRequest(_Model):
    """
    Creates a person and a new organization that they own.
    """

    email: str = _dc.field(metadata={"wire": "email", "required": True})
    """
    The login email; compared case-insensitively.
    """
    password: str = _dc.field(metadata={"wire": "password", "required": True})
    """
    Stored only as a memory-hard hash (scrypt or argon2id); never logged or returned.
    """
    name: str = _dc.field(metadata={"wire": "name", "required": True})
    """
    The person's display name.
    """
    org_name: str = _dc.field(metadata={"wire": "org_name", "required": True})
    """
    The name of the organization created with the account.
    """


@_dc.dataclass(kw_only=True)
class SessionUser(_Model):
    id: str = _dc.field(metadata={"wire": "id", "required": True})
    """
    The person's id (`usr_`).
    """
    email: str = _dc.field(metadata={"wire": "email", "required": True})
    name: str = _dc.field(metadata={"wire": "name", "required": True})


@_dc.dataclass(kw_only=True)
class OrgSummary(_Model):
    """
    An organization's id and name.
    """

    id: str = _dc.field(metadata={"wire": "id", "required": True})
    """
    The organization's id (`org_`).
    """
    name: str = _dc.field(metadata={"wire": "name", "required": True})


@_dc.dataclass(kw_only=True)
class Session(_Model):
    """
    A person's session: a short-lived access token and a rotating refresh token, in the shape
    of an RFC 6749 §5.1 token response so that the same client code handles both.
    """

    access_token: AccessToken = _dc.field(metadata={"wire": "access_token", "required": True})
    token_type: _t.Literal["Bearer"] = _dc.field(metadata={"wire": "token_type", "required": True})
    expires_in: int = _dc.field(metadata={"wire": "expires_in", "required": True})
    """
    Lifetime of the access token in seconds.
    """
    refresh_token: RefreshToken = _dc.field(metadata={"wire": "refresh_token", "required": True})
    scope: str = _dc.field(metadata={"wire": "scope", "required": True})
    """
    The session's effective scopes (its role's scopes), space-separated.
    """
    user: SessionUser = _dc.field(metadata={"wire": "user", "required": True})
    org: OrgSummary = _dc.field(metadata={"wire": "org", "required": True})
    role: Role = _dc.field(metadata={"wire": "role", "required": True})


@_dc.dataclass(kw_only=True)
class LoginRequest(_Model):
    email: str = _dc.field(metadata={"wire": "email", "required": True})
    """
    The login email; compared case-insensitively.
    """
    password: str = _dc.field(metadata={"wire": "password", "required": True})
    """
    The password.
    """
    org_id: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "org_id", "required": False})
    """
    For a person in several organizations, the one to sign in to (`GET /v1/orgs` lists
    them). When omitted, the session is for the organization they joined first.
    """


@_dc.dataclass(kw_only=True)
class RefreshRequest(_Model):
    refresh_token: str = _dc.field(metadata={"wire": "refresh_token", "required": True})
    """
    The `kwr_` refresh token from the last login or refresh.
    """


@_dc.dataclass(kw_only=True)
class LogoutRequest(_Model):
    refresh_token: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "refresh_token", "required": False})
    """
    The session's `kwr_` refresh token; its whole family is revoked too.
    """


@_dc.dataclass(kw_only=True)
class Whoami(_Model):
    """
    Who the caller is, for any kind of credential.
    """

    principal: WhoamiPrincipal = _dc.field(metadata={"wire": "principal", "required": True})
    """
    The identity the credential stands for.
    """
    org: OrgSummary = _dc.field(metadata={"wire": "org", "required": True})
    credential: WhoamiCredential = _dc.field(metadata={"wire": "credential", "required": True})
    """
    The credential this request presented.
    """
    role: _t.Optional[Role] = _dc.field(metadata={"wire": "role", "required": True})
    """
    The role that caps the credential: the person's role, or for an API key its creator's
    current role; `null` for service accounts, agents and app tokens.
    """
    scopes: ScopeList = _dc.field(metadata={"wire": "scopes", "required": True})
    """
    The effective scopes (the credential's scopes intersected with its role cap).
    """
    expires_at: _t.Optional[Timestamp] = _dc.field(metadata={"wire": "expires_at", "required": True})
    """
    When the credential expires; `null` if it does not.
    """


@_dc.dataclass(kw_only=True)
class WhoamiPrincipal(_Model):
    """
    The identity the credential stands for.
    """

    kind: _t.Literal["user", "service_account", "agent", "app"] = _dc.field(metadata={"wire": "kind", "required": True})
    """
    `app` is the integration behind an app token.
    """
    id: str = _dc.field(metadata={"wire": "id", "required": True})
    """
    The principal's id (`usr_`, `sa_`, `agt_` or `apt_`).
    """
    name: str = _dc.field(metadata={"wire": "name", "required": True})
    """
    A person's name, or the service account's, agent's or app token's name.
    """


@_dc.dataclass(kw_only=True)
class WhoamiCredential(_Model):
    """
    The credential this request presented.
    """

    kind: _t.Literal["session", "api_key", "access_token", "service_account", "agent_key", "app_token"] = _dc.field(metadata={"wire": "kind", "required": True})
    id: str = _dc.field(metadata={"wire": "id", "required": True})
    """
    The credential's id (`key_`, `tok_`, `akey_`, `apt_`, ...; a session's or JWT's `jti`).
    """
    prefix: _t.Optional[DisplayPrefix] = _dc.field(metadata={"wire": "prefix", "required": True})
    """
    The secret's display prefix; `null` for JWTs (sessions and access tokens).
    """


@_dc.dataclass(kw_only=True)
class DeviceVerifyRequest(_Model):
    """
    A signed-in person's answer to a device login (RFC 8628 §3.3).
    """

    user_code: str = _dc.field(metadata={"wire": "user_code", "required": True})
    """
    The code the device shows (`BCDF-GHJK`). Matched case-insensitively, ignoring the dash
    and spaces, so `bcdf ghjk` works too. Wrong codes count against an attempt limit.
    """
    action: _t.Literal["approve", "deny"] = _dc.field(metadata={"wire": "action", "required": True})
    scopes: _t.Optional[ScopeList] = _dc.field(default=None, metadata={"wire": "scopes", "required": False})
    """
    When approving, a subset of the requested scopes to grant (further capped by the
    person's role); omitted means all requested scopes the role allows.
    """


@_dc.dataclass(kw_only=True)
class DeviceVerifyResult(_Model):
    status: _t.Literal["approved", "denied"] = _dc.field(metadata={"wire": "status", "required": True})
    client_id: str = _dc.field(metadata={"wire": "client_id", "required": True})
    """
    The client that started the flow, e.g. `keyway-cli`.
    """
    scopes: ScopeList = _dc.field(metadata={"wire": "scopes", "required": True})
    """
    The scopes granted; empty when denied.
    """


@_dc.dataclass(kw_only=True)
class Org(_Model):
    id: str = _dc.field(metadata={"wire": "id", "required": True})
    """
    The organization's id (`org_`).
    """
    name: str = _dc.field(metadata={"wire": "name", "required": True})
    role: _t.Optional[Role] = _dc.field(metadata={"wire": "role", "required": True})
    """
    The caller's role in this organization (for an API key, its creator's current role);
    `null` for service accounts, agents and app tokens.
    """
    created_at: Timestamp = _dc.field(metadata={"wire": "created_at", "required": True})


@_dc.dataclass(kw_only=True)
class OrgList(_Model):
    data: _t.List[Org] = _dc.field(metadata={"wire": "data", "required": True})
    next_cursor: NextCursor = _dc.field(metadata={"wire": "next_cursor", "required": True})


@_dc.dataclass(kw_only=True)
class CreateOrgRequest(_Model):
    name: str = _dc.field(metadata={"wire": "name", "required": True})


@_dc.dataclass(kw_only=True)
class UpdateOrgRequest(_Model):
    name: str = _dc.field(metadata={"wire": "name", "required": True})


@_dc.dataclass(kw_only=True)
class Member(_Model):
    """
    A person's membership of the caller's organization.
    """

    user_id: str = _dc.field(metadata={"wire": "user_id", "required": True})
    """
    The person's id (`usr_`).
    """
    email: str = _dc.field(metadata={"wire": "email", "required": True})
    name: str = _dc.field(metadata={"wire": "name", "required": True})
    role: Role = _dc.field(metadata={"wire": "role", "required": True})
    joined_at: Timestamp = _dc.field(metadata={"wire": "joined_at", "required": True})


@_dc.dataclass(kw_only=True)
class MemberList(_Model):
    data: _t.List[Member] = _dc.field(metadata={"wire": "data", "required": True})
    next_cursor: NextCursor = _dc.field(metadata={"wire": "next_cursor", "required": True})


@_dc.dataclass(kw_only=True)
class UpdateMemberRequest(_Model):
    role: Role = _dc.field(metadata={"wire": "role", "required": True})


@_dc.dataclass(kw_only=True)
class Invitation(_Model):
    """
    An invitation for an email address to join the organization with a role.
    """

    id: str = _dc.field(metadata={"wire": "id", "required": True})
    """
    The invitation's id (`inv_`).
    """
    email: str = _dc.field(metadata={"wire": "email", "required": True})
    role: Role = _dc.field(metadata={"wire": "role", "required": True})
    status: _t.Literal["pending", "accepted", "revoked", "expired"] = _dc.field(metadata={"wire": "status", "required": True})
    invited_by: str = _dc.field(metadata={"wire": "invited_by", "required": True})
    """
    The id (`usr_`) of the person who sent it.
    """
    created_at: Timestamp = _dc.field(metadata={"wire": "created_at", "required": True})
    expires_at: Timestamp = _dc.field(metadata={"wire": "expires_at", "required": True})


@_dc.dataclass(kw_only=True)
class InvitationList(_Model):
    data: _t.List[Invitation] = _dc.field(metadata={"wire": "data", "required": True})
    next_cursor: NextCursor = _dc.field(metadata={"wire": "next_cursor", "required": True})


@_dc.dataclass(kw_only=True)
class CreateInvitationsRequest(_Model):
    invitations: _t.List[CreateInvitationsRequestInvitationsItem] = _dc.field(metadata={"wire": "invitations", "required": True})


@_dc.dataclass(kw_only=True)
class CreateInvitationsRequestInvitationsItem(_Model):
    email: str = _dc.field(metadata={"wire": "email", "required": True})
    role: Role = _dc.field(metadata={"wire": "role", "required": True})


@_dc.dataclass(kw_only=True)
class InvitationResult(_Model):
    """
    The outcome for one email of a batch invitation.
    """

    email: str = _dc.field(metadata={"wire": "email", "required": True})
    status: _t.Literal["invited", "already_member", "already_invited", "rejected"] = _dc.field(metadata={"wire": "status", "required": True})
    """
    `rejected` carries an `error` (e.g. `role_cap_exceeded`).
    """
    invitation: _t.Optional[Invitation] = _dc.field(metadata={"wire": "invitation", "required": True})
    """
    The new or existing pending invitation; `null` when `already_member` or `rejected`.
    """
    token: _t.Optional[InvitationToken] = _dc.field(metadata={"wire": "token", "required": True})
    """
    The accept token, shown once, only when `status` is `invited`; `null` otherwise.
    """
    error: _t.Optional[InvitationResultError] = _dc.field(metadata={"wire": "error", "required": True})
    """
    Why the email was rejected; `null` otherwise.
    """


@_dc.dataclass(kw_only=True)
class InvitationResultError(_Model):
    code: ErrorCode = _dc.field(metadata={"wire": "code", "required": True})
    message: str = _dc.field(metadata={"wire": "message", "required": True})


@_dc.dataclass(kw_only=True)
class InvitationResults(_Model):
    """
    One result per requested email, in request order.
    """

    results: _t.List[InvitationResult] = _dc.field(metadata={"wire": "results", "required": True})


@_dc.dataclass(kw_only=True)
class AcceptInvitationRequest(_Model):
    token: str = _dc.field(metadata={"wire": "token", "required": True})
    """
    The `kwi_` invitation token.
    """


@_dc.dataclass(kw_only=True)
class Membership(_Model):
    """
    The signed-in person's new membership.
    """

    org: OrgSummary = _dc.field(metadata={"wire": "org", "required": True})
    role: Role = _dc.field(metadata={"wire": "role", "required": True})


@_dc.dataclass(kw_only=True)
class ApiKey(_Model):
    """
    An API key's metadata. The secret itself is never returned after creation or rotation;
    `prefix` (the first 12 characters of the secret) identifies it in logs and dashboards.
    """

    id: ApiKeyId = _dc.field(metadata={"wire": "id", "required": True})
    name: ApiKeyName = _dc.field(metadata={"wire": "name", "required": True})
    prefix: DisplayPrefix = _dc.field(metadata={"wire": "prefix", "required": True})
    scopes: ScopeList = _dc.field(metadata={"wire": "scopes", "required": True})
    """
    The scopes granted to the key when it was created or last narrowed.
    """
    effective_scopes: ScopeList = _dc.field(metadata={"wire": "effective_scopes", "required": True})
    """
    The scopes the key can use right now: `scopes` intersected with the scopes of its
    creator's current role. Demoting the creator narrows every key they created at once.
    """
    status: CredentialStatus = _dc.field(metadata={"wire": "status", "required": True})
    created_by: str = _dc.field(metadata={"wire": "created_by", "required": True})
    """
    The id of the user who created the key; their current role caps `effective_scopes`.
    """
    created_at: Timestamp = _dc.field(metadata={"wire": "created_at", "required": True})
    expires_at: _t.Optional[str] = _dc.field(metadata={"wire": "expires_at", "required": True})
    """
    When the key stops working (RFC 3339, UTC); `null` if it never expires.
    """
    last_used_at: _t.Optional[str] = _dc.field(metadata={"wire": "last_used_at", "required": True})
    """
    When the key last authenticated a request; `null` if never. Updated at most once a
    minute, so it can lag by up to 60 seconds.
    """
    revoked_at: _t.Optional[str] = _dc.field(metadata={"wire": "revoked_at", "required": True})
    """
    When the key was revoked; `null` unless `status` is `revoked`.
    """
    previous_secret_expires_at: _t.Optional[str] = _dc.field(metadata={"wire": "previous_secret_expires_at", "required": True})
    """
    After a rotation with a grace period, when the previous secret stops working; `null`
    when no previous secret is valid.
    """


@_dc.dataclass(kw_only=True)
class ApiKeyList(_Model):
    """
    A page of API keys, newest first.
    """

    data: _t.List[ApiKey] = _dc.field(metadata={"wire": "data", "required": True})
    next_cursor: NextCursor = _dc.field(metadata={"wire": "next_cursor", "required": True})


@_dc.dataclass(kw_only=True)
class ApiKeyCreateRequest(_Model):
    """
    The new key's name, scopes and optional expiry.
    """

    name: ApiKeyName = _dc.field(metadata={"wire": "name", "required": True})
    scopes: _t.List[Scope] = _dc.field(metadata={"wire": "scopes", "required": True})
    """
    The scopes to grant. Each must be in the catalogue and allowed by the caller's role
    (else 403 `role_cap_exceeded`).
    """
    expires_at: _t.Optional[Timestamp] = _dc.field(default=None, metadata={"wire": "expires_at", "required": False})
    """
    When the key stops working; must be in the future. When omitted the server applies its
    configured default lifetime, and a value beyond the configured maximum lifetime is a 400.
    """


@_dc.dataclass(kw_only=True)
class ApiKeyWithSecret(_Model):
    """
    An API key together with its secret. Returned only by `createApiKey` and `rotateApiKey`,
    with `Cache-Control: no-store`; the secret cannot be retrieved again.
    """

    id: ApiKeyId = _dc.field(metadata={"wire": "id", "required": True})
    name: ApiKeyName = _dc.field(metadata={"wire": "name", "required": True})
    prefix: DisplayPrefix = _dc.field(metadata={"wire": "prefix", "required": True})
    scopes: ScopeList = _dc.field(metadata={"wire": "scopes", "required": True})
    """
    The scopes granted to the key when it was created or last narrowed.
    """
    effective_scopes: ScopeList = _dc.field(metadata={"wire": "effective_scopes", "required": True})
    """
    The scopes the key can use right now: `scopes` intersected with the scopes of its
    creator's current role. Demoting the creator narrows every key they created at once.
    """
    status: CredentialStatus = _dc.field(metadata={"wire": "status", "required": True})
    created_by: str = _dc.field(metadata={"wire": "created_by", "required": True})
    """
    The id of the user who created the key; their current role caps `effective_scopes`.
    """
    created_at: Timestamp = _dc.field(metadata={"wire": "created_at", "required": True})
    expires_at: _t.Optional[str] = _dc.field(metadata={"wire": "expires_at", "required": True})
    """
    When the key stops working (RFC 3339, UTC); `null` if it never expires.
    """
    last_used_at: _t.Optional[str] = _dc.field(metadata={"wire": "last_used_at", "required": True})
    """
    When the key last authenticated a request; `null` if never. Updated at most once a
    minute, so it can lag by up to 60 seconds.
    """
    revoked_at: _t.Optional[str] = _dc.field(metadata={"wire": "revoked_at", "required": True})
    """
    When the key was revoked; `null` unless `status` is `revoked`.
    """
    previous_secret_expires_at: _t.Optional[str] = _dc.field(metadata={"wire": "previous_secret_expires_at", "required": True})
    """
    After a rotation with a grace period, when the previous secret stops working; `null`
    when no previous secret is valid.
    """
    secret: ApiKeySecret = _dc.field(metadata={"wire": "secret", "required": True})


@_dc.dataclass(kw_only=True)
class ApiKeyUpdateRequest(_Model):
    """
    Rename a key or narrow its scopes. At least one field is required.
    """

    name: _t.Optional[ApiKeyName] = _dc.field(default=None, metadata={"wire": "name", "required": False})
    scopes: _t.Optional[_t.List[Scope]] = _dc.field(default=None, metadata={"wire": "scopes", "required": False})
    """
    The key's new scopes: a non-empty subset of its current `scopes`. Scopes can only be
    removed; adding a scope the key does not hold answers 403.
    """


@_dc.dataclass(kw_only=True)
class ApiKeyRotateRequest(_Model):
    """
    How long the current secret keeps working after the new one is issued.
    """

    grace_period_seconds: _t.Optional[int] = _dc.field(default=None, metadata={"wire": "grace_period_seconds", "required": False})
    """
    Seconds during which the current secret keeps working beside the new one (at most
    7 days). `0` invalidates the current secret immediately.
    """


@_dc.dataclass(kw_only=True)
class AccessTokenInfo(_Model):
    """
    An access token's metadata. The token itself is never stored or returned; only its id
    (`jti`) and claims are kept, so that it can be listed and revoked.
    """

    id: AccessTokenId = _dc.field(metadata={"wire": "id", "required": True})
    client_id: str = _dc.field(metadata={"wire": "client_id", "required": True})
    """
    The token's `client_id` claim (RFC 9068 §2.2): the id of the credential it was minted
    from, an API key (`key_…`), agent key (`akey_…`), app token (`apt_…`) or service account
    (`sa_…`), or `keyway-login` for a token exchanged from a person's session token.
    """
    subject: str = _dc.field(metadata={"wire": "subject", "required": True})
    """
    The token's `sub` claim (RFC 9068 §2.2): the user who created the API key (`usr_…`), the
    agent an agent key belongs to (`agt_…`), the app token (`apt_…`), or the service
    account (`sa_…`).
    """
    scopes: ScopeList = _dc.field(metadata={"wire": "scopes", "required": True})
    """
    The scopes the token carries.
    """
    created_at: Timestamp = _dc.field(metadata={"wire": "created_at", "required": True})
    """
    When the token was minted (its `iat` claim).
    """
    expires_at: Timestamp = _dc.field(metadata={"wire": "expires_at", "required": True})
    """
    When the token expires (its `exp` claim).
    """
    revoked_at: _t.Optional[str] = _dc.field(metadata={"wire": "revoked_at", "required": True})
    """
    When the token was revoked; `null` if it was not.
    """
    credential_prefix: _t.Optional[str] = _dc.field(metadata={"wire": "credential_prefix", "required": True})
    """
    The display prefix of the secret the token was minted with (an API key, agent key, app
    token or service account secret); `null` when the token was not minted from a long-lived
    secret.
    """


@_dc.dataclass(kw_only=True)
class AccessTokenList(_Model):
    """
    A page of access tokens, newest first.
    """

    data: _t.List[AccessTokenInfo] = _dc.field(metadata={"wire": "data", "required": True})
    next_cursor: NextCursor = _dc.field(metadata={"wire": "next_cursor", "required": True})


@_dc.dataclass(kw_only=True)
class AccessTokenExchangeRequest(_Model):
    """
    The credential to exchange, unless it is sent in `Authorization: Bearer` or `x-api-key`,
    and optionally narrower scopes and a shorter lifetime. Exactly one credential must be
    presented, in one of these forms (anything else is a 400):

    - `Authorization: Bearer <secret>` or `x-api-key: <secret>` with an API key, agent key
      or app token secret, and no credential in the body;
    - `api_key`;
    - `api_key_id` + `api_key_secret` (both);
    - `service_account_id` + `service_account_secret` (both).

    An empty body (`{}`) is valid when the credential is in a header.
    """

    api_key: _t.Optional[ApiKeySecret] = _dc.field(default=None, metadata={"wire": "api_key", "required": False})
    """
    An API key secret, as an alternative to sending it in a header.
    """
    api_key_id: _t.Optional[ApiKeyId] = _dc.field(default=None, metadata={"wire": "api_key_id", "required": False})
    """
    The API key's id, sent with `api_key_secret`; it must be the key the secret belongs to.
    """
    api_key_secret: _t.Optional[ApiKeySecret] = _dc.field(default=None, metadata={"wire": "api_key_secret", "required": False})
    """
    The API key secret, sent with `api_key_id`.
    """
    service_account_id: _t.Optional[ServiceAccountId] = _dc.field(default=None, metadata={"wire": "service_account_id", "required": False})
    """
    The service account's id (its OAuth `client_id`), sent with `service_account_secret`.
    """
    service_account_secret: _t.Optional[ServiceAccountSecret] = _dc.field(default=None, metadata={"wire": "service_account_secret", "required": False})
    """
    The service account's secret, sent with `service_account_id`.
    """
    scopes: _t.Optional[_t.List[Scope]] = _dc.field(default=None, metadata={"wire": "scopes", "required": False})
    """
    The scopes the token should carry: a subset of the credential's effective scopes.
    Omit to get all of them. A scope the credential does not have answers 403
    `insufficient_scope` with `scopes` naming the missing ones.
    """
    ttl_seconds: _t.Optional[int] = _dc.field(default=None, metadata={"wire": "ttl_seconds", "required": False})
    """
    The token's lifetime in seconds. Omit for the server's configured default; values above
    the configured maximum are lowered to it (the response's `expires_in` is authoritative).
    """


@_dc.dataclass(kw_only=True)
class AccessTokenExchangeResponse(_Model):
    """
    A freshly minted access token. The fields follow the RFC 6749 §5.1 token response
    (`access_token`, `token_type`, `expires_in`, `scope`) so that OAuth client code can read
    it, plus `expires_at`, `scopes` and `token_id`. Sent with `Cache-Control: no-store`.
    """

    access_token: AccessToken = _dc.field(metadata={"wire": "access_token", "required": True})
    token_type: _t.Literal["Bearer"] = _dc.field(metadata={"wire": "token_type", "required": True})
    """
    Always `Bearer` (RFC 6750); send the token as `Authorization: Bearer <access_token>`.
    """
    expires_in: int = _dc.field(metadata={"wire": "expires_in", "required": True})
    """
    Seconds until the token expires (RFC 6749 §5.1).
    """
    expires_at: Timestamp = _dc.field(metadata={"wire": "expires_at", "required": True})
    """
    When the token expires (its `exp` claim), as an RFC 3339 timestamp.
    """
    scope: str = _dc.field(metadata={"wire": "scope", "required": True})
    """
    The granted scopes, space-separated (RFC 6749 §3.3), as in the token's `scope` claim.
    """
    scopes: ScopeList = _dc.field(metadata={"wire": "scopes", "required": True})
    """
    The granted scopes, as an array.
    """
    token_id: AccessTokenId = _dc.field(metadata={"wire": "token_id", "required": True})


@_dc.dataclass(kw_only=True)
class ServiceAccount(_Model):
    """
    A service account's metadata. Its secret is never returned after creation or rotation;
    `secret_prefix` identifies the current secret.
    """

    id: ServiceAccountId = _dc.field(metadata={"wire": "id", "required": True})
    name: ServiceAccountName = _dc.field(metadata={"wire": "name", "required": True})
    description: _t.Optional[str] = _dc.field(metadata={"wire": "description", "required": True})
    """
    What the account is for; `null` when not set.
    """
    scopes: ScopeList = _dc.field(metadata={"wire": "scopes", "required": True})
    """
    The scopes the account may request.
    """
    effective_scopes: ScopeList = _dc.field(metadata={"wire": "effective_scopes", "required": True})
    """
    `scopes` intersected with the scopes of its creator's current role: what its tokens can actually carry.
    """
    secret_prefix: DisplayPrefix = _dc.field(metadata={"wire": "secret_prefix", "required": True})
    """
    The first 12 characters of the current secret.
    """
    created_by: str = _dc.field(metadata={"wire": "created_by", "required": True})
    """
    The id of the user who created the account; their current role caps `effective_scopes`.
    """
    created_at: Timestamp = _dc.field(metadata={"wire": "created_at", "required": True})
    last_used_at: _t.Optional[str] = _dc.field(metadata={"wire": "last_used_at", "required": True})
    """
    When the account last authenticated; `null` if never. Updated at most once a minute.
    """
    previous_secret_expires_at: _t.Optional[str] = _dc.field(metadata={"wire": "previous_secret_expires_at", "required": True})
    """
    After a rotation with a grace period, when the previous secret stops working; `null`
    when no previous secret is valid.
    """


@_dc.dataclass(kw_only=True)
class ServiceAccountList(_Model):
    """
    A page of service accounts, newest first.
    """

    data: _t.List[ServiceAccount] = _dc.field(metadata={"wire": "data", "required": True})
    next_cursor: NextCursor = _dc.field(metadata={"wire": "next_cursor", "required": True})


@_dc.dataclass(kw_only=True)
class ServiceAccountCreateRequest(_Model):
    """
    The new account's name, optional description and scopes.
    """

    name: ServiceAccountName = _dc.field(metadata={"wire": "name", "required": True})
    scopes: _t.List[Scope] = _dc.field(metadata={"wire": "scopes", "required": True})
    """
    The scopes the account may request. Each must be allowed by the caller's role (else
    403 `role_cap_exceeded`).
    """
    description: _t.Optional[ServiceAccountDescription] = _dc.field(default=None, metadata={"wire": "description", "required": False})


@_dc.dataclass(kw_only=True)
class ServiceAccountWithSecret(_Model):
    """
    A service account together with its client credentials. Returned only by
    `createServiceAccount` and `rotateServiceAccountSecret`, with `Cache-Control: no-store`;
    the secret cannot be retrieved again.
    """

    id: ServiceAccountId = _dc.field(metadata={"wire": "id", "required": True})
    name: ServiceAccountName = _dc.field(metadata={"wire": "name", "required": True})
    description: _t.Optional[str] = _dc.field(metadata={"wire": "description", "required": True})
    """
    What the account is for; `null` when not set.
    """
    scopes: ScopeList = _dc.field(metadata={"wire": "scopes", "required": True})
    """
    The scopes the account may request.
    """
    effective_scopes: ScopeList = _dc.field(metadata={"wire": "effective_scopes", "required": True})
    """
    `scopes` intersected with the scopes of its creator's current role: what its tokens can actually carry.
    """
    secret_prefix: DisplayPrefix = _dc.field(metadata={"wire": "secret_prefix", "required": True})
    """
    The first 12 characters of the current secret.
    """
    created_by: str = _dc.field(metadata={"wire": "created_by", "required": True})
    """
    The id of the user who created the account; their current role caps `effective_scopes`.
    """
    created_at: Timestamp = _dc.field(metadata={"wire": "created_at", "required": True})
    last_used_at: _t.Optional[str] = _dc.field(metadata={"wire": "last_used_at", "required": True})
    """
    When the account last authenticated; `null` if never. Updated at most once a minute.
    """
    previous_secret_expires_at: _t.Optional[str] = _dc.field(metadata={"wire": "previous_secret_expires_at", "required": True})
    """
    After a rotation with a grace period, when the previous secret stops working; `null`
    when no previous secret is valid.
    """
    client_id: ServiceAccountId = _dc.field(metadata={"wire": "client_id", "required": True})
    """
    The OAuth `client_id` (equal to `id`): send it with `secret` as HTTP Basic
    credentials or `client_id` + `client_secret` to `/oauth/token` (RFC 6749 §2.3.1).
    """
    secret: ServiceAccountSecret = _dc.field(metadata={"wire": "secret", "required": True})


@_dc.dataclass(kw_only=True)
class ServiceAccountUpdateRequest(_Model):
    """
    Rename, redescribe or narrow a service account. At least one field is required.
    """

    name: _t.Optional[ServiceAccountName] = _dc.field(default=None, metadata={"wire": "name", "required": False})
    description: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "description", "required": False})
    """
    The new description; `null` clears it.
    """
    scopes: _t.Optional[_t.List[Scope]] = _dc.field(default=None, metadata={"wire": "scopes", "required": False})
    """
    The account's new scopes: a non-empty subset of its current `scopes`. Scopes can only
    be removed; adding one answers 403. Tokens already issued keep their scopes until they
    expire.
    """


@_dc.dataclass(kw_only=True)
class ServiceAccountSecretRotateRequest(_Model):
    """
    How long the current secret keeps working after the new one is issued.
    """

    grace_period_seconds: _t.Optional[int] = _dc.field(default=None, metadata={"wire": "grace_period_seconds", "required": False})
    """
    Seconds during which the current secret keeps working beside the new one (at most
    7 days). `0` invalidates the current secret immediately.
    """


@_dc.dataclass(kw_only=True)
class Agent(_Model):
    """
    A named agent identity.
    """

    id: AgentId = _dc.field(metadata={"wire": "id", "required": True})
    name: AgentName = _dc.field(metadata={"wire": "name", "required": True})
    description: _t.Optional[str] = _dc.field(metadata={"wire": "description", "required": True})
    """
    What the agent does; `null` when not set.
    """
    created_by: str = _dc.field(metadata={"wire": "created_by", "required": True})
    """
    The id of the user who created the agent.
    """
    created_at: Timestamp = _dc.field(metadata={"wire": "created_at", "required": True})


@_dc.dataclass(kw_only=True)
class AgentList(_Model):
    """
    A page of agents, newest first.
    """

    data: _t.List[Agent] = _dc.field(metadata={"wire": "data", "required": True})
    next_cursor: NextCursor = _dc.field(metadata={"wire": "next_cursor", "required": True})


@_dc.dataclass(kw_only=True)
class AgentCreateRequest(_Model):
    """
    The new agent's name and optional description.
    """

    name: AgentName = _dc.field(metadata={"wire": "name", "required": True})
    description: _t.Optional[AgentDescription] = _dc.field(default=None, metadata={"wire": "description", "required": False})


@_dc.dataclass(kw_only=True)
class AgentUpdateRequest(_Model):
    """
    Rename or redescribe an agent. At least one field is required.
    """

    name: _t.Optional[AgentName] = _dc.field(default=None, metadata={"wire": "name", "required": False})
    description: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "description", "required": False})
    """
    The new description; `null` clears it.
    """


@_dc.dataclass(kw_only=True)
class AgentKey(_Model):
    """
    An agent key's metadata. The secret is never returned after creation; `prefix` identifies
    it. An agent key authenticates as its agent with `x-api-key` or `Authorization: Bearer`.
    """

    id: AgentKeyId = _dc.field(metadata={"wire": "id", "required": True})
    agent_id: AgentId = _dc.field(metadata={"wire": "agent_id", "required": True})
    label: AgentKeyLabel = _dc.field(metadata={"wire": "label", "required": True})
    prefix: DisplayPrefix = _dc.field(metadata={"wire": "prefix", "required": True})
    scopes: ScopeList = _dc.field(metadata={"wire": "scopes", "required": True})
    """
    The scopes granted to the key.
    """
    effective_scopes: ScopeList = _dc.field(metadata={"wire": "effective_scopes", "required": True})
    """
    `scopes` intersected with the scopes of its creator's current role: what the key can use right now.
    """
    status: CredentialStatus = _dc.field(metadata={"wire": "status", "required": True})
    created_by: str = _dc.field(metadata={"wire": "created_by", "required": True})
    """
    The id of the user who minted the key; their current role caps `effective_scopes`.
    """
    created_at: Timestamp = _dc.field(metadata={"wire": "created_at", "required": True})
    expires_at: _t.Optional[str] = _dc.field(metadata={"wire": "expires_at", "required": True})
    """
    When the key stops working; `null` if it never expires.
    """
    last_used_at: _t.Optional[str] = _dc.field(metadata={"wire": "last_used_at", "required": True})
    """
    When the key last authenticated a request; `null` if never. Updated at most once a minute.
    """
    revoked_at: _t.Optional[str] = _dc.field(metadata={"wire": "revoked_at", "required": True})
    """
    When the key was revoked; `null` unless `status` is `revoked`.
    """


@_dc.dataclass(kw_only=True)
class AgentKeyList(_Model):
    """
    A page of an agent's keys, newest first.
    """

    data: _t.List[AgentKey] = _dc.field(metadata={"wire": "data", "required": True})
    next_cursor: NextCursor = _dc.field(metadata={"wire": "next_cursor", "required": True})


@_dc.dataclass(kw_only=True)
class AgentKeyCreateRequest(_Model):
    """
    The new key's label, scopes and optional expiry.
    """

    label: AgentKeyLabel = _dc.field(metadata={"wire": "label", "required": True})
    scopes: _t.List[Scope] = _dc.field(metadata={"wire": "scopes", "required": True})
    """
    The scopes to grant. Each must be allowed by the caller's role (else 403
    `role_cap_exceeded`).
    """
    expires_at: _t.Optional[Timestamp] = _dc.field(default=None, metadata={"wire": "expires_at", "required": False})
    """
    When the key stops working; must be in the future. When omitted the server applies its
    configured default lifetime, and a value beyond the configured maximum is a 400.
    """


@_dc.dataclass(kw_only=True)
class AgentKeyWithSecret(_Model):
    """
    An agent key together with its secret. Returned only by `createAgentKey`, with
    `Cache-Control: no-store`; the secret cannot be retrieved again.
    """

    id: AgentKeyId = _dc.field(metadata={"wire": "id", "required": True})
    agent_id: AgentId = _dc.field(metadata={"wire": "agent_id", "required": True})
    label: AgentKeyLabel = _dc.field(metadata={"wire": "label", "required": True})
    prefix: DisplayPrefix = _dc.field(metadata={"wire": "prefix", "required": True})
    scopes: ScopeList = _dc.field(metadata={"wire": "scopes", "required": True})
    """
    The scopes granted to the key.
    """
    effective_scopes: ScopeList = _dc.field(metadata={"wire": "effective_scopes", "required": True})
    """
    `scopes` intersected with the scopes of its creator's current role: what the key can use right now.
    """
    status: CredentialStatus = _dc.field(metadata={"wire": "status", "required": True})
    created_by: str = _dc.field(metadata={"wire": "created_by", "required": True})
    """
    The id of the user who minted the key; their current role caps `effective_scopes`.
    """
    created_at: Timestamp = _dc.field(metadata={"wire": "created_at", "required": True})
    expires_at: _t.Optional[str] = _dc.field(metadata={"wire": "expires_at", "required": True})
    """
    When the key stops working; `null` if it never expires.
    """
    last_used_at: _t.Optional[str] = _dc.field(metadata={"wire": "last_used_at", "required": True})
    """
    When the key last authenticated a request; `null` if never. Updated at most once a minute.
    """
    revoked_at: _t.Optional[str] = _dc.field(metadata={"wire": "revoked_at", "required": True})
    """
    When the key was revoked; `null` unless `status` is `revoked`.
    """
    secret: AgentKeySecret = _dc.field(metadata={"wire": "secret", "required": True})


@_dc.dataclass(kw_only=True)
class AppToken(_Model):
    """
    An app token's metadata. The token is never returned after creation; `prefix`
    identifies it. It belongs to the organization, not to the person who minted it.
    """

    id: AppTokenId = _dc.field(metadata={"wire": "id", "required": True})
    name: AppTokenName = _dc.field(metadata={"wire": "name", "required": True})
    prefix: DisplayPrefix = _dc.field(metadata={"wire": "prefix", "required": True})
    scopes: ScopeList = _dc.field(metadata={"wire": "scopes", "required": True})
    """
    The scopes granted to the token.
    """
    effective_scopes: ScopeList = _dc.field(metadata={"wire": "effective_scopes", "required": True})
    """
    `scopes` intersected with the scopes of its creator's current role: what the token can use right now.
    """
    status: CredentialStatus = _dc.field(metadata={"wire": "status", "required": True})
    created_by: str = _dc.field(metadata={"wire": "created_by", "required": True})
    """
    The id of the admin or owner who minted the token.
    """
    created_at: Timestamp = _dc.field(metadata={"wire": "created_at", "required": True})
    expires_at: _t.Optional[str] = _dc.field(metadata={"wire": "expires_at", "required": True})
    """
    When the token stops working; `null` if it never expires.
    """
    last_used_at: _t.Optional[str] = _dc.field(metadata={"wire": "last_used_at", "required": True})
    """
    When the token last authenticated a request; `null` if never. Updated at most once a minute.
    """
    revoked_at: _t.Optional[str] = _dc.field(metadata={"wire": "revoked_at", "required": True})
    """
    When the token was revoked; `null` unless `status` is `revoked`.
    """


@_dc.dataclass(kw_only=True)
class AppTokenList(_Model):
    """
    A page of app tokens, newest first.
    """

    data: _t.List[AppToken] = _dc.field(metadata={"wire": "data", "required": True})
    next_cursor: NextCursor = _dc.field(metadata={"wire": "next_cursor", "required": True})


@_dc.dataclass(kw_only=True)
class AppTokenCreateRequest(_Model):
    """
    The new token's name, scopes and optional expiry.
    """

    name: AppTokenName = _dc.field(metadata={"wire": "name", "required": True})
    scopes: _t.List[Scope] = _dc.field(metadata={"wire": "scopes", "required": True})
    """
    The scopes to grant. Each must be allowed by the caller's role (else 403
    `role_cap_exceeded`).
    """
    expires_at: _t.Optional[Timestamp] = _dc.field(default=None, metadata={"wire": "expires_at", "required": False})
    """
    When the token stops working; must be in the future. When omitted the server applies
    its configured default lifetime, and a value beyond the configured maximum is a 400.
    """


@_dc.dataclass(kw_only=True)
class AppTokenWithSecret(_Model):
    """
    An app token together with its secret. Returned only by `createAppToken`, with
    `Cache-Control: no-store`; the secret cannot be retrieved again.
    """

    id: AppTokenId = _dc.field(metadata={"wire": "id", "required": True})
    name: AppTokenName = _dc.field(metadata={"wire": "name", "required": True})
    prefix: DisplayPrefix = _dc.field(metadata={"wire": "prefix", "required": True})
    scopes: ScopeList = _dc.field(metadata={"wire": "scopes", "required": True})
    """
    The scopes granted to the token.
    """
    effective_scopes: ScopeList = _dc.field(metadata={"wire": "effective_scopes", "required": True})
    """
    `scopes` intersected with the scopes of its creator's current role: what the token can use right now.
    """
    status: CredentialStatus = _dc.field(metadata={"wire": "status", "required": True})
    created_by: str = _dc.field(metadata={"wire": "created_by", "required": True})
    """
    The id of the admin or owner who minted the token.
    """
    created_at: Timestamp = _dc.field(metadata={"wire": "created_at", "required": True})
    expires_at: _t.Optional[str] = _dc.field(metadata={"wire": "expires_at", "required": True})
    """
    When the token stops working; `null` if it never expires.
    """
    last_used_at: _t.Optional[str] = _dc.field(metadata={"wire": "last_used_at", "required": True})
    """
    When the token last authenticated a request; `null` if never. Updated at most once a minute.
    """
    revoked_at: _t.Optional[str] = _dc.field(metadata={"wire": "revoked_at", "required": True})
    """
    When the token was revoked; `null` unless `status` is `revoked`.
    """
    secret: AppTokenSecret = _dc.field(metadata={"wire": "secret", "required": True})


@_dc.dataclass(kw_only=True)
class AuditActor(_Model):
    """
    Who did it.
    """

    kind: _t.Literal["user", "api_key", "service_account", "agent_key", "app_token", "system", "anonymous"] = _dc.field(metadata={"wire": "kind", "required": True})
    """
    The kind of principal: a person (`user`, through a session), a credential, `system`
    for the server itself (e.g. an automatic family revocation), or `anonymous` for
    requests without a known principal (e.g. a failed login). A credential acts as itself
    (an action done with an API key has the key as its actor, not the person who created
    it); an access token acts as the credential it was minted from (a login's: the person).
    """
    id: _t.Optional[str] = _dc.field(metadata={"wire": "id", "required": True})
    """
    The principal's id (`usr_…`, `key_…`, `sa_…`, `akey_…`, `apt_…`); `null` for `system` and `anonymous`.
    """
    credential_prefix: _t.Optional[str] = _dc.field(metadata={"wire": "credential_prefix", "required": True})
    """
    The display prefix of the actor's secret, for credentials with one; `null` otherwise.
    """


@_dc.dataclass(kw_only=True)
class AuditTarget(_Model):
    """
    What it was done to.
    """

    kind: _t.Literal["api_key", "access_token", "service_account", "agent", "agent_key", "app_token", "user", "session", "device_authorization", "invitation", "org"] = _dc.field(metadata={"wire": "kind", "required": True})
    """
    The kind of resource.
    """
    id: str = _dc.field(metadata={"wire": "id", "required": True})
    """
    The resource's id.
    """


@_dc.dataclass(kw_only=True)
class AuditEvent(_Model):
    """
    One security-relevant action in the organization.
    """

    id: AuditEventId = _dc.field(metadata={"wire": "id", "required": True})
    action: AuditAction = _dc.field(metadata={"wire": "action", "required": True})
    actor: AuditActor = _dc.field(metadata={"wire": "actor", "required": True})
    org_id: str = _dc.field(metadata={"wire": "org_id", "required": True})
    """
    The organization the event belongs to (`org_…`).
    """
    target: _t.Optional[AuditTarget] = _dc.field(metadata={"wire": "target", "required": True})
    """
    The resource acted on; `null` when there is none (e.g. `login.failed`).
    """
    ip: _t.Optional[str] = _dc.field(metadata={"wire": "ip", "required": True})
    """
    The client's IP address (IPv4 or IPv6); `null` for events the server raised itself.
    """
    user_agent: _t.Optional[str] = _dc.field(metadata={"wire": "user_agent", "required": True})
    """
    The request's `User-Agent`, truncated to 512 characters; `null` when absent.
    """
    request_id: _t.Optional[str] = _dc.field(metadata={"wire": "request_id", "required": True})
    """
    The `X-Request-Id` of the request that caused the event; `null` for events the server raised itself.
    """
    created_at: Timestamp = _dc.field(metadata={"wire": "created_at", "required": True})
    data: _t.Dict[str, _t.Any] = _dc.field(metadata={"wire": "data", "required": True})
    """
    Action-specific, non-secret details, e.g. `{name, scopes}` for `api_key.created`,
    `{from, to}` for `member.role_changed`, `{email, reason}` for `login.failed`. Never
    contains a secret, a token or a password.
    """


@_dc.dataclass(kw_only=True)
class AuditEventList(_Model):
    """
    A page of audit events, newest first.
    """

    data: _t.List[AuditEvent] = _dc.field(metadata={"wire": "data", "required": True})
    next_cursor: NextCursor = _dc.field(metadata={"wire": "next_cursor", "required": True})


@_dc.dataclass(kw_only=True)
class ScopeCatalogue(_Model):
    scopes: _t.List[ScopeCatalogueScopesItem] = _dc.field(metadata={"wire": "scopes", "required": True})
    roles: _t.List[ScopeCatalogueRolesItem] = _dc.field(metadata={"wire": "roles", "required": True})
    """
    Most powerful first.
    """


@_dc.dataclass(kw_only=True)
class ScopeCatalogueScopesItem(_Model):
    name: Scope = _dc.field(metadata={"wire": "name", "required": True})
    description: str = _dc.field(metadata={"wire": "description", "required": True})


@_dc.dataclass(kw_only=True)
class ScopeCatalogueRolesItem(_Model):
    name: Role = _dc.field(metadata={"wire": "name", "required": True})
    description: str = _dc.field(metadata={"wire": "description", "required": True})
    scopes: ScopeList = _dc.field(metadata={"wire": "scopes", "required": True})


@_dc.dataclass(kw_only=True)
class Health(_Model):
    status: _t.Literal["ok"] = _dc.field(metadata={"wire": "status", "required": True})
    version: str = _dc.field(metadata={"wire": "version", "required": True})
    """
    The server's version.
    """


@_dc.dataclass(kw_only=True)
class SubmitDevicePageBody(_Model):
    csrf_token: str = _dc.field(metadata={"wire": "csrf_token", "required": True})
    """
    The CSRF token from the page's hidden field.
    """
    action: _t.Literal["sign_in", "choose_org", "check", "approve", "deny"] = _dc.field(metadata={"wire": "action", "required": True})
    user_code: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "user_code", "required": False})
    """
    The code from the device; matched case-insensitively, ignoring the dash and spaces.
    """
    email: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "email", "required": False})
    """
    For `sign_in`.
    """
    password: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "password", "required": False})
    """
    For `sign_in`.
    """
    org_id: _t.Optional[str] = _dc.field(default=None, metadata={"wire": "org_id", "required": False})
    """
    For `sign_in` and `choose_org`, the organization to sign in to when the person has several.
    """


# A scope from the catalogue (the `oauth2` security scheme's scope map).
Scope = str
# The stable machine-readable problem code. `x-keyway-error-codes` gives each code's HTTP status and meaning.
ErrorCode = _t.Literal["invalid_request", "unauthenticated", "invalid_credential", "credential_expired", "credential_revoked", "insufficient_scope", "role_cap_exceeded", "scope_widening", "session_required", "invitation_mismatch", "last_owner", "not_found", "method_not_allowed", "conflict", "idempotency_key_reused", "payload_too_large", "unsupported_media_type", "rate_limited", "internal_error", "not_implemented"]
# A short-lived RFC 9068 access token (`typ: at+jwt`), signed with a key from `/.well-known/jwks.json`.
AccessToken = str
# A refresh token (`kwr_`). Rotates on every use; presenting a used one revokes its family.
RefreshToken = str
# An RFC 8628 device code (`kwd_`). Stored only as a hash; redeemed at most once.
DeviceCode = str
# An RFC 8628 user code: 8 characters from the 20 consonants `BCDFGHJKLMNPQRSTVWXZ` (no
# vowels, no look-alike characters; RFC 8628 §6.1), shown as `XXXX-XXXX`. Input is matched
# case-insensitively, ignoring the dash and spaces.
#
UserCode = str
# An organization role, from most to least powerful.
Role = _t.Literal["owner", "admin", "member", "viewer"]
# The first 12 characters of the secret; safe to show in logs, dashboards and audit trails.
DisplayPrefix = str
ScopeList = _t.List[Scope]
# An RFC 3339 timestamp in UTC.
Timestamp = str
# Opaque cursor for the next page; `null` on the last page.
NextCursor = _t.Optional[str]
# An invitation's accept token (`kwi_`). Shown once, when the invitation is created.
InvitationToken = str
# `expired` and `revoked` credentials are refused; both stay listed for audit.
CredentialStatus = _t.Literal["active", "expired", "revoked"]
# An API key's id (`key_…`). Not a secret; safe to log and to send as `api_key_id`.
ApiKeyId = str
# A label for people, e.g. what the key is for and where it is stored.
ApiKeyName = str
# An API key secret (`kwk_`). Shown once, at creation or rotation.
ApiKeySecret = str
# An access token's id (`tok_…`), also its `jti` claim (RFC 9068 §2.2, RFC 7519 §4.1.7).
AccessTokenId = str
# A service account's id (`sa_…`), also its OAuth `client_id` (RFC 6749 §2.2).
ServiceAccountId = str
# A service account's client secret (`kws_`). Shown once, at creation or rotation.
ServiceAccountSecret = str
# A label for people.
ServiceAccountName = str
# What the account is for and who owns it.
ServiceAccountDescription = str
# An agent's id (`agt_…`).
AgentId = str
# The agent's name, unique in the organization.
AgentName = str
# What the agent does.
AgentDescription = str
# An agent key's id (`akey_…`).
AgentKeyId = str
# What the key is for, e.g. the environment or host it runs on.
AgentKeyLabel = str
# An agent key secret (`kwa_`). Shown once, at creation.
AgentKeySecret = str
# An app token's id (`apt_…`).
AppTokenId = str
# A label for people, e.g. the integration that uses the token.
AppTokenName = str
# An app token (`kwt_`). Shown once, at creation.
AppTokenSecret = str
# What happened, as `<object>.<verb>`.
AuditAction = _t.Literal["api_key.created", "api_key.rotated", "api_key.updated", "api_key.revoked", "access_token.minted", "access_token.revoked", "service_account.created", "service_account.updated", "service_account.rotated", "service_account.deleted", "agent.created", "agent.deleted", "agent_key.created", "agent_key.revoked", "app_token.created", "app_token.revoked", "login.succeeded", "login.failed", "refresh_token.reused", "session.revoked", "device.approved", "device.denied", "member.role_changed", "member.removed", "invitation.sent", "invitation.accepted", "invitation.revoked", "org.created", "org.updated", "rate_limit.exceeded"]
# An audit event's id (`evt_…`), also its Server-Sent Events `id`. Ids sort in creation order.
AuditEventId = str
