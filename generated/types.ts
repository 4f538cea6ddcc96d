// generated from spec/openapi.yaml by keyway generate; do not edit

export interface paths {
    "/.well-known/oauth-authorization-server": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the authorization server metadata
         * @description The RFC 8414 §3 metadata document: the issuer, every OAuth endpoint, the supported grant
         *     types, client authentication methods and scopes. Standard OAuth client libraries discover
         *     Keyway from it. Keyway has no authorization endpoint, so `response_types_supported` is
         *     empty and there is no `code_challenge_methods_supported`.
         */
        get: operations["getAuthorizationServerMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the JSON Web Key Set
         * @description The public keys that verify Keyway access tokens (RFC 7517 §5; RFC 9068 §4). Each token's
         *     `kid` header names its key. During a signing-key rotation the set lists the new key
         *     before it signs anything and keeps the old one until every token it signed has expired,
         *     so a verifier that refetches on an unknown `kid` never rejects a valid token.
         */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request an access token
         * @description The RFC 6749 §3.2 token endpoint. It accepts `application/x-www-form-urlencoded` (the
         *     standard, so OAuth client libraries work unmodified) and `application/json`, and ignores
         *     unknown parameters (RFC 6749 §3.2). Grants:
         *
         *     - `client_credentials` (RFC 6749 §4.4): a service account authenticates with HTTP Basic
         *       (`client_secret_basic`) or `client_id` + `client_secret` in the body
         *       (`client_secret_post`), never both. No refresh token is issued (RFC 6749 §4.4.3).
         *     - `refresh_token` (RFC 6749 §6): the refresh token rotates on every use; presenting a used
         *       one answers `invalid_grant` and revokes the whole family.
         *     - `urn:ietf:params:oauth:grant-type:device_code` (RFC 8628 §3.4): a public client such as
         *       `keyway-cli` polls with `device_code` and `client_id`, no client secret. A device code is
         *       redeemed at most once, even under concurrent polls.
         *     - `urn:ietf:params:oauth:grant-type:token-exchange` (RFC 8693 §2.1): a Keyway API key,
         *       agent key, app token or access token in `subject_token` is exchanged for a short-lived
         *       access token whose scopes are a subset of the subject's.
         *
         *     Client authentication is optional because device-flow clients are public; a client that
         *     does authenticate and fails answers 401 `invalid_client`.
         *
         *     Errors (RFC 6749 §5.2) are 400 `{error, error_description}`: `invalid_request`,
         *     `invalid_grant`, `unauthorized_client`, `unsupported_grant_type`, `invalid_scope`,
         *     `invalid_target`, and, while polling with a device code (RFC 8628 §3.5):
         *
         *     - `authorization_pending`: the person has not answered yet; poll again after `interval`.
         *     - `slow_down`: polling too fast; the interval grows by 5 seconds for this and every later
         *       request.
         *     - `access_denied`: the person denied the request; stop polling.
         *     - `expired_token`: the device code expired; start a new device authorization.
         */
        post: operations["requestToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/device_authorization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a device authorization
         * @description The RFC 8628 §3.1 device authorization endpoint. A public client on a device without a
         *     browser (e.g. `keyway-cli`) gets a `device_code` to poll the token endpoint with and a
         *     `user_code` for the person to enter at `verification_uri` (RFC 8628 §3.2). Only
         *     allow-listed client ids may start a flow; others answer 401 `invalid_client`. A scope
         *     outside the catalogue answers 400 `invalid_scope`. Accepts form-encoded and JSON bodies
         *     and ignores unknown parameters.
         */
        post: operations["startDeviceAuthorization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/introspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Introspect a token
         * @description RFC 7662 token introspection, for resource servers that verify Keyway credentials
         *     (access tokens, refresh tokens, API keys, agent keys, app tokens) without parsing them.
         *     The caller authenticates with a credential that has `tokens:read` (Bearer, `x-api-key`,
         *     or a service account's HTTP Basic credentials) and sees only tokens of its own
         *     organization. An unknown, malformed, expired or revoked token, or another organization's,
         *     answers 200 `{"active": false}` (RFC 7662 §2.2), never an error. Accepts form-encoded and
         *     JSON bodies and ignores unknown parameters.
         */
        post: operations["introspectToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a token
         * @description RFC 7009 token revocation. Revoking a refresh token also revokes its family and the
         *     access tokens issued from it (RFC 7009 §2.1). The answer is 200 with an empty object also
         *     when the token is unknown, malformed, already revoked or another organization's
         *     (RFC 7009 §2.2), so revocation reveals nothing. An unsupported kind of token answers 400
         *     `unsupported_token_type` (RFC 7009 §2.2.1). Accepts form-encoded and JSON bodies and
         *     ignores unknown parameters.
         */
        post: operations["revokeToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/device": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the device login page
         * @description The RFC 8628 §3.3 verification page, a server-rendered HTML form. Without a session it asks
         *     the person to sign in; with one it asks for the code (see `submitDevicePage`), then shows
         *     which client asks for which scopes and offers Approve and Deny. `verification_uri_complete`
         *     links here with `user_code` pre-filled (RFC 8628 §3.3.1); the person still confirms the
         *     code before approving.
         *
         *     Every form carries a CSRF token in a hidden `csrf_token` field that must match the one
         *     sealed in the page's cookie. Pages are served with a strict `Content-Security-Policy` (no
         *     scripts, no external resources, the page's one stylesheet allowed by its hash,
         *     `frame-ancestors 'none'`), `Referrer-Policy: no-referrer` and `Cache-Control: no-store`.
         *     The page's session lives in an encrypted `HttpOnly`, `SameSite=Lax` cookie (`Secure` when
         *     the issuer is HTTPS) scoped to `/device`; signing in there starts a short session of its
         *     own, separate from any API session.
         */
        get: operations["getDevicePage"];
        put?: never;
        /**
         * Submit the device login page
         * @description The device page's form post. `action` says which step:
         *
         *     - `sign_in`: `email` and `password` (and optionally `org_id`) start a device-page session;
         *       the answer shows the pending request for `user_code`. A person in several
         *       organizations who gave no `org_id` is asked to pick one next.
         *     - `choose_org`: after such a sign-in, `org_id` picks the organization.
         *     - `check`: with a session, looks up `user_code` and shows the pending request. A GET
         *       with `?user_code=` only pre-fills the code: looking codes up is a CSRF-checked post, so
         *       a link from another site cannot use up the person's wrong-code allowance.
         *     - `approve` / `deny`: with a session, answer the request identified by `user_code`
         *       (RFC 8628 §3.3). The device's next poll gets its tokens or `access_denied`. Answering
         *       ends the page's sign-in, so on a shared machine the next person signs in again.
         *
         *     `csrf_token` must match the one issued with the page, else 400. Wrong codes and failed
         *     sign-ins count against attempt limits (RFC 8628 §5.1), then 429. The session cookie is
         *     `HttpOnly` and `SameSite=Lax`; the page is served with a strict
         *     `Content-Security-Policy`.
         */
        post: operations["submitDevicePage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign up
         * @description Creates a person and a new organization that they own, and signs them in. The password is
         *     stored only as a memory-hard hash (scrypt or argon2id). An email that is already
         *     registered answers 409 `conflict`. Tokens are returned with `Cache-Control: no-store`.
         */
        post: operations["signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in
         * @description Exchanges an email and password for a session: a short-lived access token and a rotating
         *     refresh token. A person in several organizations picks one with `org_id`; without it the
         *     session is for the organization they joined first. An unknown email, a wrong password and
         *     an `org_id` the person does not belong to all answer the same 401 `invalid_credential`,
         *     in comparable time, so login does not reveal which accounts exist. Failed logins are
         *     rate limited per email and per client address (429) and recorded in the audit log.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh a session
         * @description Exchanges a refresh token for a new session (RFC 6749 §6 semantics). Refresh tokens
         *     rotate: every use returns a new one and retires the old. Presenting a refresh token that
         *     was already used is treated as theft: it answers 401 and revokes the whole family, so
         *     every session descended from the same login must sign in again (RFC 9700 §4.14.2).
         *     The role and scopes are re-read, so a changed role takes effect at the next refresh.
         */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out
         * @description Ends the caller's session: the presented session access token is revoked at once, and so
         *     is its refresh-token family. The optional body names the session's refresh token for
         *     clients that hold it; it must belong to the same session, else 400. Needs a person's
         *     session, not an API key.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/whoami": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe the caller
         * @description The caller's principal, organization, credential (kind, id and display prefix), role,
         *     effective scopes (the credential's scopes intersected with its role cap) and expiry.
         *     Works with any valid credential and needs no scope.
         */
        get: operations["getWhoami"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/device/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or deny a device login
         * @description The API behind the device page (RFC 8628 §3.3), for clients that render their own: a
         *     signed-in person approves or denies the device request identified by `user_code`,
         *     optionally granting only some of the requested scopes (always capped by their role).
         *     The device's next poll of the token endpoint then gets its tokens or `access_denied`.
         *     The code is matched case-insensitively, ignoring the dash and spaces. An unknown, expired
         *     or already answered code answers 404; wrong codes count against an attempt limit
         *     (5 in any 15 minutes, RFC 8628 §5.1), then 429. Needs a person's session from the login
         *     API (a device's own login cannot approve another device: 403 `session_required`).
         *     Approving when none of the requested scopes is within the approver's own answers 403
         *     `role_cap_exceeded`; deny instead.
         */
        post: operations["verifyDeviceCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations
         * @description The organizations the caller can see, each with the caller's role in it. A person's
         *     session lists every organization they belong to (to pick one at login); any other
         *     credential is bound to one organization and lists only it. Oldest first.
         */
        get: operations["listOrgs"];
        put?: never;
        /**
         * Create an organization
         * @description A signed-in person creates a new organization and becomes its owner. Needs a person's
         *     session, not an API key. Sign in to it with `POST /v1/auth/login` and its `org_id`.
         *     Honours `Idempotency-Key`.
         */
        post: operations["createOrg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orgs/{org_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization's id (`org_`).
                 * @example org_01JD9ZP1A2B3C4
                 */
                org_id: string;
            };
            cookie?: never;
        };
        /**
         * Get an organization
         * @description One organization the caller can see, with the caller's role in it. Any other
         *     organization answers 404, never 403.
         */
        get: operations["getOrg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename an organization
         * @description Renames the caller's organization. Only the organization the credential is bound to can
         *     be changed; any other answers 404.
         */
        patch: operations["updateOrg"];
        trace?: never;
    };
    "/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List members
         * @description The members of the caller's organization with their roles, oldest membership first,
         *     optionally filtered by role.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The member's user id (`usr_`).
                 * @example usr_01JDA1C8D2E4F6
                 */
                user_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description Removes a person from the caller's organization (a person may also remove themselves).
         *     Their sessions for this organization and the credentials they created stop working at
         *     once. Removing someone above the caller's role answers 403 `role_cap_exceeded`; removing
         *     the last owner answers 409 `last_owner`. Recorded in the audit log.
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role
         * @description Changes a member's role. Role cap: nobody grants a role above their own, nor changes the
         *     role of someone above them (403 `role_cap_exceeded`). Demoting the last owner answers 409
         *     `last_owner`. The credentials the member created keep their scopes but are capped by the
         *     new role from the next request on. Recorded in the audit log.
         */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invitations
         * @description The invitations of the caller's organization, newest first, with their status. Accept
         *     tokens are never shown again.
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite people
         * @description Invites up to 50 email addresses at once, each with a role. The answer has one result per
         *     email, in request order: `invited` (with the new invitation and its accept token, shown
         *     once), `already_member`, `already_invited` (with the pending invitation, no token) or
         *     `rejected` (with an `error`, e.g. `role_cap_exceeded` for a role above the caller's own).
         *     One rejected email does not fail the others. The caller forwards each token to its
         *     invitee, who accepts it with `POST /v1/invitations/accept`. Honours `Idempotency-Key`; the
         *     response carries tokens, so it is `Cache-Control: no-store`.
         */
        post: operations["createInvitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/{invitation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invitation's id (`inv_`).
                 * @example inv_01JD9ZT8M2K6Q1
                 */
                invitation_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an invitation
         * @description Revokes a pending invitation; its token stops working at once. Revoking an invitation
         *     that was already accepted answers 409 `conflict`; revoking a revoked or expired one
         *     succeeds. Recorded in the audit log.
         */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation
         * @description A signed-in person joins the inviting organization with the invited role. The signed-in
         *     person's email must match the invitation's (case-insensitively), else 403; an unknown,
         *     revoked, expired or already used token answers 404; a person who is already a member
         *     answers 409 `conflict`. Sign in to the organization with `POST /v1/auth/login` and its
         *     `org_id`. Needs a person's session.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description The organization's API keys, newest first, including expired and revoked ones (they stay
         *     listed for audit). Never returns a secret: each key is identified by its id and its
         *     12-character display `prefix`. Filter by `status`, `created_by` or `scope`.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates a scoped API key bound to the caller's organization and returns its secret
         *     (`kwk_…`, pattern in `ApiKeySecret`) exactly once, with `Cache-Control: no-store`. Only
         *     a hash and the display prefix are stored: a lost secret cannot be recovered, only
         *     rotated or replaced.
         *
         *     Every requested scope must be allowed by the caller's role, else 403
         *     `role_cap_exceeded`; afterwards the key's `effective_scopes` follow its creator's
         *     current role. `expires_at` is optional: the default and the maximum lifetime are server
         *     configuration. Send an `Idempotency-Key` to make retries safe.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id (`key_…`).
                 * @example key_01JD9ZQ4W7M3X8
                 */
                key_id: string;
            };
            cookie?: never;
        };
        /**
         * Get an API key
         * @description One API key's metadata, never its secret. A key of another organization answers 404.
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Revokes the key (and any previous secret still in its rotation grace period). Effective
         *     on the very next request, on every server node: the key then answers 403
         *     `credential_revoked`. Access tokens minted from the key are revoked with it. The key
         *     stays listed with `status: revoked`. Revoking an already revoked key returns it
         *     unchanged.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        /**
         * Rename an API key or narrow its scopes
         * @description Changes a key's `name` and/or removes scopes from it. Scopes can only be narrowed: a
         *     `scopes` list that contains a scope the key does not already hold answers 403 (create a
         *     new key instead), so a leaked key can never be widened through this endpoint. Narrowing
         *     takes effect on the key's very next request; access tokens already minted from it keep
         *     their scopes until they expire or are revoked.
         */
        patch: operations["updateApiKey"];
        trace?: never;
    };
    "/v1/api-keys/{key_id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id (`key_…`).
                 * @example key_01JD9ZQ4W7M3X8
                 */
                key_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an API key's secret
         * @description Issues a new secret for the key and returns it exactly once, with
         *     `Cache-Control: no-store`. The key keeps its id, name and scopes. With
         *     `grace_period_seconds` > 0 the old secret keeps working until
         *     `previous_secret_expires_at`, so deployments can switch over without downtime; with 0
         *     (the default) it stops working at once. A key holds at most one previous secret:
         *     rotating again during a grace period ends the earlier previous secret immediately.
         *     Rotating a revoked or expired key answers 409 `conflict`. Send an `Idempotency-Key` to
         *     make retries safe (a retry returns the same new secret instead of rotating twice).
         */
        post: operations["rotateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List access tokens
         * @description The organization's access tokens, newest first, including expired and revoked ones
         *     until they are purged. Metadata only: the tokens themselves are never stored, so they
         *     can never be listed. Use the `id` (the token's `jti`) to revoke one.
         */
        get: operations["listAccessTokens"];
        put?: never;
        /**
         * Exchange a key or a service account for an access token
         * @description Mints a short-lived bearer token, a JWT in the RFC 9068 profile (`typ: at+jwt`, with
         *     `iss`, `sub`, `aud`, `exp`, `iat`, `jti`, `client_id` and `scope` claims) signed with a
         *     key published at `/.well-known/jwks.json`. Use it as `Authorization: Bearer <token>`
         *     (RFC 6750 §2.1); it is the credential to hand to browsers and other places where a
         *     long-lived secret must not go.
         *
         *     The credential being exchanged is presented in exactly one way:
         *     `Authorization: Bearer <secret>` or `x-api-key: <secret>` (an API key, agent key or app
         *     token), the body's `api_key`, the body's `api_key_id` + `api_key_secret`, or the body's
         *     `service_account_id` + `service_account_secret`. A missing, malformed or unknown
         *     credential answers 401; an expired or revoked one answers 403. The token stays tied to
         *     the credential it was minted from: revoking that credential (or deleting the agent a key
         *     belongs to) ends the token on its next use.
         *
         *     `scopes` must be a subset of the credential's effective scopes (none requested means all
         *     of them); extra scopes answer 403 `insufficient_scope` with `scopes` naming them.
         *     `ttl_seconds` is bounded by server configuration. The response follows the RFC 6749
         *     §5.1 token response and carries `Cache-Control: no-store`. Service accounts can also use
         *     the standard client credentials grant at `/oauth/token`.
         */
        post: operations["createAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access-tokens/{token_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The access token's id (`tok_…`), its `jti` claim.
                 * @example tok_01JDA3N8D5V7WG
                 */
                token_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an access token
         * @description Revokes one access token by id. The issuing server refuses it from the very next
         *     request (403 `credential_revoked`), and RFC 7662 introspection reports it
         *     `active: false`. Resource servers that verify the JWT offline against the JWKS only
         *     notice at expiry, which is why access tokens are short-lived. Revoking an already
         *     revoked or expired token also answers 204 (as RFC 7009 §2.2 does). To revoke a token
         *     you hold, without knowing its id, use `/oauth/revoke`.
         */
        delete: operations["revokeAccessToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List service accounts
         * @description The organization's service accounts, newest first. Never returns a secret: the current
         *     secret is identified by its 12-character `secret_prefix`.
         */
        get: operations["listServiceAccounts"];
        put?: never;
        /**
         * Create a service account
         * @description Creates a non-human OAuth client (RFC 6749 §2) in the caller's organization and returns
         *     its `client_id` and `secret` (`kws_…`) exactly once, with `Cache-Control: no-store`.
         *     The account obtains access tokens with the client credentials grant (RFC 6749 §4.4) at
         *     `/oauth/token`, authenticating with HTTP Basic or `client_secret_post`
         *     (RFC 6749 §2.3.1), or through `POST /v1/access-tokens`.
         *
         *     Every scope must be allowed by the caller's role, else 403 `role_cap_exceeded`. Send an
         *     `Idempotency-Key` to make retries safe.
         */
        post: operations["createServiceAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-accounts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service account's id (`sa_…`).
                 * @example sa_01JDA0B7R2V6HQ
                 */
                account_id: string;
            };
            cookie?: never;
        };
        /**
         * Get a service account
         * @description One service account's metadata, never its secret. An account of another organization answers 404.
         */
        get: operations["getServiceAccount"];
        put?: never;
        post?: never;
        /**
         * Delete a service account
         * @description Deletes the account. Its secrets (including one in a rotation grace period) stop working
         *     on the very next request, on every server node, and the access tokens it obtained are
         *     revoked. The deletion is recorded in the audit log (`service_account.deleted`).
         */
        delete: operations["deleteServiceAccount"];
        options?: never;
        head?: never;
        /**
         * Update a service account
         * @description Renames or redescribes the account, or narrows its scopes. Scopes can only be removed:
         *     a `scopes` list that contains a scope the account does not already hold answers 403.
         *     Narrowing applies to tokens requested from then on; tokens already issued keep their
         *     scopes until they expire or are revoked.
         */
        patch: operations["updateServiceAccount"];
        trace?: never;
    };
    "/v1/service-accounts/{account_id}/secrets": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service account's id (`sa_…`).
                 * @example sa_01JDA0B7R2V6HQ
                 */
                account_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a service account's secret
         * @description Issues a new client secret and returns it exactly once, with `Cache-Control: no-store`.
         *     With `grace_period_seconds` > 0 the old secret keeps working until
         *     `previous_secret_expires_at`, so the client can be redeployed without downtime; with 0
         *     (the default) it stops working at once. An account holds at most one previous secret:
         *     rotating again during a grace period ends the earlier previous secret immediately.
         *     Access tokens already issued stay valid until they expire. Send an `Idempotency-Key` to
         *     make retries safe (a retry returns the same new secret instead of rotating twice).
         */
        post: operations["rotateServiceAccountSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agents
         * @description The organization's agents, newest first.
         */
        get: operations["listAgents"];
        put?: never;
        /**
         * Create an agent
         * @description Creates a named agent identity in the caller's organization. An agent holds no secret
         *     itself; mint keys for it with `createAgentKey`. A name already used by another agent of
         *     the organization answers 409 `conflict`. Send an `Idempotency-Key` to make retries safe.
         */
        post: operations["createAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{agent_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's id (`agt_…`).
                 * @example agt_01JDA1C9P4W2MZ
                 */
                agent_id: string;
            };
            cookie?: never;
        };
        /**
         * Get an agent
         * @description One agent. An agent of another organization answers 404.
         */
        get: operations["getAgent"];
        put?: never;
        post?: never;
        /**
         * Delete an agent
         * @description Deletes the agent and revokes all of its keys, effective on the very next request on
         *     every server node. Each revoked key is recorded in the audit log (`agent_key.revoked`),
         *     followed by `agent.deleted`.
         */
        delete: operations["deleteAgent"];
        options?: never;
        head?: never;
        /**
         * Update an agent
         * @description Renames or redescribes the agent. Its keys are unaffected. A name already used by
         *     another agent of the organization answers 409 `conflict`.
         */
        patch: operations["updateAgent"];
        trace?: never;
    };
    "/v1/agents/{agent_id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's id (`agt_…`).
                 * @example agt_01JDA1C9P4W2MZ
                 */
                agent_id: string;
            };
            cookie?: never;
        };
        /**
         * List an agent's keys
         * @description The agent's keys, newest first, including expired and revoked ones. Never returns a
         *     secret: each key is identified by its id and 12-character display `prefix`.
         */
        get: operations["listAgentKeys"];
        put?: never;
        /**
         * Mint a key for an agent
         * @description Mints a key (`kwa_…`) with which the agent's process authenticates directly, with
         *     `x-api-key` or `Authorization: Bearer` (RFC 6750 §2.1), for example to follow the audit
         *     event stream. The secret is returned exactly once, with `Cache-Control: no-store`.
         *     Every scope must be allowed by the caller's role, else 403 `role_cap_exceeded`. Send an
         *     `Idempotency-Key` to make retries safe.
         */
        post: operations["createAgentKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{agent_id}/keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's id (`agt_…`).
                 * @example agt_01JDA1C9P4W2MZ
                 */
                agent_id: string;
                /**
                 * @description The agent key's id (`akey_…`).
                 * @example akey_01JDA1F3K8S5TX
                 */
                key_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an agent key
         * @description Revokes one of the agent's keys, effective on the very next request on every server
         *     node; open event streams authenticated with it are closed. The key stays listed with
         *     `status: revoked`. Revoking an already revoked key also answers 204; a key that does not
         *     belong to this agent answers 404.
         */
        delete: operations["revokeAgentKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/app-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List app tokens
         * @description The organization's app tokens, newest first, including expired and revoked ones. Never
         *     returns a secret: each token is identified by its id and 12-character display `prefix`.
         */
        get: operations["listAppTokens"];
        put?: never;
        /**
         * Mint an app token
         * @description Mints an organization-scoped token (`kwt_…`) for a service-to-service integration and
         *     returns it exactly once, with `Cache-Control: no-store`. It authenticates with
         *     `Authorization: Bearer` (RFC 6750 §2.1) or `x-api-key`. The `app-tokens:write` scope
         *     belongs only to the `owner` and `admin` roles (see `GET /v1/scopes`), so only admins and
         *     owners can mint app tokens; every requested scope must also be allowed by the caller's
         *     role, else 403 `role_cap_exceeded`. Send an `Idempotency-Key` to make retries safe.
         */
        post: operations["createAppToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/app-tokens/{token_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The app token's id (`apt_…`).
                 * @example apt_01JDA2H6M1Q9RB
                 */
                token_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an app token
         * @description Revokes the app token, effective on the very next request on every server node. The
         *     token stays listed with `status: revoked`. Revoking an already revoked token also
         *     answers 204.
         */
        delete: operations["revokeAppToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query the audit log
         * @description The organization's audit events, newest first: every security-relevant action (keys
         *     created, rotated and revoked, tokens minted, logins, device approvals, role changes, rate
         *     limiting…). Events identify credentials by id and 12-character display prefix and never
         *     contain a secret, a token or a password.
         *
         *     Filter by `action`, `actor_id`, `target_id` and a `since`/`until` time window. A caller
         *     authenticated with an agent key sees only its own agent's events (those whose actor is
         *     one of the agent's keys or whose target is the agent or one of its keys).
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream audit events live (Server-Sent Events)
         * @description A `text/event-stream` (Server-Sent Events, WHATWG HTML §9.2) of the organization's audit
         *     events as they happen, oldest first. Each event has `id:` (the event id), `event:` (its
         *     `action`) and one `data:` line holding the `AuditEvent` as JSON. A `: heartbeat` comment
         *     is sent when the stream opens and every 15 seconds after, so that proxies keep the
         *     connection open. Events arrive in id order, about a second after they happen (whichever
         *     server node recorded them), so that an event committed a moment late is never skipped.
         *
         *     Takes the same filters as `listAuditEvents`. Without `since` or `Last-Event-ID` the
         *     stream starts with events created after the connection opens; with `since` it first
         *     replays the matching events created since then; with `Last-Event-ID` (which
         *     `EventSource` sends by itself when it reconnects) it resumes right after that event, so
         *     nothing is missed and nothing is sent twice (it takes precedence over `since`). With
         *     `until` the server closes the stream once every event before that time has been sent.
         *
         *     A caller authenticated with an agent key sees only its own agent's events. Browsers'
         *     `EventSource` cannot set headers: use a polyfill that sends `Authorization: Bearer` or
         *     `x-api-key`, or a short-lived access token. The server ends the stream when the
         *     credential is revoked, expires or loses `audit:read` (checked at each heartbeat, and at
         *     once after a revocation in the organization); the client reconnects with a fresh one.
         */
        get: operations["streamAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the scope catalogue and the role map
         * @description The scopes a credential can carry and, for each role, the scopes its members may grant.
         *     Read from the specification, so it is the same catalogue the docs and clients use.
         */
        get: operations["listScopes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that the server is up
         * @description Liveness and readiness. Answers 200 once the database is reachable and migrated.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A scope from the catalogue (the `oauth2` security scheme's scope map).
         * @example keys:read
         */
        Scope: string;
        /**
         * @description Authorization server metadata (RFC 8414 §2).
         * @example {
         *       "issuer": "http://localhost:3000",
         *       "token_endpoint": "http://localhost:3000/oauth/token",
         *       "device_authorization_endpoint": "http://localhost:3000/oauth/device_authorization",
         *       "introspection_endpoint": "http://localhost:3000/oauth/introspect",
         *       "revocation_endpoint": "http://localhost:3000/oauth/revoke",
         *       "jwks_uri": "http://localhost:3000/.well-known/jwks.json",
         *       "grant_types_supported": [
         *         "client_credentials",
         *         "refresh_token",
         *         "urn:ietf:params:oauth:grant-type:device_code",
         *         "urn:ietf:params:oauth:grant-type:token-exchange"
         *       ],
         *       "token_endpoint_auth_methods_supported": [
         *         "client_secret_basic",
         *         "client_secret_post",
         *         "none"
         *       ],
         *       "introspection_endpoint_auth_methods_supported": [
         *         "client_secret_basic",
         *         "Bearer"
         *       ],
         *       "revocation_endpoint_auth_methods_supported": [
         *         "client_secret_basic",
         *         "client_secret_post",
         *         "none",
         *         "Bearer"
         *       ],
         *       "scopes_supported": [
         *         "org:read",
         *         "keys:read",
         *         "keys:write",
         *         "tokens:read"
         *       ],
         *       "response_types_supported": []
         *     }
         */
        AuthorizationServerMetadata: {
            /**
             * Format: uri
             * @description The issuer identifier; the `iss` of every access token (RFC 8414 §2).
             */
            issuer: string;
            /**
             * Format: uri
             * @description The token endpoint (RFC 6749 §3.2).
             */
            token_endpoint: string;
            /**
             * Format: uri
             * @description The device authorization endpoint (RFC 8628 §4).
             */
            device_authorization_endpoint: string;
            /**
             * Format: uri
             * @description The introspection endpoint (RFC 7662).
             */
            introspection_endpoint: string;
            /**
             * Format: uri
             * @description The revocation endpoint (RFC 7009).
             */
            revocation_endpoint: string;
            /**
             * Format: uri
             * @description The JSON Web Key Set with the access-token signing keys (RFC 7517).
             */
            jwks_uri: string;
            grant_types_supported: ("client_credentials" | "refresh_token" | "urn:ietf:params:oauth:grant-type:device_code" | "urn:ietf:params:oauth:grant-type:token-exchange")[];
            /** @description `none` is for public clients such as `keyway-cli` (device and refresh grants). */
            token_endpoint_auth_methods_supported: ("client_secret_basic" | "client_secret_post" | "none")[];
            /**
             * @description `client_secret_basic` for service accounts, `Bearer` (from the OAuth Access Token Types
             *     registry, as RFC 8414 §2 allows) for any credential with `tokens:read`.
             */
            introspection_endpoint_auth_methods_supported: ("client_secret_basic" | "Bearer")[];
            /**
             * @description The introspection methods, plus `client_secret_post` and `none`: a public client (such as
             *     `keyway-cli`) revokes a token it holds without a secret (RFC 7009 §2.1).
             */
            revocation_endpoint_auth_methods_supported: ("client_secret_basic" | "client_secret_post" | "none" | "Bearer")[];
            /** @description The scope catalogue. */
            scopes_supported: components["schemas"]["Scope"][];
            /** @description Empty - Keyway has no authorization endpoint (RFC 8414 §2 requires the member). */
            response_types_supported: string[];
        };
        /**
         * @description The stable machine-readable problem code. `x-keyway-error-codes` gives each code's HTTP status and meaning.
         * @enum {string}
         */
        ErrorCode: "invalid_request" | "unauthenticated" | "invalid_credential" | "credential_expired" | "credential_revoked" | "insufficient_scope" | "role_cap_exceeded" | "scope_widening" | "session_required" | "invitation_mismatch" | "last_owner" | "not_found" | "method_not_allowed" | "conflict" | "idempotency_key_reused" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "not_implemented";
        FieldError: {
            /** @description Where the invalid input is, e.g. `body.scopes[2]` or `query.limit`. */
            field: string;
            /** @description Why it is invalid. */
            message: string;
        };
        /**
         * @description An RFC 9457 problem details object, served as `application/problem+json` by every `/v1`
         *     route and by the server for unknown routes and methods. `code` is stable and machine
         *     readable; `title` and `detail` are for people and may change.
         * @example {
         *       "type": "https://keyway.dev/problems/insufficient_scope",
         *       "title": "Insufficient scope",
         *       "status": 403,
         *       "detail": "This operation needs the scope keys:write.",
         *       "instance": "/v1/api-keys",
         *       "code": "insufficient_scope",
         *       "request_id": "req_8d2f6c1e4b7a49f0",
         *       "scopes": [
         *         "keys:write"
         *       ]
         *     }
         */
        Problem: {
            /**
             * Format: uri-reference
             * @description A URI reference that identifies the problem type (RFC 9457 §3.1.1).
             */
            type: string;
            /** @description A short, human-readable summary of the problem type. */
            title: string;
            /** @description The HTTP status code, repeated for convenience. */
            status: number;
            /** @description A human-readable explanation of this occurrence. Never contains a secret. */
            detail?: string;
            /** @description The request path that produced the problem. */
            instance?: string;
            code: components["schemas"]["ErrorCode"];
            /** @description The `X-Request-Id` of the request, to quote to support. */
            request_id: string;
            /** @description For `invalid_request`, one entry per invalid input. */
            errors?: components["schemas"]["FieldError"][];
            /** @description For `insufficient_scope`, the scopes the operation needs. */
            scopes?: string[];
        };
        /**
         * @description A public signing key (RFC 7517 §4). Never contains private key material.
         * @example {
         *       "kty": "OKP",
         *       "crv": "Ed25519",
         *       "kid": "kid_1",
         *       "use": "sig",
         *       "alg": "EdDSA",
         *       "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"
         *     }
         */
        JsonWebKey: {
            /**
             * @description Key type (RFC 7517 §4.1).
             * @enum {string}
             */
            kty: "OKP" | "EC" | "RSA";
            /** @description Key id, matching the `kid` header of the tokens it signed (RFC 7517 §4.5). */
            kid: string;
            /**
             * @description Public key use (RFC 7517 §4.2).
             * @enum {string}
             */
            use: "sig";
            /** @description The signing algorithm (RFC 7517 §4.4), e.g. `EdDSA` or `ES256`. */
            alg: string;
            /** @description The curve for `OKP` and `EC` keys (RFC 8037 §2, RFC 7518 §6.2.1.1), e.g. `Ed25519` or `P-256`. */
            crv?: string;
            /** @description The public key, base64url (`OKP`), or its x coordinate (`EC`). */
            x?: string;
            /** @description The y coordinate of an `EC` key (RFC 7518 §6.2.1.3). */
            y?: string;
            /** @description The modulus of an `RSA` key (RFC 7518 §6.3.1.1). */
            n?: string;
            /** @description The exponent of an `RSA` key (RFC 7518 §6.3.1.2). */
            e?: string;
        };
        /**
         * @description A JSON Web Key Set (RFC 7517 §5). During a signing-key rotation it lists the old and new keys.
         * @example {
         *       "keys": [
         *         {
         *           "kty": "OKP",
         *           "crv": "Ed25519",
         *           "kid": "kid_1",
         *           "use": "sig",
         *           "alg": "EdDSA",
         *           "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"
         *         }
         *       ]
         *     }
         */
        JsonWebKeySet: {
            keys: components["schemas"]["JsonWebKey"][];
        };
        /**
         * @description A token request (RFC 6749 §3.2), sent as `application/x-www-form-urlencoded` (the standard)
         *     or `application/json`. One flat object for every grant; which parameters apply depends on
         *     `grant_type`:
         *
         *     - `client_credentials` (RFC 6749 §4.4.2): a service account authenticates with HTTP Basic
         *       (`client_secret_basic`) or with `client_id` + `client_secret` in the body
         *       (`client_secret_post`); optional `scope` narrows the token to a subset of the account's
         *       scopes (none requested means all of them).
         *     - `refresh_token` (RFC 6749 §6): `refresh_token` is required; `client_id` is required for
         *       public clients; optional `scope` may only narrow the original grant. The refresh token
         *       rotates: the response carries a new one, and presenting a used one revokes its family.
         *     - `urn:ietf:params:oauth:grant-type:device_code` (RFC 8628 §3.4): `device_code` and
         *       `client_id` are required.
         *     - `urn:ietf:params:oauth:grant-type:token-exchange` (RFC 8693 §2.1): `subject_token` and
         *       `subject_token_type` are required; `requested_token_type`, `audience`, `resource` and
         *       `scope` are optional.
         *
         *     Parameters that do not apply to the grant, and unknown parameters, are ignored.
         * @example {
         *       "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
         *       "client_id": "keyway-cli",
         *       "device_code": "kwd_O5xvmOaQo2Nf5PZJjkV0WRcPedTw5zV0qW5u4QGPYh"
         *     }
         */
        TokenRequest: {
            /**
             * @description The grant (RFC 6749 §4.4.2, §6; RFC 8628 §3.4; RFC 8693 §2.1).
             * @enum {string}
             */
            grant_type: "client_credentials" | "refresh_token" | "urn:ietf:params:oauth:grant-type:device_code" | "urn:ietf:params:oauth:grant-type:token-exchange";
            /**
             * @description The client identifier (RFC 6749 §2.2): a service account id (`sa_...`) for
             *     `client_secret_post`, or a public client id such as `keyway-cli` for the device and
             *     refresh grants.
             */
            client_id?: string;
            /**
             * @description The service account's `kws_` secret when the client uses `client_secret_post`
             *     (RFC 6749 §2.3.1). Prefer HTTP Basic; never send both.
             */
            client_secret?: string;
            /** @description Space-separated scopes (RFC 6749 §3.3); must be a subset of what the grant allows. */
            scope?: string;
            /** @description For `refresh_token`, the `kwr_` refresh token (RFC 6749 §6). */
            refresh_token?: string;
            /** @description For the device grant, the `kwd_` device code from the device authorization response (RFC 8628 §3.4). */
            device_code?: string;
            /**
             * @description For token exchange, the credential being exchanged (RFC 8693 §2.1): a Keyway API key,
             *     agent key, app token or access token.
             */
            subject_token?: string;
            /**
             * @description For token exchange, the type of `subject_token` (RFC 8693 §3), e.g.
             *     `urn:ietf:params:oauth:token-type:access_token`.
             */
            subject_token_type?: string;
            /**
             * @description For token exchange, the type of token wanted (RFC 8693 §2.1); only
             *     `urn:ietf:params:oauth:token-type:access_token` is issued.
             */
            requested_token_type?: string;
            /** @description For token exchange, the logical name of the service the token is for (RFC 8693 §2.1). */
            audience?: string;
            /** @description For token exchange, the URI of the resource the token is for (RFC 8693 §2.1, RFC 8707). */
            resource?: string;
        };
        /**
         * @description A short-lived RFC 9068 access token (`typ: at+jwt`), signed with a key from `/.well-known/jwks.json`.
         * @example eyJhbGciOiJFZERTQSIsImtpZCI6ImtpZF8xIiwidHlwIjoiYXQrand0In0.eyJzdWIiOiJrZXlfMDFKRDlaIn0.c2lnbmF0dXJl
         */
        AccessToken: string;
        /**
         * @description A refresh token (`kwr_`). Rotates on every use; presenting a used one revokes its family.
         * @example kwr_FBF0v1f33TAXy4PHlD3DZXwcK27fxscMFerL01zJ62
         */
        RefreshToken: string;
        /**
         * @description A successful token response (RFC 6749 §5.1; RFC 8693 §2.2.1 for token exchange).
         * @example {
         *       "access_token": "eyJhbGciOiJFZERTQSIsImtpZCI6ImtpZF8xIiwidHlwIjoiYXQrand0In0.eyJzdWIiOiJrZXlfMDFKRDlaIn0.c2lnbmF0dXJl",
         *       "token_type": "Bearer",
         *       "expires_in": 900,
         *       "scope": "keys:read tokens:read",
         *       "refresh_token": "kwr_FBF0v1f33TAXy4PHlD3DZXwcK27fxscMFerL01zJ62"
         *     }
         */
        TokenResponse: {
            access_token: components["schemas"]["AccessToken"];
            /**
             * @description Always `Bearer` (RFC 6750).
             * @enum {string}
             */
            token_type: "Bearer";
            /** @description Lifetime of the access token in seconds. */
            expires_in: number;
            /** @description The granted scopes, space-separated (RFC 6749 §3.3). */
            scope: string;
            refresh_token?: components["schemas"]["RefreshToken"];
            /**
             * @description For token exchange only, the type of the issued token (RFC 8693 §2.2.1).
             * @enum {string}
             */
            issued_token_type?: "urn:ietf:params:oauth:token-type:access_token";
        };
        /**
         * @description An OAuth 2.0 error response (RFC 6749 §5.2, RFC 8628 §3.5, RFC 7009 §2.2.1).
         * @example {
         *       "error": "authorization_pending",
         *       "error_description": "The user has not approved or denied the request yet."
         *     }
         */
        OAuthError: {
            /** @enum {string} */
            error: "invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "unsupported_token_type" | "invalid_scope" | "insufficient_scope" | "invalid_target" | "authorization_pending" | "slow_down" | "access_denied" | "expired_token" | "temporarily_unavailable" | "server_error";
            /** @description Human-readable text; never contains a secret. */
            error_description?: string;
            /** Format: uri */
            error_uri?: string;
        };
        /**
         * @description A device authorization request (RFC 8628 §3.1). Unknown parameters are ignored.
         * @example {
         *       "client_id": "keyway-cli",
         *       "scope": "keys:read keys:write"
         *     }
         */
        DeviceAuthorizationRequest: {
            /** @description The public client's id; only allow-listed clients (`keyway-cli` is built in) may start a flow. */
            client_id: string;
            /** @description Space-separated scopes the device asks for (RFC 6749 §3.3); the person approving may narrow them. */
            scope?: string;
        };
        /**
         * @description An RFC 8628 device code (`kwd_`). Stored only as a hash; redeemed at most once.
         * @example kwd_O5xvmOaQo2Nf5PZJjkV0WRcPedTw5zV0qW5u4QGPYh
         */
        DeviceCode: string;
        /**
         * @description An RFC 8628 user code: 8 characters from the 20 consonants `BCDFGHJKLMNPQRSTVWXZ` (no
         *     vowels, no look-alike characters; RFC 8628 §6.1), shown as `XXXX-XXXX`. Input is matched
         *     case-insensitively, ignoring the dash and spaces.
         * @example BCDF-GHJK
         */
        UserCode: string;
        /**
         * @description A device authorization response (RFC 8628 §3.2).
         * @example {
         *       "device_code": "kwd_O5xvmOaQo2Nf5PZJjkV0WRcPedTw5zV0qW5u4QGPYh",
         *       "user_code": "BCDF-GHJK",
         *       "verification_uri": "http://localhost:3000/device",
         *       "verification_uri_complete": "http://localhost:3000/device?user_code=BCDF-GHJK",
         *       "expires_in": 600,
         *       "interval": 5
         *     }
         */
        DeviceAuthorizationResponse: {
            device_code: components["schemas"]["DeviceCode"];
            user_code: components["schemas"]["UserCode"];
            /**
             * Format: uri
             * @description The page where the person enters `user_code` (`/device`).
             */
            verification_uri: string;
            /**
             * Format: uri
             * @description The same page with `user_code` pre-filled, for a link or QR code (RFC 8628 §3.3.1).
             */
            verification_uri_complete: string;
            /** @description Lifetime of `device_code` and `user_code` in seconds. */
            expires_in: number;
            /**
             * @description Minimum seconds between token requests (RFC 8628 §3.5); `slow_down` adds 5.
             * @default 5
             */
            interval: number;
        };
        /**
         * @description A token introspection request (RFC 7662 §2.1). Unknown parameters are ignored.
         * @example {
         *       "token": "eyJhbGciOiJFZERTQSIsImtpZCI6ImtpZF8xIiwidHlwIjoiYXQrand0In0.eyJzdWIiOiJrZXlfMDFKRDlaIn0.c2lnbmF0dXJl",
         *       "token_type_hint": "access_token"
         *     }
         */
        IntrospectionRequest: {
            /** @description The token or Keyway secret to introspect (access token, refresh token, API key, agent key, app token). */
            token: string;
            /**
             * @description A hint about the token's type, `access_token` or `refresh_token` (RFC 7009 §2.1). The
             *     server searches every kind when the hint is wrong or unknown.
             */
            token_type_hint?: string;
        };
        /**
         * @description A token introspection response (RFC 7662 §2.2). An unknown, malformed, expired or revoked
         *     token, or one of another organization, answers `{"active": false}` and nothing else.
         * @example {
         *       "active": true,
         *       "scope": "keys:read tokens:read",
         *       "client_id": "sa_01JD9ZR2K8P4N6",
         *       "token_type": "Bearer",
         *       "exp": 1795599000,
         *       "iat": 1795598100,
         *       "nbf": 1795598100,
         *       "sub": "sa_01JD9ZR2K8P4N6",
         *       "aud": "http://localhost:3000",
         *       "iss": "http://localhost:3000",
         *       "jti": "tok_01JD9ZS5V3C7H2",
         *       "org_id": "org_01JD9ZP1A2B3C4"
         *     }
         */
        IntrospectionResponse: {
            /** @description Whether the token is currently valid. */
            active: boolean;
            /** @description The token's effective scopes, space-separated. */
            scope?: string;
            /** @description The client the token was issued to. */
            client_id?: string;
            /** @description The email of the person behind the token, when there is one. */
            username?: string;
            /** @description The token's type, e.g. `Bearer`. */
            token_type?: string;
            /** @description Expiry, in seconds since the Unix epoch. */
            exp?: number;
            /** @description Issue time, in seconds since the Unix epoch. */
            iat?: number;
            /** @description Not-before time, in seconds since the Unix epoch. */
            nbf?: number;
            /** @description The principal the token stands for (a `usr_`, `sa_`, `agt_`, `key_` or `apt_` id). */
            sub?: string;
            /** @description The token's audience(s). */
            aud?: string | string[];
            /** @description The issuer, as in the authorization server metadata. */
            iss?: string;
            /** @description The token's identifier. */
            jti?: string;
            /** @description Keyway extension (RFC 7662 §2.2 allows them) - the organization the token is bound to. */
            org_id?: string;
        };
        /**
         * @description A token revocation request (RFC 7009 §2.1). Unknown parameters are ignored.
         * @example {
         *       "token": "kwr_FBF0v1f33TAXy4PHlD3DZXwcK27fxscMFerL01zJ62",
         *       "token_type_hint": "refresh_token"
         *     }
         */
        RevocationRequest: {
            /** @description The access token or refresh token to revoke. */
            token: string;
            /**
             * @description `access_token` or `refresh_token` (RFC 7009 §2.1). The server searches every kind when
             *     the hint is wrong or unknown.
             */
            token_type_hint?: string;
        };
        /**
         * @description Creates a person and a new organization that they own.
         * @example {
         *       "email": "ada@example.com",
         *       "password": "correct horse battery staple",
         *       "name": "Ada Lovelace",
         *       "org_name": "Analytical Engines"
         *     }
         */
        SignupRequest: {
            /**
             * Format: email
             * @description The login email; compared case-insensitively.
             */
            email: string;
            /** @description Stored only as a memory-hard hash (scrypt or argon2id); never logged or returned. */
            password: string;
            /** @description The person's display name. */
            name: string;
            /** @description The name of the organization created with the account. */
            org_name: string;
        };
        /**
         * @example {
         *       "id": "usr_01JD9ZN7Q4R8T2",
         *       "email": "ada@example.com",
         *       "name": "Ada Lovelace"
         *     }
         */
        SessionUser: {
            /** @description The person's id (`usr_`). */
            id: string;
            /** Format: email */
            email: string;
            name: string;
        };
        /**
         * @description An organization's id and name.
         * @example {
         *       "id": "org_01JD9ZP1A2B3C4",
         *       "name": "Analytical Engines"
         *     }
         */
        OrgSummary: {
            /** @description The organization's id (`org_`). */
            id: string;
            name: string;
        };
        /**
         * @description An organization role, from most to least powerful.
         * @enum {string}
         */
        Role: "owner" | "admin" | "member" | "viewer";
        /**
         * @description A person's session: a short-lived access token and a rotating refresh token, in the shape
         *     of an RFC 6749 §5.1 token response so that the same client code handles both.
         * @example {
         *       "access_token": "eyJhbGciOiJFZERTQSIsImtpZCI6ImtpZF8xIiwidHlwIjoiYXQrand0In0.eyJzdWIiOiJrZXlfMDFKRDlaIn0.c2lnbmF0dXJl",
         *       "token_type": "Bearer",
         *       "expires_in": 900,
         *       "refresh_token": "kwr_FBF0v1f33TAXy4PHlD3DZXwcK27fxscMFerL01zJ62",
         *       "scope": "org:read org:write members:read members:write",
         *       "user": {
         *         "id": "usr_01JD9ZN7Q4R8T2",
         *         "email": "ada@example.com",
         *         "name": "Ada Lovelace"
         *       },
         *       "org": {
         *         "id": "org_01JD9ZP1A2B3C4",
         *         "name": "Analytical Engines"
         *       },
         *       "role": "owner"
         *     }
         */
        Session: {
            access_token: components["schemas"]["AccessToken"];
            /** @enum {string} */
            token_type: "Bearer";
            /** @description Lifetime of the access token in seconds. */
            expires_in: number;
            refresh_token: components["schemas"]["RefreshToken"];
            /** @description The session's effective scopes (its role's scopes), space-separated. */
            scope: string;
            user: components["schemas"]["SessionUser"];
            org: components["schemas"]["OrgSummary"];
            role: components["schemas"]["Role"];
        };
        /**
         * @example {
         *       "email": "ada@example.com",
         *       "password": "correct horse battery staple",
         *       "org_id": "org_01JD9ZP1A2B3C4"
         *     }
         */
        LoginRequest: {
            /**
             * Format: email
             * @description The login email; compared case-insensitively.
             */
            email: string;
            /** @description The password. */
            password: string;
            /**
             * @description For a person in several organizations, the one to sign in to (`GET /v1/orgs` lists
             *     them). When omitted, the session is for the organization they joined first.
             */
            org_id?: string;
        };
        /**
         * @example {
         *       "refresh_token": "kwr_FBF0v1f33TAXy4PHlD3DZXwcK27fxscMFerL01zJ62"
         *     }
         */
        RefreshRequest: {
            /** @description The `kwr_` refresh token from the last login or refresh. */
            refresh_token: string;
        };
        /**
         * @example {
         *       "refresh_token": "kwr_FBF0v1f33TAXy4PHlD3DZXwcK27fxscMFerL01zJ62"
         *     }
         */
        LogoutRequest: {
            /** @description The session's `kwr_` refresh token; its whole family is revoked too. */
            refresh_token?: string;
        };
        /**
         * @description The first 12 characters of the secret; safe to show in logs, dashboards and audit trails.
         * @example kwk_10jkRsVV
         */
        DisplayPrefix: string;
        /**
         * @example [
         *       "keys:read",
         *       "tokens:write"
         *     ]
         */
        ScopeList: components["schemas"]["Scope"][];
        /**
         * Format: date-time
         * @description An RFC 3339 timestamp in UTC.
         * @example 2026-11-25T09:30:00Z
         */
        Timestamp: string;
        /**
         * @description Who the caller is, for any kind of credential.
         * @example {
         *       "principal": {
         *         "kind": "user",
         *         "id": "usr_01JD9ZN7Q4R8T2",
         *         "name": "Ada Lovelace"
         *       },
         *       "org": {
         *         "id": "org_01JD9ZP1A2B3C4",
         *         "name": "Analytical Engines"
         *       },
         *       "credential": {
         *         "kind": "api_key",
         *         "id": "key_01JD9ZQ4W7M3X8",
         *         "prefix": "kwk_10jkRsVV"
         *       },
         *       "role": "owner",
         *       "scopes": [
         *         "keys:read",
         *         "tokens:write"
         *       ],
         *       "expires_at": "2026-12-25T09:30:00Z"
         *     }
         */
        Whoami: {
            /** @description The identity the credential stands for. */
            principal: {
                /**
                 * @description `app` is the integration behind an app token.
                 * @enum {string}
                 */
                kind: "user" | "service_account" | "agent" | "app";
                /** @description The principal's id (`usr_`, `sa_`, `agt_` or `apt_`). */
                id: string;
                /** @description A person's name, or the service account's, agent's or app token's name. */
                name: string;
            };
            org: components["schemas"]["OrgSummary"];
            /** @description The credential this request presented. */
            credential: {
                /** @enum {string} */
                kind: "session" | "api_key" | "access_token" | "service_account" | "agent_key" | "app_token";
                /** @description The credential's id (`key_`, `tok_`, `akey_`, `apt_`, ...; a session's or JWT's `jti`). */
                id: string;
                /** @description The secret's display prefix; `null` for JWTs (sessions and access tokens). */
                prefix: components["schemas"]["DisplayPrefix"] | null;
            };
            /**
             * @description The role that caps the credential: the person's role, or for an API key its creator's
             *     current role; `null` for service accounts, agents and app tokens.
             */
            role: components["schemas"]["Role"] | null;
            /** @description The effective scopes (the credential's scopes intersected with its role cap). */
            scopes: components["schemas"]["ScopeList"];
            /** @description When the credential expires; `null` if it does not. */
            expires_at: components["schemas"]["Timestamp"] | null;
        };
        /**
         * @description A signed-in person's answer to a device login (RFC 8628 §3.3).
         * @example {
         *       "user_code": "BCDF-GHJK",
         *       "action": "approve",
         *       "scopes": [
         *         "keys:read"
         *       ]
         *     }
         */
        DeviceVerifyRequest: {
            /**
             * @description The code the device shows (`BCDF-GHJK`). Matched case-insensitively, ignoring the dash
             *     and spaces, so `bcdf ghjk` works too. Wrong codes count against an attempt limit.
             */
            user_code: string;
            /** @enum {string} */
            action: "approve" | "deny";
            /**
             * @description When approving, a subset of the requested scopes to grant (further capped by the
             *     person's role); omitted means all requested scopes the role allows.
             */
            scopes?: components["schemas"]["ScopeList"];
        };
        /**
         * @example {
         *       "status": "approved",
         *       "client_id": "keyway-cli",
         *       "scopes": [
         *         "keys:read"
         *       ]
         *     }
         */
        DeviceVerifyResult: {
            /** @enum {string} */
            status: "approved" | "denied";
            /** @description The client that started the flow, e.g. `keyway-cli`. */
            client_id: string;
            /** @description The scopes granted; empty when denied. */
            scopes: components["schemas"]["ScopeList"];
        };
        /**
         * @example {
         *       "id": "org_01JD9ZP1A2B3C4",
         *       "name": "Analytical Engines",
         *       "role": "owner",
         *       "created_at": "2026-11-25T09:30:00Z"
         *     }
         */
        Org: {
            /** @description The organization's id (`org_`). */
            id: string;
            name: string;
            /**
             * @description The caller's role in this organization (for an API key, its creator's current role);
             *     `null` for service accounts, agents and app tokens.
             */
            role: components["schemas"]["Role"] | null;
            created_at: components["schemas"]["Timestamp"];
        };
        /**
         * @description Opaque cursor for the next page; `null` on the last page.
         * @example eyJpZCI6ImtleV8wMUpEOVoifQ
         */
        NextCursor: string | null;
        OrgList: {
            data: components["schemas"]["Org"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @example {
         *       "name": "Difference Engines"
         *     }
         */
        CreateOrgRequest: {
            name: string;
        };
        /**
         * @example {
         *       "name": "Analytical Engines Ltd"
         *     }
         */
        UpdateOrgRequest: {
            name: string;
        };
        /**
         * @description A person's membership of the caller's organization.
         * @example {
         *       "user_id": "usr_01JD9ZN7Q4R8T2",
         *       "email": "ada@example.com",
         *       "name": "Ada Lovelace",
         *       "role": "owner",
         *       "joined_at": "2026-11-25T09:30:00Z"
         *     }
         */
        Member: {
            /** @description The person's id (`usr_`). */
            user_id: string;
            /** Format: email */
            email: string;
            name: string;
            role: components["schemas"]["Role"];
            joined_at: components["schemas"]["Timestamp"];
        };
        MemberList: {
            data: components["schemas"]["Member"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @example {
         *       "role": "admin"
         *     }
         */
        UpdateMemberRequest: {
            role: components["schemas"]["Role"];
        };
        /**
         * @description An invitation for an email address to join the organization with a role.
         * @example {
         *       "id": "inv_01JD9ZT8M2K6Q1",
         *       "email": "charles@example.com",
         *       "role": "member",
         *       "status": "pending",
         *       "invited_by": "usr_01JD9ZN7Q4R8T2",
         *       "created_at": "2026-11-25T09:30:00Z",
         *       "expires_at": "2026-12-02T09:30:00Z"
         *     }
         */
        Invitation: {
            /** @description The invitation's id (`inv_`). */
            id: string;
            /** Format: email */
            email: string;
            role: components["schemas"]["Role"];
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked" | "expired";
            /** @description The id (`usr_`) of the person who sent it. */
            invited_by: string;
            created_at: components["schemas"]["Timestamp"];
            expires_at: components["schemas"]["Timestamp"];
        };
        InvitationList: {
            data: components["schemas"]["Invitation"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @example {
         *       "invitations": [
         *         {
         *           "email": "charles@example.com",
         *           "role": "member"
         *         },
         *         {
         *           "email": "mary@example.com",
         *           "role": "viewer"
         *         }
         *       ]
         *     }
         */
        CreateInvitationsRequest: {
            invitations: {
                /** Format: email */
                email: string;
                role: components["schemas"]["Role"];
            }[];
        };
        /**
         * @description An invitation's accept token (`kwi_`). Shown once, when the invitation is created.
         * @example kwi_qzBsfHDDJBnkOfwRm2fVQ7urJrpaUMls7poq1Sycwx
         */
        InvitationToken: string;
        /** @description The outcome for one email of a batch invitation. */
        InvitationResult: {
            /** Format: email */
            email: string;
            /**
             * @description `rejected` carries an `error` (e.g. `role_cap_exceeded`).
             * @enum {string}
             */
            status: "invited" | "already_member" | "already_invited" | "rejected";
            /** @description The new or existing pending invitation; `null` when `already_member` or `rejected`. */
            invitation: components["schemas"]["Invitation"] | null;
            /** @description The accept token, shown once, only when `status` is `invited`; `null` otherwise. */
            token: components["schemas"]["InvitationToken"] | null;
            /** @description Why the email was rejected; `null` otherwise. */
            error: {
                code: components["schemas"]["ErrorCode"];
                message: string;
            } | null;
        };
        /** @description One result per requested email, in request order. */
        InvitationResults: {
            results: components["schemas"]["InvitationResult"][];
        };
        /**
         * @example {
         *       "token": "kwi_qzBsfHDDJBnkOfwRm2fVQ7urJrpaUMls7poq1Sycwx"
         *     }
         */
        AcceptInvitationRequest: {
            /** @description The `kwi_` invitation token. */
            token: string;
        };
        /**
         * @description The signed-in person's new membership.
         * @example {
         *       "org": {
         *         "id": "org_01JD9ZP1A2B3C4",
         *         "name": "Analytical Engines"
         *       },
         *       "role": "member"
         *     }
         */
        Membership: {
            org: components["schemas"]["OrgSummary"];
            role: components["schemas"]["Role"];
        };
        /**
         * @description `expired` and `revoked` credentials are refused; both stay listed for audit.
         * @enum {string}
         */
        CredentialStatus: "active" | "expired" | "revoked";
        /**
         * @description An API key's id (`key_…`). Not a secret; safe to log and to send as `api_key_id`.
         * @example key_01JD9ZQ4W7M3X8
         */
        ApiKeyId: string;
        /**
         * @description A label for people, e.g. what the key is for and where it is stored.
         * @example Reporting script
         */
        ApiKeyName: string;
        /**
         * @description An API key's metadata. The secret itself is never returned after creation or rotation;
         *     `prefix` (the first 12 characters of the secret) identifies it in logs and dashboards.
         */
        ApiKey: {
            id: components["schemas"]["ApiKeyId"];
            name: components["schemas"]["ApiKeyName"];
            prefix: components["schemas"]["DisplayPrefix"];
            /** @description The scopes granted to the key when it was created or last narrowed. */
            scopes: components["schemas"]["ScopeList"];
            /**
             * @description The scopes the key can use right now: `scopes` intersected with the scopes of its
             *     creator's current role. Demoting the creator narrows every key they created at once.
             */
            effective_scopes: components["schemas"]["ScopeList"];
            status: components["schemas"]["CredentialStatus"];
            /**
             * @description The id of the user who created the key; their current role caps `effective_scopes`.
             * @example usr_01JD9Y2K5T8N4C
             */
            created_by: string;
            created_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the key stops working (RFC 3339, UTC); `null` if it never expires.
             */
            expires_at: string | null;
            /**
             * Format: date-time
             * @description When the key last authenticated a request; `null` if never. Updated at most once a
             *     minute, so it can lag by up to 60 seconds.
             */
            last_used_at: string | null;
            /**
             * Format: date-time
             * @description When the key was revoked; `null` unless `status` is `revoked`.
             */
            revoked_at: string | null;
            /**
             * Format: date-time
             * @description After a rotation with a grace period, when the previous secret stops working; `null`
             *     when no previous secret is valid.
             */
            previous_secret_expires_at: string | null;
        };
        /** @description A page of API keys, newest first. */
        ApiKeyList: {
            data: components["schemas"]["ApiKey"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /** @description The new key's name, scopes and optional expiry. */
        ApiKeyCreateRequest: {
            name: components["schemas"]["ApiKeyName"];
            /**
             * @description The scopes to grant. Each must be in the catalogue and allowed by the caller's role
             *     (else 403 `role_cap_exceeded`).
             */
            scopes: components["schemas"]["Scope"][];
            /**
             * @description When the key stops working; must be in the future. When omitted the server applies its
             *     configured default lifetime, and a value beyond the configured maximum lifetime is a 400.
             */
            expires_at?: components["schemas"]["Timestamp"];
        };
        /**
         * @description An API key secret (`kwk_`). Shown once, at creation or rotation.
         * @example kwk_10jkRsVVKEr5y9I9FRpV2fE7jdvJY9zcGjTb1LphgK
         */
        ApiKeySecret: string;
        /**
         * @description An API key together with its secret. Returned only by `createApiKey` and `rotateApiKey`,
         *     with `Cache-Control: no-store`; the secret cannot be retrieved again.
         */
        ApiKeyWithSecret: components["schemas"]["ApiKey"] & {
            secret: components["schemas"]["ApiKeySecret"];
        };
        /** @description Rename a key or narrow its scopes. At least one field is required. */
        ApiKeyUpdateRequest: {
            name?: components["schemas"]["ApiKeyName"];
            /**
             * @description The key's new scopes: a non-empty subset of its current `scopes`. Scopes can only be
             *     removed; adding a scope the key does not hold answers 403.
             */
            scopes?: components["schemas"]["Scope"][];
        };
        /** @description How long the current secret keeps working after the new one is issued. */
        ApiKeyRotateRequest: {
            /**
             * @description Seconds during which the current secret keeps working beside the new one (at most
             *     7 days). `0` invalidates the current secret immediately.
             * @default 0
             */
            grace_period_seconds: number;
        };
        /**
         * @description An access token's id (`tok_…`), also its `jti` claim (RFC 9068 §2.2, RFC 7519 §4.1.7).
         * @example tok_01JDA3N8D5V7WG
         */
        AccessTokenId: string;
        /**
         * @description An access token's metadata. The token itself is never stored or returned; only its id
         *     (`jti`) and claims are kept, so that it can be listed and revoked.
         */
        AccessTokenInfo: {
            id: components["schemas"]["AccessTokenId"];
            /**
             * @description The token's `client_id` claim (RFC 9068 §2.2): the id of the credential it was minted
             *     from, an API key (`key_…`), agent key (`akey_…`), app token (`apt_…`) or service account
             *     (`sa_…`), or `keyway-login` for a token exchanged from a person's session token.
             * @example key_01JD9ZQ4W7M3X8
             */
            client_id: string;
            /**
             * @description The token's `sub` claim (RFC 9068 §2.2): the user who created the API key (`usr_…`), the
             *     agent an agent key belongs to (`agt_…`), the app token (`apt_…`), or the service
             *     account (`sa_…`).
             * @example usr_01JD9Y2K5T8N4C
             */
            subject: string;
            /** @description The scopes the token carries. */
            scopes: components["schemas"]["ScopeList"];
            /** @description When the token was minted (its `iat` claim). */
            created_at: components["schemas"]["Timestamp"];
            /** @description When the token expires (its `exp` claim). */
            expires_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the token was revoked; `null` if it was not.
             */
            revoked_at: string | null;
            /**
             * @description The display prefix of the secret the token was minted with (an API key, agent key, app
             *     token or service account secret); `null` when the token was not minted from a long-lived
             *     secret.
             * @example kwk_mBcS2R0v
             */
            credential_prefix: string | null;
        };
        /** @description A page of access tokens, newest first. */
        AccessTokenList: {
            data: components["schemas"]["AccessTokenInfo"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description A service account's id (`sa_…`), also its OAuth `client_id` (RFC 6749 §2.2).
         * @example sa_01JDA0B7R2V6HQ
         */
        ServiceAccountId: string;
        /**
         * @description A service account's client secret (`kws_`). Shown once, at creation or rotation.
         * @example kws_1plRZzYtuwCgYXHX3O92K3nVakfNeKtFJ4w902sR82
         */
        ServiceAccountSecret: string;
        /**
         * @description The credential to exchange, unless it is sent in `Authorization: Bearer` or `x-api-key`,
         *     and optionally narrower scopes and a shorter lifetime. Exactly one credential must be
         *     presented, in one of these forms (anything else is a 400):
         *
         *     - `Authorization: Bearer <secret>` or `x-api-key: <secret>` with an API key, agent key
         *       or app token secret, and no credential in the body;
         *     - `api_key`;
         *     - `api_key_id` + `api_key_secret` (both);
         *     - `service_account_id` + `service_account_secret` (both).
         *
         *     An empty body (`{}`) is valid when the credential is in a header.
         */
        AccessTokenExchangeRequest: {
            /** @description An API key secret, as an alternative to sending it in a header. */
            api_key?: components["schemas"]["ApiKeySecret"];
            /** @description The API key's id, sent with `api_key_secret`; it must be the key the secret belongs to. */
            api_key_id?: components["schemas"]["ApiKeyId"];
            /** @description The API key secret, sent with `api_key_id`. */
            api_key_secret?: components["schemas"]["ApiKeySecret"];
            /** @description The service account's id (its OAuth `client_id`), sent with `service_account_secret`. */
            service_account_id?: components["schemas"]["ServiceAccountId"];
            /** @description The service account's secret, sent with `service_account_id`. */
            service_account_secret?: components["schemas"]["ServiceAccountSecret"];
            /**
             * @description The scopes the token should carry: a subset of the credential's effective scopes.
             *     Omit to get all of them. A scope the credential does not have answers 403
             *     `insufficient_scope` with `scopes` naming the missing ones.
             */
            scopes?: components["schemas"]["Scope"][];
            /**
             * @description The token's lifetime in seconds. Omit for the server's configured default; values above
             *     the configured maximum are lowered to it (the response's `expires_in` is authoritative).
             */
            ttl_seconds?: number;
        };
        /**
         * @description A freshly minted access token. The fields follow the RFC 6749 §5.1 token response
         *     (`access_token`, `token_type`, `expires_in`, `scope`) so that OAuth client code can read
         *     it, plus `expires_at`, `scopes` and `token_id`. Sent with `Cache-Control: no-store`.
         */
        AccessTokenExchangeResponse: {
            access_token: components["schemas"]["AccessToken"];
            /**
             * @description Always `Bearer` (RFC 6750); send the token as `Authorization: Bearer <access_token>`.
             * @enum {string}
             */
            token_type: "Bearer";
            /** @description Seconds until the token expires (RFC 6749 §5.1). */
            expires_in: number;
            /** @description When the token expires (its `exp` claim), as an RFC 3339 timestamp. */
            expires_at: components["schemas"]["Timestamp"];
            /**
             * @description The granted scopes, space-separated (RFC 6749 §3.3), as in the token's `scope` claim.
             * @example keys:read tokens:read
             */
            scope: string;
            /** @description The granted scopes, as an array. */
            scopes: components["schemas"]["ScopeList"];
            token_id: components["schemas"]["AccessTokenId"];
        };
        /**
         * @description A label for people.
         * @example billing-sync
         */
        ServiceAccountName: string;
        /**
         * @description A service account's metadata. Its secret is never returned after creation or rotation;
         *     `secret_prefix` identifies the current secret.
         */
        ServiceAccount: {
            id: components["schemas"]["ServiceAccountId"];
            name: components["schemas"]["ServiceAccountName"];
            /** @description What the account is for; `null` when not set. */
            description: string | null;
            /** @description The scopes the account may request. */
            scopes: components["schemas"]["ScopeList"];
            /** @description `scopes` intersected with the scopes of its creator's current role: what its tokens can actually carry. */
            effective_scopes: components["schemas"]["ScopeList"];
            /** @description The first 12 characters of the current secret. */
            secret_prefix: components["schemas"]["DisplayPrefix"];
            /**
             * @description The id of the user who created the account; their current role caps `effective_scopes`.
             * @example usr_01JD9Y2K5T8N4C
             */
            created_by: string;
            created_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the account last authenticated; `null` if never. Updated at most once a minute.
             */
            last_used_at: string | null;
            /**
             * Format: date-time
             * @description After a rotation with a grace period, when the previous secret stops working; `null`
             *     when no previous secret is valid.
             */
            previous_secret_expires_at: string | null;
        };
        /** @description A page of service accounts, newest first. */
        ServiceAccountList: {
            data: components["schemas"]["ServiceAccount"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description What the account is for and who owns it.
         * @example Nightly export of usage to the billing system. Owned by the payments team.
         */
        ServiceAccountDescription: string;
        /** @description The new account's name, optional description and scopes. */
        ServiceAccountCreateRequest: {
            name: components["schemas"]["ServiceAccountName"];
            description?: components["schemas"]["ServiceAccountDescription"];
            /**
             * @description The scopes the account may request. Each must be allowed by the caller's role (else
             *     403 `role_cap_exceeded`).
             */
            scopes: components["schemas"]["Scope"][];
        };
        /**
         * @description A service account together with its client credentials. Returned only by
         *     `createServiceAccount` and `rotateServiceAccountSecret`, with `Cache-Control: no-store`;
         *     the secret cannot be retrieved again.
         */
        ServiceAccountWithSecret: components["schemas"]["ServiceAccount"] & {
            /**
             * @description The OAuth `client_id` (equal to `id`): send it with `secret` as HTTP Basic
             *     credentials or `client_id` + `client_secret` to `/oauth/token` (RFC 6749 §2.3.1).
             */
            client_id: components["schemas"]["ServiceAccountId"];
            secret: components["schemas"]["ServiceAccountSecret"];
        };
        /** @description Rename, redescribe or narrow a service account. At least one field is required. */
        ServiceAccountUpdateRequest: {
            name?: components["schemas"]["ServiceAccountName"];
            /** @description The new description; `null` clears it. */
            description?: string | null;
            /**
             * @description The account's new scopes: a non-empty subset of its current `scopes`. Scopes can only
             *     be removed; adding one answers 403. Tokens already issued keep their scopes until they
             *     expire.
             */
            scopes?: components["schemas"]["Scope"][];
        };
        /** @description How long the current secret keeps working after the new one is issued. */
        ServiceAccountSecretRotateRequest: {
            /**
             * @description Seconds during which the current secret keeps working beside the new one (at most
             *     7 days). `0` invalidates the current secret immediately.
             * @default 0
             */
            grace_period_seconds: number;
        };
        /**
         * @description An agent's id (`agt_…`).
         * @example agt_01JDA1C9P4W2MZ
         */
        AgentId: string;
        /**
         * @description The agent's name, unique in the organization.
         * @example support-triage
         */
        AgentName: string;
        /** @description A named agent identity. */
        Agent: {
            id: components["schemas"]["AgentId"];
            name: components["schemas"]["AgentName"];
            /** @description What the agent does; `null` when not set. */
            description: string | null;
            /**
             * @description The id of the user who created the agent.
             * @example usr_01JD9Y2K5T8N4C
             */
            created_by: string;
            created_at: components["schemas"]["Timestamp"];
        };
        /** @description A page of agents, newest first. */
        AgentList: {
            data: components["schemas"]["Agent"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description What the agent does.
         * @example Labels and routes incoming support tickets.
         */
        AgentDescription: string;
        /** @description The new agent's name and optional description. */
        AgentCreateRequest: {
            name: components["schemas"]["AgentName"];
            description?: components["schemas"]["AgentDescription"];
        };
        /** @description Rename or redescribe an agent. At least one field is required. */
        AgentUpdateRequest: {
            name?: components["schemas"]["AgentName"];
            /** @description The new description; `null` clears it. */
            description?: string | null;
        };
        /**
         * @description An agent key's id (`akey_…`).
         * @example akey_01JDA1F3K8S5TX
         */
        AgentKeyId: string;
        /**
         * @description What the key is for, e.g. the environment or host it runs on.
         * @example production
         */
        AgentKeyLabel: string;
        /**
         * @description An agent key's metadata. The secret is never returned after creation; `prefix` identifies
         *     it. An agent key authenticates as its agent with `x-api-key` or `Authorization: Bearer`.
         */
        AgentKey: {
            id: components["schemas"]["AgentKeyId"];
            agent_id: components["schemas"]["AgentId"];
            label: components["schemas"]["AgentKeyLabel"];
            prefix: components["schemas"]["DisplayPrefix"];
            /** @description The scopes granted to the key. */
            scopes: components["schemas"]["ScopeList"];
            /** @description `scopes` intersected with the scopes of its creator's current role: what the key can use right now. */
            effective_scopes: components["schemas"]["ScopeList"];
            status: components["schemas"]["CredentialStatus"];
            /**
             * @description The id of the user who minted the key; their current role caps `effective_scopes`.
             * @example usr_01JD9Y2K5T8N4C
             */
            created_by: string;
            created_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the key stops working; `null` if it never expires.
             */
            expires_at: string | null;
            /**
             * Format: date-time
             * @description When the key last authenticated a request; `null` if never. Updated at most once a minute.
             */
            last_used_at: string | null;
            /**
             * Format: date-time
             * @description When the key was revoked; `null` unless `status` is `revoked`.
             */
            revoked_at: string | null;
        };
        /** @description A page of an agent's keys, newest first. */
        AgentKeyList: {
            data: components["schemas"]["AgentKey"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /** @description The new key's label, scopes and optional expiry. */
        AgentKeyCreateRequest: {
            label: components["schemas"]["AgentKeyLabel"];
            /**
             * @description The scopes to grant. Each must be allowed by the caller's role (else 403
             *     `role_cap_exceeded`).
             */
            scopes: components["schemas"]["Scope"][];
            /**
             * @description When the key stops working; must be in the future. When omitted the server applies its
             *     configured default lifetime, and a value beyond the configured maximum is a 400.
             */
            expires_at?: components["schemas"]["Timestamp"];
        };
        /**
         * @description An agent key secret (`kwa_`). Shown once, at creation.
         * @example kwa_KhRlzOgqFyuN6fNEQ1xa85O14XhHZmywe3Kl3qU4Tu
         */
        AgentKeySecret: string;
        /**
         * @description An agent key together with its secret. Returned only by `createAgentKey`, with
         *     `Cache-Control: no-store`; the secret cannot be retrieved again.
         */
        AgentKeyWithSecret: components["schemas"]["AgentKey"] & {
            secret: components["schemas"]["AgentKeySecret"];
        };
        /**
         * @description An app token's id (`apt_…`).
         * @example apt_01JDA2H6M1Q9RB
         */
        AppTokenId: string;
        /**
         * @description A label for people, e.g. the integration that uses the token.
         * @example email-worker
         */
        AppTokenName: string;
        /**
         * @description An app token's metadata. The token is never returned after creation; `prefix`
         *     identifies it. It belongs to the organization, not to the person who minted it.
         */
        AppToken: {
            id: components["schemas"]["AppTokenId"];
            name: components["schemas"]["AppTokenName"];
            prefix: components["schemas"]["DisplayPrefix"];
            /** @description The scopes granted to the token. */
            scopes: components["schemas"]["ScopeList"];
            /** @description `scopes` intersected with the scopes of its creator's current role: what the token can use right now. */
            effective_scopes: components["schemas"]["ScopeList"];
            status: components["schemas"]["CredentialStatus"];
            /**
             * @description The id of the admin or owner who minted the token.
             * @example usr_01JD9Y2K5T8N4C
             */
            created_by: string;
            created_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the token stops working; `null` if it never expires.
             */
            expires_at: string | null;
            /**
             * Format: date-time
             * @description When the token last authenticated a request; `null` if never. Updated at most once a minute.
             */
            last_used_at: string | null;
            /**
             * Format: date-time
             * @description When the token was revoked; `null` unless `status` is `revoked`.
             */
            revoked_at: string | null;
        };
        /** @description A page of app tokens, newest first. */
        AppTokenList: {
            data: components["schemas"]["AppToken"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /** @description The new token's name, scopes and optional expiry. */
        AppTokenCreateRequest: {
            name: components["schemas"]["AppTokenName"];
            /**
             * @description The scopes to grant. Each must be allowed by the caller's role (else 403
             *     `role_cap_exceeded`).
             */
            scopes: components["schemas"]["Scope"][];
            /**
             * @description When the token stops working; must be in the future. When omitted the server applies
             *     its configured default lifetime, and a value beyond the configured maximum is a 400.
             */
            expires_at?: components["schemas"]["Timestamp"];
        };
        /**
         * @description An app token (`kwt_`). Shown once, at creation.
         * @example kwt_f3QjzGe2fqW2nMhfIFJjd0dHHJnFP5VPxkgE1dbmF6
         */
        AppTokenSecret: string;
        /**
         * @description An app token together with its secret. Returned only by `createAppToken`, with
         *     `Cache-Control: no-store`; the secret cannot be retrieved again.
         */
        AppTokenWithSecret: components["schemas"]["AppToken"] & {
            secret: components["schemas"]["AppTokenSecret"];
        };
        /**
         * @description What happened, as `<object>.<verb>`.
         * @example api_key.created
         * @enum {string}
         */
        AuditAction: "api_key.created" | "api_key.rotated" | "api_key.updated" | "api_key.revoked" | "access_token.minted" | "access_token.revoked" | "service_account.created" | "service_account.updated" | "service_account.rotated" | "service_account.deleted" | "agent.created" | "agent.deleted" | "agent_key.created" | "agent_key.revoked" | "app_token.created" | "app_token.revoked" | "login.succeeded" | "login.failed" | "refresh_token.reused" | "session.revoked" | "device.approved" | "device.denied" | "member.role_changed" | "member.removed" | "invitation.sent" | "invitation.accepted" | "invitation.revoked" | "org.created" | "org.updated" | "rate_limit.exceeded";
        /**
         * @description An audit event's id (`evt_…`), also its Server-Sent Events `id`. Ids sort in creation order.
         * @example evt_01JDA4Q2T6X8KJ
         */
        AuditEventId: string;
        /** @description Who did it. */
        AuditActor: {
            /**
             * @description The kind of principal: a person (`user`, through a session), a credential, `system`
             *     for the server itself (e.g. an automatic family revocation), or `anonymous` for
             *     requests without a known principal (e.g. a failed login). A credential acts as itself
             *     (an action done with an API key has the key as its actor, not the person who created
             *     it); an access token acts as the credential it was minted from (a login's: the person).
             * @enum {string}
             */
            kind: "user" | "api_key" | "service_account" | "agent_key" | "app_token" | "system" | "anonymous";
            /**
             * @description The principal's id (`usr_…`, `key_…`, `sa_…`, `akey_…`, `apt_…`); `null` for `system` and `anonymous`.
             * @example usr_01JD9Y2K5T8N4C
             */
            id: string | null;
            /**
             * @description The display prefix of the actor's secret, for credentials with one; `null` otherwise.
             * @example kwk_mBcS2R0v
             */
            credential_prefix: string | null;
        };
        /** @description What it was done to. */
        AuditTarget: {
            /**
             * @description The kind of resource.
             * @enum {string}
             */
            kind: "api_key" | "access_token" | "service_account" | "agent" | "agent_key" | "app_token" | "user" | "session" | "device_authorization" | "invitation" | "org";
            /**
             * @description The resource's id.
             * @example key_01JD9ZQ4W7M3X8
             */
            id: string;
        };
        /** @description One security-relevant action in the organization. */
        AuditEvent: {
            id: components["schemas"]["AuditEventId"];
            action: components["schemas"]["AuditAction"];
            actor: components["schemas"]["AuditActor"];
            /**
             * @description The organization the event belongs to (`org_…`).
             * @example org_01JD9XW3E7R5PA
             */
            org_id: string;
            /** @description The resource acted on; `null` when there is none (e.g. `login.failed`). */
            target: components["schemas"]["AuditTarget"] | null;
            /**
             * @description The client's IP address (IPv4 or IPv6); `null` for events the server raised itself.
             * @example 203.0.113.7
             */
            ip: string | null;
            /**
             * @description The request's `User-Agent`, truncated to 512 characters; `null` when absent.
             * @example keyway-cli/0.1.0
             */
            user_agent: string | null;
            /**
             * @description The `X-Request-Id` of the request that caused the event; `null` for events the server raised itself.
             * @example req_8d2f6c1e4b7a49f0
             */
            request_id: string | null;
            created_at: components["schemas"]["Timestamp"];
            /**
             * @description Action-specific, non-secret details, e.g. `{name, scopes}` for `api_key.created`,
             *     `{from, to}` for `member.role_changed`, `{email, reason}` for `login.failed`. Never
             *     contains a secret, a token or a password.
             */
            data: {
                [key: string]: unknown;
            };
        };
        /** @description A page of audit events, newest first. */
        AuditEventList: {
            data: components["schemas"]["AuditEvent"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        ScopeCatalogue: {
            scopes: {
                name: components["schemas"]["Scope"];
                description: string;
            }[];
            /** @description Most powerful first. */
            roles: {
                name: components["schemas"]["Role"];
                description: string;
                scopes: components["schemas"]["ScopeList"];
            }[];
        };
        Health: {
            /** @enum {string} */
            status: "ok";
            /** @description The server's version. */
            version: string;
        };
    };
    responses: {
        /** @description Rate limited. Retry after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://keyway.dev/problems/rate_limited",
                 *       "title": "Rate limited",
                 *       "status": 429,
                 *       "detail": "Rate limit exceeded; retry after 12 seconds.",
                 *       "instance": "/v1/api-keys",
                 *       "code": "rate_limited",
                 *       "request_id": "req_8d2f6c1e4b7a49f0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description An OAuth 2.0 error (RFC 6749 §5.2, RFC 8628 §3.5). */
        OAuthBadRequest: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "invalid_grant",
                 *       "error_description": "The device code is unknown or was already redeemed."
                 *     }
                 */
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /**
         * @description Client authentication failed (RFC 6749 §5.2 `invalid_client`). When the client used HTTP
         *     Basic, the response carries `WWW-Authenticate: Basic`.
         */
        OAuthUnauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "invalid_client",
                 *       "error_description": "Client authentication failed."
                 *     }
                 */
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /** @description The authenticated caller may not use this endpoint (`insufficient_scope` or `unauthorized_client`). */
        OAuthForbidden: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "unauthorized_client",
                 *       "error_description": "This client may not use this endpoint."
                 *     }
                 */
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /** @description Rate limited. Retry after `Retry-After` seconds. */
        OAuthTooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "temporarily_unavailable",
                 *       "error_description": "Rate limit exceeded; retry after 5 seconds."
                 *     }
                 */
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /** @description The device page's form was invalid (bad CSRF token, malformed code); an HTML page says why. */
        DevicePageBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /** @example <!doctype html><title>Keyway device login</title><p>That code is not valid. Check it and try again.</p> */
                "text/html": string;
            };
        };
        /** @description Too many wrong codes or failed sign-ins (RFC 8628 §5.1); an HTML page says how long to wait. */
        DevicePageTooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /** @example <!doctype html><title>Keyway device login</title><p>Too many wrong codes. Try again in 12 minutes.</p> */
                "text/html": string;
            };
        };
        /** @description Invalid input; `errors` names each invalid field and why. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://keyway.dev/problems/invalid_request",
                 *       "title": "Invalid request",
                 *       "status": 400,
                 *       "detail": "body/scopes/0 must match pattern \"^[a-z][a-z-]*:(read|write)$\"",
                 *       "instance": "/v1/api-keys",
                 *       "code": "invalid_request",
                 *       "request_id": "req_8d2f6c1e4b7a49f0",
                 *       "errors": [
                 *         {
                 *           "field": "body.scopes[0]",
                 *           "message": "must match pattern \"^[a-z][a-z-]*:(read|write)$\""
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request conflicts with the current state, or an `Idempotency-Key` was reused with a different body. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://keyway.dev/problems/idempotency_key_reused",
                 *       "title": "Idempotency key reused",
                 *       "status": 409,
                 *       "detail": "This Idempotency-Key was used with a different request body.",
                 *       "instance": "/v1/api-keys",
                 *       "code": "idempotency_key_reused",
                 *       "request_id": "req_8d2f6c1e4b7a49f0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Missing, malformed or unknown credential. Carries an RFC 6750 §3 `WWW-Authenticate`
         *     challenge.
         */
        Unauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://keyway.dev/problems/invalid_credential",
                 *       "title": "Invalid credential",
                 *       "status": 401,
                 *       "detail": "The credential is malformed, fails its checksum or is unknown.",
                 *       "instance": "/v1/whoami",
                 *       "code": "invalid_credential",
                 *       "request_id": "req_8d2f6c1e4b7a49f0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The credential is known but may not do this: expired, revoked, lacking a scope
         *     (`WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`, RFC 6750 §3.1), or above
         *     the caller's role cap.
         */
        Forbidden: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://keyway.dev/problems/insufficient_scope",
                 *       "title": "Insufficient scope",
                 *       "status": 403,
                 *       "detail": "This operation needs the scope keys:write.",
                 *       "instance": "/v1/api-keys",
                 *       "code": "insufficient_scope",
                 *       "request_id": "req_8d2f6c1e4b7a49f0",
                 *       "scopes": [
                 *         "keys:write"
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource in the caller's organization (another org's resource answers 404, never 403). */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://keyway.dev/problems/not_found",
                 *       "title": "Not found",
                 *       "status": 404,
                 *       "detail": "No such resource.",
                 *       "instance": "/v1/api-keys/key_01JD9ZQ4W7M3X8",
                 *       "code": "not_found",
                 *       "request_id": "req_8d2f6c1e4b7a49f0"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description Makes a create safe to retry: the same key with the same body returns the first response
         *     (with `Idempotent-Replayed: true`), for 24 hours; the same key with a different body answers
         *     409 `idempotency_key_reused`, and a retry while the first request is still running answers
         *     409 `conflict` with `Retry-After`. Keys are scoped to the caller and the operation.
         */
        IdempotencyKey: string;
        /** @description Page size. */
        Limit: number;
        /** @description The `next_cursor` of the previous page; omit for the first page. */
        Cursor: string;
    };
    requestBodies: never;
    headers: {
        /** @description The request id (the caller's `X-Request-Id` when it is sane, else one the server made). */
        "X-Request-Id": string;
        /** @description Seconds to wait before retrying (RFC 9110 §10.2.3). */
        "Retry-After": number;
        /** @description Requests allowed in the current window for this credential. */
        "RateLimit-Limit": number;
        /** @description Requests left in the current window. */
        "RateLimit-Remaining": number;
        /** @description Seconds until the window resets. */
        "RateLimit-Reset": number;
        /** @description `no-store` on every response that carries a secret or token (RFC 6749 §5.1). */
        "Cache-Control-No-Store": "no-store";
        /** @description An RFC 6750 §3 challenge, e.g. `Bearer realm="keyway", error="insufficient_scope", scope="keys:write"`. */
        "WWW-Authenticate": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAuthorizationServerMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The authorization server metadata (RFC 8414 §3.2). */
            200: {
                headers: {
                    /** @description Cacheable by clients and proxies for a short time, e.g. `public, max-age=3600`. */
                    "Cache-Control"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "issuer": "http://localhost:3000",
                     *       "token_endpoint": "http://localhost:3000/oauth/token",
                     *       "device_authorization_endpoint": "http://localhost:3000/oauth/device_authorization",
                     *       "introspection_endpoint": "http://localhost:3000/oauth/introspect",
                     *       "revocation_endpoint": "http://localhost:3000/oauth/revoke",
                     *       "jwks_uri": "http://localhost:3000/.well-known/jwks.json",
                     *       "grant_types_supported": [
                     *         "client_credentials",
                     *         "refresh_token",
                     *         "urn:ietf:params:oauth:grant-type:device_code",
                     *         "urn:ietf:params:oauth:grant-type:token-exchange"
                     *       ],
                     *       "token_endpoint_auth_methods_supported": [
                     *         "client_secret_basic",
                     *         "client_secret_post",
                     *         "none"
                     *       ],
                     *       "introspection_endpoint_auth_methods_supported": [
                     *         "client_secret_basic",
                     *         "Bearer"
                     *       ],
                     *       "revocation_endpoint_auth_methods_supported": [
                     *         "client_secret_basic",
                     *         "client_secret_post",
                     *         "none",
                     *         "Bearer"
                     *       ],
                     *       "scopes_supported": [
                     *         "org:read",
                     *         "org:write",
                     *         "members:read",
                     *         "members:write",
                     *         "keys:read",
                     *         "keys:write",
                     *         "tokens:read",
                     *         "tokens:write",
                     *         "service-accounts:read",
                     *         "service-accounts:write",
                     *         "agents:read",
                     *         "agents:write",
                     *         "app-tokens:read",
                     *         "app-tokens:write",
                     *         "audit:read",
                     *         "audit:write"
                     *       ],
                     *       "response_types_supported": []
                     *     }
                     */
                    "application/json": components["schemas"]["AuthorizationServerMetadata"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The JSON Web Key Set. */
            200: {
                headers: {
                    /**
                     * @description Cacheable for a short time, e.g. `public, max-age=300`, shorter than the overlap of
                     *     a key rotation. Verifiers refetch early when they meet an unknown `kid`.
                     */
                    "Cache-Control"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "keys": [
                     *         {
                     *           "kty": "OKP",
                     *           "crv": "Ed25519",
                     *           "kid": "kid_1",
                     *           "use": "sig",
                     *           "alg": "EdDSA",
                     *           "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["JsonWebKeySet"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    requestToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
                 *       "client_id": "keyway-cli",
                 *       "device_code": "kwd_O5xvmOaQo2Nf5PZJjkV0WRcPedTw5zV0qW5u4QGPYh"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
                /**
                 * @example {
                 *       "grant_type": "client_credentials",
                 *       "scope": "keys:read tokens:read"
                 *     }
                 */
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description The access token (RFC 6749 §5.1; RFC 8693 §2.2.1 for token exchange). */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "eyJhbGciOiJFZERTQSIsImtpZCI6ImtpZF8xIiwidHlwIjoiYXQrand0In0.eyJzdWIiOiJrZXlfMDFKRDlaIn0.c2lnbmF0dXJl",
                     *       "token_type": "Bearer",
                     *       "expires_in": 900,
                     *       "scope": "keys:read keys:write",
                     *       "refresh_token": "kwr_FBF0v1f33TAXy4PHlD3DZXwcK27fxscMFerL01zJ62"
                     *     }
                     */
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["OAuthBadRequest"];
            401: components["responses"]["OAuthUnauthorized"];
            403: components["responses"]["OAuthForbidden"];
            429: components["responses"]["OAuthTooManyRequests"];
        };
    };
    startDeviceAuthorization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client_id": "keyway-cli",
                 *       "scope": "keys:read keys:write"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["DeviceAuthorizationRequest"];
                /**
                 * @example {
                 *       "client_id": "keyway-cli",
                 *       "scope": "keys:read"
                 *     }
                 */
                "application/json": components["schemas"]["DeviceAuthorizationRequest"];
            };
        };
        responses: {
            /** @description The device and user codes (RFC 8628 §3.2). */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "device_code": "kwd_O5xvmOaQo2Nf5PZJjkV0WRcPedTw5zV0qW5u4QGPYh",
                     *       "user_code": "BCDF-GHJK",
                     *       "verification_uri": "http://localhost:3000/device",
                     *       "verification_uri_complete": "http://localhost:3000/device?user_code=BCDF-GHJK",
                     *       "expires_in": 600,
                     *       "interval": 5
                     *     }
                     */
                    "application/json": components["schemas"]["DeviceAuthorizationResponse"];
                };
            };
            400: components["responses"]["OAuthBadRequest"];
            401: components["responses"]["OAuthUnauthorized"];
            429: components["responses"]["OAuthTooManyRequests"];
        };
    };
    introspectToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "kwk_10jkRsVVKEr5y9I9FRpV2fE7jdvJY9zcGjTb1LphgK"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["IntrospectionRequest"];
                /**
                 * @example {
                 *       "token": "eyJhbGciOiJFZERTQSIsImtpZCI6ImtpZF8xIiwidHlwIjoiYXQrand0In0.eyJzdWIiOiJrZXlfMDFKRDlaIn0.c2lnbmF0dXJl",
                 *       "token_type_hint": "access_token"
                 *     }
                 */
                "application/json": components["schemas"]["IntrospectionRequest"];
            };
        };
        responses: {
            /** @description The token's state and metadata (RFC 7662 §2.2). */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "active": true,
                     *       "scope": "keys:read tokens:read",
                     *       "client_id": "keyway-cli",
                     *       "username": "ada@example.com",
                     *       "token_type": "Bearer",
                     *       "exp": 1795599000,
                     *       "iat": 1795598100,
                     *       "nbf": 1795598100,
                     *       "sub": "usr_01JD9ZN7Q4R8T2",
                     *       "aud": "http://localhost:3000",
                     *       "iss": "http://localhost:3000",
                     *       "jti": "tok_01JD9ZS5V3C7H2",
                     *       "org_id": "org_01JD9ZP1A2B3C4"
                     *     }
                     */
                    "application/json": components["schemas"]["IntrospectionResponse"];
                };
            };
            400: components["responses"]["OAuthBadRequest"];
            401: components["responses"]["OAuthUnauthorized"];
            403: components["responses"]["OAuthForbidden"];
            429: components["responses"]["OAuthTooManyRequests"];
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "kwr_FBF0v1f33TAXy4PHlD3DZXwcK27fxscMFerL01zJ62",
                 *       "token_type_hint": "refresh_token"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["RevocationRequest"];
                /**
                 * @example {
                 *       "token": "eyJhbGciOiJFZERTQSIsImtpZCI6ImtpZF8xIiwidHlwIjoiYXQrand0In0.eyJzdWIiOiJrZXlfMDFKRDlaIn0.c2lnbmF0dXJl",
                 *       "token_type_hint": "access_token"
                 *     }
                 */
                "application/json": components["schemas"]["RevocationRequest"];
            };
        };
        responses: {
            /** @description The token is revoked, or was never valid (RFC 7009 §2.2). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            400: components["responses"]["OAuthBadRequest"];
            401: components["responses"]["OAuthUnauthorized"];
            403: components["responses"]["OAuthForbidden"];
            429: components["responses"]["OAuthTooManyRequests"];
        };
    };
    getDevicePage: {
        parameters: {
            query?: {
                /**
                 * @description The code from the device, pre-filled into the form; matched case-insensitively, ignoring the dash and spaces.
                 * @example BCDF-GHJK
                 */
                user_code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The device login page. */
            200: {
                headers: {
                    /** @description A strict policy: `default-src 'none'; style-src 'sha256-…'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`. */
                    "Content-Security-Policy"?: string;
                    /** @description The device-page session cookie, `HttpOnly; SameSite=Lax; Path=/device` (plus `Secure` over HTTPS), when a session starts. */
                    "Set-Cookie"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!doctype html><title>Keyway device login</title><form method="post" action="/device"><input type="hidden" name="csrf_token" value="c3JmX3Rva2Vu"><input name="user_code" value="BCDF-GHJK"><input type="email" name="email"><input type="password" name="password"><button name="action" value="sign_in">Sign in</button></form> */
                    "text/html": string;
                };
            };
            400: components["responses"]["DevicePageBadRequest"];
            429: components["responses"]["DevicePageTooManyRequests"];
        };
    };
    submitDevicePage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "csrf_token": "c3JmX3Rva2Vu",
                 *       "action": "approve",
                 *       "user_code": "BCDF-GHJK"
                 *     }
                 */
                "application/x-www-form-urlencoded": {
                    /** @description The CSRF token from the page's hidden field. */
                    csrf_token: string;
                    /** @enum {string} */
                    action: "sign_in" | "choose_org" | "check" | "approve" | "deny";
                    /** @description The code from the device; matched case-insensitively, ignoring the dash and spaces. */
                    user_code?: string;
                    /** @description For `sign_in`. */
                    email?: string;
                    /** @description For `sign_in`. */
                    password?: string;
                    /** @description For `sign_in` and `choose_org`, the organization to sign in to when the person has several. */
                    org_id?: string;
                };
            };
        };
        responses: {
            /** @description The next page (the pending request after sign-in, or the outcome after approve or deny). */
            200: {
                headers: {
                    /** @description A strict policy: `default-src 'none'; style-src 'sha256-…'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`. */
                    "Content-Security-Policy"?: string;
                    /** @description The device-page session cookie after a sign-in, `HttpOnly; SameSite=Lax; Path=/device` (plus `Secure` over HTTPS). */
                    "Set-Cookie"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!doctype html><title>Keyway device login</title><p>Approved. keyway-cli can now use keys:read. You can close this page.</p> */
                    "text/html": string;
                };
            };
            400: components["responses"]["DevicePageBadRequest"];
            429: components["responses"]["DevicePageTooManyRequests"];
        };
    };
    signup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a create safe to retry: the same key with the same body returns the first response
                 *     (with `Idempotent-Replayed: true`), for 24 hours; the same key with a different body answers
                 *     409 `idempotency_key_reused`, and a retry while the first request is still running answers
                 *     409 `conflict` with `Retry-After`. Keys are scoped to the caller and the operation.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "ada@example.com",
                 *       "password": "correct horse battery staple",
                 *       "name": "Ada Lovelace",
                 *       "org_name": "Analytical Engines"
                 *     }
                 */
                "application/json": components["schemas"]["SignupRequest"];
            };
        };
        responses: {
            /** @description The new session; the person is the owner of the new organization. */
            201: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "eyJhbGciOiJFZERTQSIsImtpZCI6ImtpZF8xIiwidHlwIjoiYXQrand0In0.eyJzdWIiOiJrZXlfMDFKRDlaIn0.c2lnbmF0dXJl",
                     *       "token_type": "Bearer",
                     *       "expires_in": 900,
                     *       "refresh_token": "kwr_FBF0v1f33TAXy4PHlD3DZXwcK27fxscMFerL01zJ62",
                     *       "scope": "org:read org:write members:read members:write keys:read keys:write",
                     *       "user": {
                     *         "id": "usr_01JD9ZN7Q4R8T2",
                     *         "email": "ada@example.com",
                     *         "name": "Ada Lovelace"
                     *       },
                     *       "org": {
                     *         "id": "org_01JD9ZP1A2B3C4",
                     *         "name": "Analytical Engines"
                     *       },
                     *       "role": "owner"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "ada@example.com",
                 *       "password": "correct horse battery staple",
                 *       "org_id": "org_01JD9ZP1A2B3C4"
                 *     }
                 */
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description The new session. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "eyJhbGciOiJFZERTQSIsImtpZCI6ImtpZF8xIiwidHlwIjoiYXQrand0In0.eyJzdWIiOiJrZXlfMDFKRDlaIn0.c2lnbmF0dXJl",
                     *       "token_type": "Bearer",
                     *       "expires_in": 900,
                     *       "refresh_token": "kwr_FBF0v1f33TAXy4PHlD3DZXwcK27fxscMFerL01zJ62",
                     *       "scope": "org:read members:read keys:read keys:write tokens:read tokens:write",
                     *       "user": {
                     *         "id": "usr_01JD9ZN7Q4R8T2",
                     *         "email": "ada@example.com",
                     *         "name": "Ada Lovelace"
                     *       },
                     *       "org": {
                     *         "id": "org_01JD9ZP1A2B3C4",
                     *         "name": "Analytical Engines"
                     *       },
                     *       "role": "member"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "refresh_token": "kwr_FBF0v1f33TAXy4PHlD3DZXwcK27fxscMFerL01zJ62"
                 *     }
                 */
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description The refreshed session, with a new refresh token. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "eyJhbGciOiJFZERTQSIsImtpZCI6ImtpZF8xIiwidHlwIjoiYXQrand0In0.eyJzdWIiOiJrZXlfMDFKRDlaIn0.c2lnbmF0dXJl",
                     *       "token_type": "Bearer",
                     *       "expires_in": 900,
                     *       "refresh_token": "kwr_vZTLsf98XMGD692ns1wFy933sbmtvVMlwJCL3SS78e",
                     *       "scope": "org:read members:read keys:read keys:write tokens:read tokens:write",
                     *       "user": {
                     *         "id": "usr_01JD9ZN7Q4R8T2",
                     *         "email": "ada@example.com",
                     *         "name": "Ada Lovelace"
                     *       },
                     *       "org": {
                     *         "id": "org_01JD9ZP1A2B3C4",
                     *         "name": "Analytical Engines"
                     *       },
                     *       "role": "member"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "refresh_token": "kwr_FBF0v1f33TAXy4PHlD3DZXwcK27fxscMFerL01zJ62"
                 *     }
                 */
                "application/json": components["schemas"]["LogoutRequest"];
            };
        };
        responses: {
            /** @description Logged out. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getWhoami: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who the caller is. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "principal": {
                     *         "kind": "agent",
                     *         "id": "agt_01JD9ZV2H6N4P8",
                     *         "name": "release-bot"
                     *       },
                     *       "org": {
                     *         "id": "org_01JD9ZP1A2B3C4",
                     *         "name": "Analytical Engines"
                     *       },
                     *       "credential": {
                     *         "kind": "agent_key",
                     *         "id": "akey_01JD9ZW3J7P5Q9",
                     *         "prefix": "kwa_KhRlzOgq"
                     *       },
                     *       "role": null,
                     *       "scopes": [
                     *         "agents:read",
                     *         "audit:read"
                     *       ],
                     *       "expires_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Whoami"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    verifyDeviceCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "user_code": "bcdf-ghjk",
                 *       "action": "approve",
                 *       "scopes": [
                 *         "keys:read"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DeviceVerifyRequest"];
            };
        };
        responses: {
            /** @description The request was answered. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "approved",
                     *       "client_id": "keyway-cli",
                     *       "scopes": [
                     *         "keys:read"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DeviceVerifyResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listOrgs: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of organizations. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "org_01JD9ZP1A2B3C4",
                     *           "name": "Analytical Engines",
                     *           "role": "owner",
                     *           "created_at": "2026-11-25T09:30:00Z"
                     *         },
                     *         {
                     *           "id": "org_01JDA0B5C6D7E8",
                     *           "name": "Difference Engines",
                     *           "role": "viewer",
                     *           "created_at": "2026-11-26T14:05:00Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["OrgList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createOrg: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a create safe to retry: the same key with the same body returns the first response
                 *     (with `Idempotent-Replayed: true`), for 24 hours; the same key with a different body answers
                 *     409 `idempotency_key_reused`, and a retry while the first request is still running answers
                 *     409 `conflict` with `Retry-After`. Keys are scoped to the caller and the operation.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Difference Engines"
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrgRequest"];
            };
        };
        responses: {
            /** @description The new organization; the caller is its owner. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "org_01JDA0B5C6D7E8",
                     *       "name": "Difference Engines",
                     *       "role": "owner",
                     *       "created_at": "2026-11-26T14:05:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Org"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization's id (`org_`).
                 * @example org_01JD9ZP1A2B3C4
                 */
                org_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "org_01JD9ZP1A2B3C4",
                     *       "name": "Analytical Engines",
                     *       "role": "owner",
                     *       "created_at": "2026-11-25T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Org"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization's id (`org_`).
                 * @example org_01JD9ZP1A2B3C4
                 */
                org_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Analytical Engines Ltd"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateOrgRequest"];
            };
        };
        responses: {
            /** @description The updated organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "org_01JD9ZP1A2B3C4",
                     *       "name": "Analytical Engines Ltd",
                     *       "role": "owner",
                     *       "created_at": "2026-11-25T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Org"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Only members with this role.
                 * @example admin
                 */
                role?: components["schemas"]["Role"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "user_id": "usr_01JD9ZN7Q4R8T2",
                     *           "email": "ada@example.com",
                     *           "name": "Ada Lovelace",
                     *           "role": "owner",
                     *           "joined_at": "2026-11-25T09:30:00Z"
                     *         },
                     *         {
                     *           "user_id": "usr_01JDA1C8D2E4F6",
                     *           "email": "charles@example.com",
                     *           "name": "Charles Babbage",
                     *           "role": "member",
                     *           "joined_at": "2026-11-27T10:15:00Z"
                     *         }
                     *       ],
                     *       "next_cursor": "eyJpZCI6InVzcl8wMUpEQTFDOCJ9"
                     *     }
                     */
                    "application/json": components["schemas"]["MemberList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The member's user id (`usr_`).
                 * @example usr_01JDA1C8D2E4F6
                 */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member was removed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The member's user id (`usr_`).
                 * @example usr_01JDA1C8D2E4F6
                 */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "admin"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateMemberRequest"];
            };
        };
        responses: {
            /** @description The updated membership. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user_id": "usr_01JDA1C8D2E4F6",
                     *       "email": "charles@example.com",
                     *       "name": "Charles Babbage",
                     *       "role": "admin",
                     *       "joined_at": "2026-11-27T10:15:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Member"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invitations. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "inv_01JD9ZT8M2K6Q1",
                     *           "email": "charles@example.com",
                     *           "role": "member",
                     *           "status": "pending",
                     *           "invited_by": "usr_01JD9ZN7Q4R8T2",
                     *           "created_at": "2026-11-25T09:30:00Z",
                     *           "expires_at": "2026-12-02T09:30:00Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["InvitationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createInvitations: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a create safe to retry: the same key with the same body returns the first response
                 *     (with `Idempotent-Replayed: true`), for 24 hours; the same key with a different body answers
                 *     409 `idempotency_key_reused`, and a retry while the first request is still running answers
                 *     409 `conflict` with `Retry-After`. Keys are scoped to the caller and the operation.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "invitations": [
                 *         {
                 *           "email": "charles@example.com",
                 *           "role": "member"
                 *         },
                 *         {
                 *           "email": "ada@example.com",
                 *           "role": "admin"
                 *         },
                 *         {
                 *           "email": "mary@example.com",
                 *           "role": "owner"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateInvitationsRequest"];
            };
        };
        responses: {
            /** @description One result per requested email. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "results": [
                     *         {
                     *           "email": "charles@example.com",
                     *           "status": "invited",
                     *           "invitation": {
                     *             "id": "inv_01JD9ZT8M2K6Q1",
                     *             "email": "charles@example.com",
                     *             "role": "member",
                     *             "status": "pending",
                     *             "invited_by": "usr_01JD9ZN7Q4R8T2",
                     *             "created_at": "2026-11-25T09:30:00Z",
                     *             "expires_at": "2026-12-02T09:30:00Z"
                     *           },
                     *           "token": "kwi_qzBsfHDDJBnkOfwRm2fVQ7urJrpaUMls7poq1Sycwx",
                     *           "error": null
                     *         },
                     *         {
                     *           "email": "ada@example.com",
                     *           "status": "already_member",
                     *           "invitation": null,
                     *           "token": null,
                     *           "error": null
                     *         },
                     *         {
                     *           "email": "mary@example.com",
                     *           "status": "rejected",
                     *           "invitation": null,
                     *           "token": null,
                     *           "error": {
                     *             "code": "role_cap_exceeded",
                     *             "message": "An admin cannot invite an owner."
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["InvitationResults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invitation's id (`inv_`).
                 * @example inv_01JD9ZT8M2K6Q1
                 */
                invitation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation is revoked. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "kwi_qzBsfHDDJBnkOfwRm2fVQ7urJrpaUMls7poq1Sycwx"
                 *     }
                 */
                "application/json": components["schemas"]["AcceptInvitationRequest"];
            };
        };
        responses: {
            /** @description The new membership. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "org": {
                     *         "id": "org_01JD9ZP1A2B3C4",
                     *         "name": "Analytical Engines"
                     *       },
                     *       "role": "member"
                     *     }
                     */
                    "application/json": components["schemas"]["Membership"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Only keys with this status.
                 * @example active
                 */
                status?: components["schemas"]["CredentialStatus"];
                /**
                 * @description Only keys created by this user (`usr_…`).
                 * @example usr_01JD9Y2K5T8N4C
                 */
                created_by?: string;
                /**
                 * @description Only keys whose `scopes` include this scope.
                 * @example keys:read
                 */
                scope?: components["schemas"]["Scope"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of API keys. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "key_01JD9ZQ4W7M3X8",
                     *           "name": "Reporting script",
                     *           "prefix": "kwk_mBcS2R0v",
                     *           "scopes": [
                     *             "keys:read",
                     *             "tokens:read"
                     *           ],
                     *           "effective_scopes": [
                     *             "keys:read",
                     *             "tokens:read"
                     *           ],
                     *           "status": "active",
                     *           "created_by": "usr_01JD9Y2K5T8N4C",
                     *           "created_at": "2026-11-25T09:30:00Z",
                     *           "expires_at": "2027-02-23T09:30:00Z",
                     *           "last_used_at": "2026-11-26T14:02:00Z",
                     *           "revoked_at": null,
                     *           "previous_secret_expires_at": null
                     *         },
                     *         {
                     *           "id": "key_01JD9W1H6C2N7R",
                     *           "name": "Old deploy hook",
                     *           "prefix": "kwk_8IAQCqbb",
                     *           "scopes": [
                     *             "keys:read"
                     *           ],
                     *           "effective_scopes": [
                     *             "keys:read"
                     *           ],
                     *           "status": "revoked",
                     *           "created_by": "usr_01JD9Y2K5T8N4C",
                     *           "created_at": "2026-10-02T08:00:00Z",
                     *           "expires_at": null,
                     *           "last_used_at": "2026-11-20T17:45:00Z",
                     *           "revoked_at": "2026-11-21T10:12:00Z",
                     *           "previous_secret_expires_at": null
                     *         }
                     *       ],
                     *       "next_cursor": "eyJpZCI6ImtleV8wMUpEOVcxSDZDMk43UiJ9"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a create safe to retry: the same key with the same body returns the first response
                 *     (with `Idempotent-Replayed: true`), for 24 hours; the same key with a different body answers
                 *     409 `idempotency_key_reused`, and a retry while the first request is still running answers
                 *     409 `conflict` with `Retry-After`. Keys are scoped to the caller and the operation.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Reporting script",
                 *       "scopes": [
                 *         "keys:read",
                 *         "tokens:read"
                 *       ],
                 *       "expires_at": "2027-02-23T09:30:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["ApiKeyCreateRequest"];
            };
        };
        responses: {
            /** @description The key was created. `secret` is shown this once; store it now. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "key_01JD9ZQ4W7M3X8",
                     *       "name": "Reporting script",
                     *       "prefix": "kwk_mBcS2R0v",
                     *       "scopes": [
                     *         "keys:read",
                     *         "tokens:read"
                     *       ],
                     *       "effective_scopes": [
                     *         "keys:read",
                     *         "tokens:read"
                     *       ],
                     *       "status": "active",
                     *       "created_by": "usr_01JD9Y2K5T8N4C",
                     *       "created_at": "2026-11-25T09:30:00Z",
                     *       "expires_at": "2027-02-23T09:30:00Z",
                     *       "last_used_at": null,
                     *       "revoked_at": null,
                     *       "previous_secret_expires_at": null,
                     *       "secret": "kwk_mBcS2R0vOnDV9TwERNonlQyTEhSFqTQgfwtT0MQJIt"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id (`key_…`).
                 * @example key_01JD9ZQ4W7M3X8
                 */
                key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "key_01JD9ZQ4W7M3X8",
                     *       "name": "Reporting script",
                     *       "prefix": "kwk_mBcS2R0v",
                     *       "scopes": [
                     *         "keys:read",
                     *         "tokens:read"
                     *       ],
                     *       "effective_scopes": [
                     *         "keys:read",
                     *         "tokens:read"
                     *       ],
                     *       "status": "active",
                     *       "created_by": "usr_01JD9Y2K5T8N4C",
                     *       "created_at": "2026-11-25T09:30:00Z",
                     *       "expires_at": "2027-02-23T09:30:00Z",
                     *       "last_used_at": "2026-11-26T14:02:00Z",
                     *       "revoked_at": null,
                     *       "previous_secret_expires_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id (`key_…`).
                 * @example key_01JD9ZQ4W7M3X8
                 */
                key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked API key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "key_01JD9ZQ4W7M3X8",
                     *       "name": "Reporting script",
                     *       "prefix": "kwk_mBcS2R0v",
                     *       "scopes": [
                     *         "keys:read",
                     *         "tokens:read"
                     *       ],
                     *       "effective_scopes": [
                     *         "keys:read",
                     *         "tokens:read"
                     *       ],
                     *       "status": "revoked",
                     *       "created_by": "usr_01JD9Y2K5T8N4C",
                     *       "created_at": "2026-11-25T09:30:00Z",
                     *       "expires_at": "2027-02-23T09:30:00Z",
                     *       "last_used_at": "2026-11-26T14:02:00Z",
                     *       "revoked_at": "2026-11-27T08:15:00Z",
                     *       "previous_secret_expires_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id (`key_…`).
                 * @example key_01JD9ZQ4W7M3X8
                 */
                key_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Reporting script (read-only)",
                 *       "scopes": [
                 *         "keys:read"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ApiKeyUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated API key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "key_01JD9ZQ4W7M3X8",
                     *       "name": "Reporting script (read-only)",
                     *       "prefix": "kwk_mBcS2R0v",
                     *       "scopes": [
                     *         "keys:read"
                     *       ],
                     *       "effective_scopes": [
                     *         "keys:read"
                     *       ],
                     *       "status": "active",
                     *       "created_by": "usr_01JD9Y2K5T8N4C",
                     *       "created_at": "2026-11-25T09:30:00Z",
                     *       "expires_at": "2027-02-23T09:30:00Z",
                     *       "last_used_at": "2026-11-26T14:02:00Z",
                     *       "revoked_at": null,
                     *       "previous_secret_expires_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    rotateApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a create safe to retry: the same key with the same body returns the first response
                 *     (with `Idempotent-Replayed: true`), for 24 hours; the same key with a different body answers
                 *     409 `idempotency_key_reused`, and a retry while the first request is still running answers
                 *     409 `conflict` with `Retry-After`. Keys are scoped to the caller and the operation.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The API key's id (`key_…`).
                 * @example key_01JD9ZQ4W7M3X8
                 */
                key_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "grace_period_seconds": 86400
                 *     }
                 */
                "application/json": components["schemas"]["ApiKeyRotateRequest"];
            };
        };
        responses: {
            /** @description The key with its new secret. `secret` is shown this once; store it now. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "key_01JD9ZQ4W7M3X8",
                     *       "name": "Reporting script",
                     *       "prefix": "kwk_GhGyMPXU",
                     *       "scopes": [
                     *         "keys:read",
                     *         "tokens:read"
                     *       ],
                     *       "effective_scopes": [
                     *         "keys:read",
                     *         "tokens:read"
                     *       ],
                     *       "status": "active",
                     *       "created_by": "usr_01JD9Y2K5T8N4C",
                     *       "created_at": "2026-11-25T09:30:00Z",
                     *       "expires_at": "2027-02-23T09:30:00Z",
                     *       "last_used_at": "2026-11-26T14:02:00Z",
                     *       "revoked_at": null,
                     *       "previous_secret_expires_at": "2026-11-28T08:15:00Z",
                     *       "secret": "kwk_GhGyMPXUleZtGG0MO0DOtXUiXgAdoxtcu7zA1wxH7N"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAccessTokens: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of access tokens. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "tok_01JDA3N8D5V7WG",
                     *           "client_id": "key_01JD9ZQ4W7M3X8",
                     *           "subject": "usr_01JD9Y2K5T8N4C",
                     *           "scopes": [
                     *             "keys:read",
                     *             "tokens:read"
                     *           ],
                     *           "created_at": "2026-11-25T09:30:00Z",
                     *           "expires_at": "2026-11-25T09:45:00Z",
                     *           "revoked_at": null,
                     *           "credential_prefix": "kwk_mBcS2R0v"
                     *         },
                     *         {
                     *           "id": "tok_01JDA2Z4F7B1QM",
                     *           "client_id": "sa_01JDA0B7R2V6HQ",
                     *           "subject": "sa_01JDA0B7R2V6HQ",
                     *           "scopes": [
                     *             "keys:read"
                     *           ],
                     *           "created_at": "2026-11-25T09:10:00Z",
                     *           "expires_at": "2026-11-25T10:10:00Z",
                     *           "revoked_at": "2026-11-25T09:20:00Z",
                     *           "credential_prefix": "kws_UEI0ZAov"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["AccessTokenList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "api_key_id": "key_01JD9ZQ4W7M3X8",
                 *       "api_key_secret": "kwk_mBcS2R0vOnDV9TwERNonlQyTEhSFqTQgfwtT0MQJIt",
                 *       "scopes": [
                 *         "keys:read",
                 *         "tokens:read"
                 *       ],
                 *       "ttl_seconds": 900
                 *     }
                 */
                "application/json": components["schemas"]["AccessTokenExchangeRequest"];
            };
        };
        responses: {
            /** @description The access token. Shown this once; it is not stored. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "eyJhbGciOiJFZERTQSIsImtpZCI6ImtpZF8wMUpEOVY4UDJNNlI0VCIsInR5cCI6ImF0K2p3dCJ9.eyJpc3MiOiJodHRwOi8vbG9jYWxob3N0OjMwMDAiLCJzdWIiOiJ1c3JfMDFKRDlZMks1VDhONEMiLCJhdWQiOiJodHRwOi8vbG9jYWxob3N0OjMwMDAiLCJleHAiOjE3OTU1OTk5MDAsImlhdCI6MTc5NTU5OTAwMCwianRpIjoidG9rXzAxSkRBM044RDVWN1dHIiwiY2xpZW50X2lkIjoia2V5XzAxSkQ5WlE0VzdNM1g4Iiwib3JnX2lkIjoib3JnXzAxSkQ5WFczRTdSNVBBIiwic2NvcGUiOiJrZXlzOnJlYWQgdG9rZW5zOnJlYWQifQ.imcIbAEP5pcGLjdiXoe7VIeIyePbxbnVcDmSNfvHHTENU_4r62prU4EFG0bhMjvuXVHTy91Wiw8obCo-A4dACA",
                     *       "token_type": "Bearer",
                     *       "expires_in": 900,
                     *       "expires_at": "2026-11-25T09:45:00Z",
                     *       "scope": "keys:read tokens:read",
                     *       "scopes": [
                     *         "keys:read",
                     *         "tokens:read"
                     *       ],
                     *       "token_id": "tok_01JDA3N8D5V7WG"
                     *     }
                     */
                    "application/json": components["schemas"]["AccessTokenExchangeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    revokeAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The access token's id (`tok_…`), its `jti` claim.
                 * @example tok_01JDA3N8D5V7WG
                 */
                token_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token is revoked. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listServiceAccounts: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of service accounts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "sa_01JDA0B7R2V6HQ",
                     *           "name": "billing-sync",
                     *           "description": "Nightly export of usage to the billing system. Owned by the payments team.",
                     *           "scopes": [
                     *             "keys:read",
                     *             "audit:read"
                     *           ],
                     *           "effective_scopes": [
                     *             "keys:read",
                     *             "audit:read"
                     *           ],
                     *           "secret_prefix": "kws_UEI0ZAov",
                     *           "created_by": "usr_01JD9Y2K5T8N4C",
                     *           "created_at": "2026-11-25T09:00:00Z",
                     *           "last_used_at": "2026-11-26T02:00:00Z",
                     *           "previous_secret_expires_at": null
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceAccountList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createServiceAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a create safe to retry: the same key with the same body returns the first response
                 *     (with `Idempotent-Replayed: true`), for 24 hours; the same key with a different body answers
                 *     409 `idempotency_key_reused`, and a retry while the first request is still running answers
                 *     409 `conflict` with `Retry-After`. Keys are scoped to the caller and the operation.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "billing-sync",
                 *       "description": "Nightly export of usage to the billing system. Owned by the payments team.",
                 *       "scopes": [
                 *         "keys:read",
                 *         "audit:read"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ServiceAccountCreateRequest"];
            };
        };
        responses: {
            /** @description The service account was created. `secret` is shown this once; store it now. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sa_01JDA0B7R2V6HQ",
                     *       "name": "billing-sync",
                     *       "description": "Nightly export of usage to the billing system. Owned by the payments team.",
                     *       "scopes": [
                     *         "keys:read",
                     *         "audit:read"
                     *       ],
                     *       "effective_scopes": [
                     *         "keys:read",
                     *         "audit:read"
                     *       ],
                     *       "secret_prefix": "kws_UEI0ZAov",
                     *       "created_by": "usr_01JD9Y2K5T8N4C",
                     *       "created_at": "2026-11-25T09:00:00Z",
                     *       "last_used_at": null,
                     *       "previous_secret_expires_at": null,
                     *       "client_id": "sa_01JDA0B7R2V6HQ",
                     *       "secret": "kws_UEI0ZAovodOsXEArzGGeq96DUBTBuYNpLi3z3R8i8G"
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceAccountWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service account's id (`sa_…`).
                 * @example sa_01JDA0B7R2V6HQ
                 */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service account. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sa_01JDA0B7R2V6HQ",
                     *       "name": "billing-sync",
                     *       "description": "Nightly export of usage to the billing system. Owned by the payments team.",
                     *       "scopes": [
                     *         "keys:read",
                     *         "audit:read"
                     *       ],
                     *       "effective_scopes": [
                     *         "keys:read",
                     *         "audit:read"
                     *       ],
                     *       "secret_prefix": "kws_UEI0ZAov",
                     *       "created_by": "usr_01JD9Y2K5T8N4C",
                     *       "created_at": "2026-11-25T09:00:00Z",
                     *       "last_used_at": "2026-11-26T02:00:00Z",
                     *       "previous_secret_expires_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceAccount"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service account's id (`sa_…`).
                 * @example sa_01JDA0B7R2V6HQ
                 */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service account is deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service account's id (`sa_…`).
                 * @example sa_01JDA0B7R2V6HQ
                 */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Nightly usage export. Owned by the payments team (#payments-oncall).",
                 *       "scopes": [
                 *         "audit:read"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ServiceAccountUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated service account. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sa_01JDA0B7R2V6HQ",
                     *       "name": "billing-sync",
                     *       "description": "Nightly usage export. Owned by the payments team (#payments-oncall).",
                     *       "scopes": [
                     *         "audit:read"
                     *       ],
                     *       "effective_scopes": [
                     *         "audit:read"
                     *       ],
                     *       "secret_prefix": "kws_UEI0ZAov",
                     *       "created_by": "usr_01JD9Y2K5T8N4C",
                     *       "created_at": "2026-11-25T09:00:00Z",
                     *       "last_used_at": "2026-11-26T02:00:00Z",
                     *       "previous_secret_expires_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    rotateServiceAccountSecret: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a create safe to retry: the same key with the same body returns the first response
                 *     (with `Idempotent-Replayed: true`), for 24 hours; the same key with a different body answers
                 *     409 `idempotency_key_reused`, and a retry while the first request is still running answers
                 *     409 `conflict` with `Retry-After`. Keys are scoped to the caller and the operation.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The service account's id (`sa_…`).
                 * @example sa_01JDA0B7R2V6HQ
                 */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "grace_period_seconds": 3600
                 *     }
                 */
                "application/json": components["schemas"]["ServiceAccountSecretRotateRequest"];
            };
        };
        responses: {
            /** @description The service account with its new secret. `secret` is shown this once; store it now. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sa_01JDA0B7R2V6HQ",
                     *       "name": "billing-sync",
                     *       "description": "Nightly export of usage to the billing system. Owned by the payments team.",
                     *       "scopes": [
                     *         "keys:read",
                     *         "audit:read"
                     *       ],
                     *       "effective_scopes": [
                     *         "keys:read",
                     *         "audit:read"
                     *       ],
                     *       "secret_prefix": "kws_C6Q4Xzqr",
                     *       "created_by": "usr_01JD9Y2K5T8N4C",
                     *       "created_at": "2026-11-25T09:00:00Z",
                     *       "last_used_at": "2026-11-26T02:00:00Z",
                     *       "previous_secret_expires_at": "2026-11-27T09:00:00Z",
                     *       "client_id": "sa_01JDA0B7R2V6HQ",
                     *       "secret": "kws_C6Q4Xzqr7bWi80DwIYDoKLSyG7iKSZ4el10B3Ebt1V"
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceAccountWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAgents: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of agents. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "agt_01JDA1C9P4W2MZ",
                     *           "name": "support-triage",
                     *           "description": "Labels and routes incoming support tickets.",
                     *           "created_by": "usr_01JD9Y2K5T8N4C",
                     *           "created_at": "2026-11-25T10:00:00Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["AgentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a create safe to retry: the same key with the same body returns the first response
                 *     (with `Idempotent-Replayed: true`), for 24 hours; the same key with a different body answers
                 *     409 `idempotency_key_reused`, and a retry while the first request is still running answers
                 *     409 `conflict` with `Retry-After`. Keys are scoped to the caller and the operation.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "support-triage",
                 *       "description": "Labels and routes incoming support tickets."
                 *     }
                 */
                "application/json": components["schemas"]["AgentCreateRequest"];
            };
        };
        responses: {
            /** @description The agent was created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "agt_01JDA1C9P4W2MZ",
                     *       "name": "support-triage",
                     *       "description": "Labels and routes incoming support tickets.",
                     *       "created_by": "usr_01JD9Y2K5T8N4C",
                     *       "created_at": "2026-11-25T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's id (`agt_…`).
                 * @example agt_01JDA1C9P4W2MZ
                 */
                agent_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "agt_01JDA1C9P4W2MZ",
                     *       "name": "support-triage",
                     *       "description": "Labels and routes incoming support tickets.",
                     *       "created_by": "usr_01JD9Y2K5T8N4C",
                     *       "created_at": "2026-11-25T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Agent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's id (`agt_…`).
                 * @example agt_01JDA1C9P4W2MZ
                 */
                agent_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent is deleted and its keys are revoked. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's id (`agt_…`).
                 * @example agt_01JDA1C9P4W2MZ
                 */
                agent_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Labels, prioritises and routes incoming support tickets."
                 *     }
                 */
                "application/json": components["schemas"]["AgentUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated agent. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "agt_01JDA1C9P4W2MZ",
                     *       "name": "support-triage",
                     *       "description": "Labels, prioritises and routes incoming support tickets.",
                     *       "created_by": "usr_01JD9Y2K5T8N4C",
                     *       "created_at": "2026-11-25T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAgentKeys: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /**
                 * @description The agent's id (`agt_…`).
                 * @example agt_01JDA1C9P4W2MZ
                 */
                agent_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the agent's keys. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "akey_01JDA1F3K8S5TX",
                     *           "agent_id": "agt_01JDA1C9P4W2MZ",
                     *           "label": "production",
                     *           "prefix": "kwa_tIm7nQE6",
                     *           "scopes": [
                     *             "audit:read"
                     *           ],
                     *           "effective_scopes": [
                     *             "audit:read"
                     *           ],
                     *           "status": "active",
                     *           "created_by": "usr_01JD9Y2K5T8N4C",
                     *           "created_at": "2026-11-25T10:05:00Z",
                     *           "expires_at": "2027-11-25T10:05:00Z",
                     *           "last_used_at": "2026-11-26T11:30:00Z",
                     *           "revoked_at": null
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["AgentKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createAgentKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a create safe to retry: the same key with the same body returns the first response
                 *     (with `Idempotent-Replayed: true`), for 24 hours; the same key with a different body answers
                 *     409 `idempotency_key_reused`, and a retry while the first request is still running answers
                 *     409 `conflict` with `Retry-After`. Keys are scoped to the caller and the operation.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The agent's id (`agt_…`).
                 * @example agt_01JDA1C9P4W2MZ
                 */
                agent_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "label": "production",
                 *       "scopes": [
                 *         "audit:read"
                 *       ],
                 *       "expires_at": "2027-11-25T10:05:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["AgentKeyCreateRequest"];
            };
        };
        responses: {
            /** @description The key was minted. `secret` is shown this once; store it now. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "akey_01JDA1F3K8S5TX",
                     *       "agent_id": "agt_01JDA1C9P4W2MZ",
                     *       "label": "production",
                     *       "prefix": "kwa_tIm7nQE6",
                     *       "scopes": [
                     *         "audit:read"
                     *       ],
                     *       "effective_scopes": [
                     *         "audit:read"
                     *       ],
                     *       "status": "active",
                     *       "created_by": "usr_01JD9Y2K5T8N4C",
                     *       "created_at": "2026-11-25T10:05:00Z",
                     *       "expires_at": "2027-11-25T10:05:00Z",
                     *       "last_used_at": null,
                     *       "revoked_at": null,
                     *       "secret": "kwa_tIm7nQE624DxgTn1jmU0In4ZVyjMFz6rUqDU27zXJt"
                     *     }
                     */
                    "application/json": components["schemas"]["AgentKeyWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    revokeAgentKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's id (`agt_…`).
                 * @example agt_01JDA1C9P4W2MZ
                 */
                agent_id: string;
                /**
                 * @description The agent key's id (`akey_…`).
                 * @example akey_01JDA1F3K8S5TX
                 */
                key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key is revoked. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAppTokens: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of app tokens. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "apt_01JDA2H6M1Q9RB",
                     *           "name": "email-worker",
                     *           "prefix": "kwt_IGfoIzr6",
                     *           "scopes": [
                     *             "members:read",
                     *             "audit:read"
                     *           ],
                     *           "effective_scopes": [
                     *             "members:read",
                     *             "audit:read"
                     *           ],
                     *           "status": "active",
                     *           "created_by": "usr_01JD9Y2K5T8N4C",
                     *           "created_at": "2026-11-25T11:00:00Z",
                     *           "expires_at": null,
                     *           "last_used_at": "2026-11-26T09:41:00Z",
                     *           "revoked_at": null
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["AppTokenList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createAppToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a create safe to retry: the same key with the same body returns the first response
                 *     (with `Idempotent-Replayed: true`), for 24 hours; the same key with a different body answers
                 *     409 `idempotency_key_reused`, and a retry while the first request is still running answers
                 *     409 `conflict` with `Retry-After`. Keys are scoped to the caller and the operation.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "email-worker",
                 *       "scopes": [
                 *         "members:read",
                 *         "audit:read"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AppTokenCreateRequest"];
            };
        };
        responses: {
            /** @description The token was minted. `secret` is shown this once; store it now. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "apt_01JDA2H6M1Q9RB",
                     *       "name": "email-worker",
                     *       "prefix": "kwt_IGfoIzr6",
                     *       "scopes": [
                     *         "members:read",
                     *         "audit:read"
                     *       ],
                     *       "effective_scopes": [
                     *         "members:read",
                     *         "audit:read"
                     *       ],
                     *       "status": "active",
                     *       "created_by": "usr_01JD9Y2K5T8N4C",
                     *       "created_at": "2026-11-25T11:00:00Z",
                     *       "expires_at": null,
                     *       "last_used_at": null,
                     *       "revoked_at": null,
                     *       "secret": "kwt_IGfoIzr62HkNPZVEl0s61h4SbGHNxX2WxDTo0wXYFK"
                     *     }
                     */
                    "application/json": components["schemas"]["AppTokenWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    revokeAppToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The app token's id (`apt_…`).
                 * @example apt_01JDA2H6M1Q9RB
                 */
                token_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token is revoked. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Only events with this action.
                 * @example api_key.revoked
                 */
                action?: components["schemas"]["AuditAction"];
                /**
                 * @description Only events whose actor has this id (`usr_…`, `key_…`, `sa_…`, `akey_…`, `apt_…`).
                 * @example usr_01JD9Y2K5T8N4C
                 */
                actor_id?: string;
                /**
                 * @description Only events whose target has this id.
                 * @example key_01JD9ZQ4W7M3X8
                 */
                target_id?: string;
                /**
                 * @description Only events created at or after this time (RFC 3339).
                 * @example 2026-11-25T00:00:00Z
                 */
                since?: string;
                /**
                 * @description Only events created before this time (RFC 3339).
                 * @example 2026-11-26T00:00:00Z
                 */
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "evt_01JDA4Q2T6X8KJ",
                     *           "action": "api_key.created",
                     *           "actor": {
                     *             "kind": "user",
                     *             "id": "usr_01JD9Y2K5T8N4C",
                     *             "credential_prefix": null
                     *           },
                     *           "org_id": "org_01JD9XW3E7R5PA",
                     *           "target": {
                     *             "kind": "api_key",
                     *             "id": "key_01JD9ZQ4W7M3X8"
                     *           },
                     *           "ip": "203.0.113.7",
                     *           "user_agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0",
                     *           "request_id": "req_8d2f6c1e4b7a49f0",
                     *           "created_at": "2026-11-25T09:30:00Z",
                     *           "data": {
                     *             "name": "Reporting script",
                     *             "prefix": "kwk_mBcS2R0v",
                     *             "scopes": [
                     *               "keys:read",
                     *               "tokens:read"
                     *             ]
                     *           }
                     *         },
                     *         {
                     *           "id": "evt_01JDA4M7C3Z5PN",
                     *           "action": "login.failed",
                     *           "actor": {
                     *             "kind": "anonymous",
                     *             "id": null,
                     *             "credential_prefix": null
                     *           },
                     *           "org_id": "org_01JD9XW3E7R5PA",
                     *           "target": null,
                     *           "ip": "198.51.100.23",
                     *           "user_agent": "curl/8.5.0",
                     *           "request_id": "req_3b9e0a7d5c1f42e8",
                     *           "created_at": "2026-11-25T09:12:44Z",
                     *           "data": {
                     *             "email": "ada@example.com",
                     *             "reason": "invalid_password"
                     *           }
                     *         }
                     *       ],
                     *       "next_cursor": "eyJpZCI6ImV2dF8wMUpEQTRNN0MzWjVQTiJ9"
                     *     }
                     */
                    "application/json": components["schemas"]["AuditEventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    streamAuditEvents: {
        parameters: {
            query?: {
                /**
                 * @description Only events with this action.
                 * @example api_key.revoked
                 */
                action?: components["schemas"]["AuditAction"];
                /**
                 * @description Only events whose actor has this id (`usr_…`, `key_…`, `sa_…`, `akey_…`, `apt_…`).
                 * @example usr_01JD9Y2K5T8N4C
                 */
                actor_id?: string;
                /**
                 * @description Only events whose target has this id.
                 * @example key_01JD9ZQ4W7M3X8
                 */
                target_id?: string;
                /**
                 * @description First replay the matching events created at or after this time (RFC 3339), then continue live. A time more than 60 seconds ahead of the server's clock answers 400.
                 * @example 2026-11-25T00:00:00Z
                 */
                since?: string;
                /**
                 * @description Close the stream once this time (RFC 3339) has passed.
                 * @example 2026-11-26T00:00:00Z
                 */
                until?: string;
            };
            header?: {
                /**
                 * @description The `id` of the last event received; the stream resumes right after it (WHATWG HTML §9.2.4). An id that names no event the caller can see answers 400.
                 * @example evt_01JDA4Q2T6X8KJ
                 */
                "Last-Event-ID"?: components["schemas"]["AuditEventId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An open Server-Sent Events stream of audit events. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control-No-Store"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example : heartbeat
                     *
                     *     id: evt_01JDA4Q2T6X8KJ
                     *     event: api_key.created
                     *     data: {"id":"evt_01JDA4Q2T6X8KJ","action":"api_key.created","actor":{"kind":"user","id":"usr_01JD9Y2K5T8N4C","credential_prefix":null},"org_id":"org_01JD9XW3E7R5PA","target":{"kind":"api_key","id":"key_01JD9ZQ4W7M3X8"},"ip":"203.0.113.7","user_agent":"keyway-cli/0.1.0","request_id":"req_8d2f6c1e4b7a49f0","created_at":"2026-11-25T09:30:00Z","data":{"name":"Reporting script","prefix":"kwk_mBcS2R0v","scopes":["keys:read","tokens:read"]}}
                     *
                     *     id: evt_01JDA4R9W1B3DY
                     *     event: access_token.minted
                     *     data: {"id":"evt_01JDA4R9W1B3DY","action":"access_token.minted","actor":{"kind":"api_key","id":"key_01JD9ZQ4W7M3X8","credential_prefix":"kwk_mBcS2R0v"},"org_id":"org_01JD9XW3E7R5PA","target":{"kind":"access_token","id":"tok_01JDA3N8D5V7WG"},"ip":"203.0.113.7","user_agent":"keyway-node/0.1.0","request_id":"req_5e1c7b9a2d4f46a3","created_at":"2026-11-25T09:30:02Z","data":{"scopes":["keys:read","tokens:read"],"expires_at":"2026-11-25T09:45:02Z"}}
                     *
                     *     : heartbeat
                     */
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listScopes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scope catalogue and the role map. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scopes": [
                     *         {
                     *           "name": "keys:read",
                     *           "description": "List and read API keys (never their secrets)"
                     *         },
                     *         {
                     *           "name": "keys:write",
                     *           "description": "Create, narrow, rotate and revoke API keys"
                     *         }
                     *       ],
                     *       "roles": [
                     *         {
                     *           "name": "owner",
                     *           "description": "Full control",
                     *           "scopes": [
                     *             "keys:read",
                     *             "keys:write"
                     *           ]
                     *         },
                     *         {
                     *           "name": "viewer",
                     *           "description": "Read-only access",
                     *           "scopes": [
                     *             "keys:read"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ScopeCatalogue"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server is healthy. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "version": "0.1.0"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
}
