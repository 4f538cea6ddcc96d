// generated from spec/openapi.yaml by keyway generate; do not edit

/** The spec's component schemas as one JSON Schema that routes reference by `$id`. */
export const componentSchemas = {
  $id: "openapi-components",
  definitions: {
    Scope: {
      type: "string",
      description: "A scope from the catalogue (the `oauth2` security scheme's scope map).",
      pattern: "^[a-z][a-z-]*:(read|write)$",
    },
    AuthorizationServerMetadata: {
      type: "object",
      description: "Authorization server metadata (RFC 8414 §2).",
      required: [
        "issuer",
        "token_endpoint",
        "device_authorization_endpoint",
        "introspection_endpoint",
        "revocation_endpoint",
        "jwks_uri",
        "grant_types_supported",
        "token_endpoint_auth_methods_supported",
        "introspection_endpoint_auth_methods_supported",
        "revocation_endpoint_auth_methods_supported",
        "scopes_supported",
        "response_types_supported",
      ],
      properties: {
        issuer: {
          type: "string",
          format: "uri",
          description: "The issuer identifier; the `iss` of every access token (RFC 8414 §2).",
        },
        token_endpoint: {
          type: "string",
          format: "uri",
          description: "The token endpoint (RFC 6749 §3.2).",
        },
        device_authorization_endpoint: {
          type: "string",
          format: "uri",
          description: "The device authorization endpoint (RFC 8628 §4).",
        },
        introspection_endpoint: {
          type: "string",
          format: "uri",
          description: "The introspection endpoint (RFC 7662).",
        },
        revocation_endpoint: {
          type: "string",
          format: "uri",
          description: "The revocation endpoint (RFC 7009).",
        },
        jwks_uri: {
          type: "string",
          format: "uri",
          description: "The JSON Web Key Set with the access-token signing keys (RFC 7517).",
        },
        grant_types_supported: {
          type: "array",
          items: {
            type: "string",
            enum: [
              "client_credentials",
              "refresh_token",
              "urn:ietf:params:oauth:grant-type:device_code",
              "urn:ietf:params:oauth:grant-type:token-exchange",
            ],
          },
        },
        token_endpoint_auth_methods_supported: {
          type: "array",
          description: "`none` is for public clients such as `keyway-cli` (device and refresh grants).",
          items: {
            type: "string",
            enum: [
              "client_secret_basic",
              "client_secret_post",
              "none",
            ],
          },
        },
        introspection_endpoint_auth_methods_supported: {
          type: "array",
          description: "`client_secret_basic` for service accounts, `Bearer` (from the OAuth Access Token Types\nregistry, as RFC 8414 §2 allows) for any credential with `tokens:read`.\n",
          items: {
            type: "string",
            enum: [
              "client_secret_basic",
              "Bearer",
            ],
          },
        },
        revocation_endpoint_auth_methods_supported: {
          type: "array",
          description: "The introspection methods, plus `client_secret_post` and `none`: a public client (such as\n`keyway-cli`) revokes a token it holds without a secret (RFC 7009 §2.1).\n",
          items: {
            type: "string",
            enum: [
              "client_secret_basic",
              "client_secret_post",
              "none",
              "Bearer",
            ],
          },
        },
        scopes_supported: {
          type: "array",
          description: "The scope catalogue.",
          items: {
            $ref: "openapi-components#/definitions/Scope",
          },
        },
        response_types_supported: {
          type: "array",
          maxItems: 0,
          description: "Empty - Keyway has no authorization endpoint (RFC 8414 §2 requires the member).",
          items: {
            type: "string",
          },
        },
      },
    },
    ErrorCode: {
      type: "string",
      description: "The stable machine-readable problem code. `x-keyway-error-codes` gives each code's HTTP status and meaning.",
      enum: [
        "invalid_request",
        "unauthenticated",
        "invalid_credential",
        "credential_expired",
        "credential_revoked",
        "insufficient_scope",
        "role_cap_exceeded",
        "scope_widening",
        "session_required",
        "invitation_mismatch",
        "last_owner",
        "not_found",
        "method_not_allowed",
        "conflict",
        "idempotency_key_reused",
        "payload_too_large",
        "unsupported_media_type",
        "rate_limited",
        "internal_error",
        "not_implemented",
      ],
    },
    FieldError: {
      type: "object",
      required: [
        "field",
        "message",
      ],
      properties: {
        field: {
          type: "string",
          description: "Where the invalid input is, e.g. `body.scopes[2]` or `query.limit`.",
        },
        message: {
          type: "string",
          description: "Why it is invalid.",
        },
      },
    },
    Problem: {
      type: "object",
      description: "An RFC 9457 problem details object, served as `application/problem+json` by every `/v1`\nroute and by the server for unknown routes and methods. `code` is stable and machine\nreadable; `title` and `detail` are for people and may change.\n",
      required: [
        "type",
        "title",
        "status",
        "code",
        "request_id",
      ],
      properties: {
        type: {
          type: "string",
          format: "uri-reference",
          description: "A URI reference that identifies the problem type (RFC 9457 §3.1.1).",
        },
        title: {
          type: "string",
          description: "A short, human-readable summary of the problem type.",
        },
        status: {
          type: "integer",
          minimum: 400,
          maximum: 599,
          description: "The HTTP status code, repeated for convenience.",
        },
        detail: {
          type: "string",
          description: "A human-readable explanation of this occurrence. Never contains a secret.",
        },
        instance: {
          type: "string",
          description: "The request path that produced the problem.",
        },
        code: {
          $ref: "openapi-components#/definitions/ErrorCode",
        },
        request_id: {
          type: "string",
          description: "The `X-Request-Id` of the request, to quote to support.",
        },
        errors: {
          type: "array",
          description: "For `invalid_request`, one entry per invalid input.",
          items: {
            $ref: "openapi-components#/definitions/FieldError",
          },
        },
        scopes: {
          type: "array",
          description: "For `insufficient_scope`, the scopes the operation needs.",
          items: {
            type: "string",
          },
        },
      },
    },
    JsonWebKey: {
      type: "object",
      description: "A public signing key (RFC 7517 §4). Never contains private key material.",
      required: [
        "kty",
        "kid",
        "use",
        "alg",
      ],
      properties: {
        kty: {
          type: "string",
          description: "Key type (RFC 7517 §4.1).",
          enum: [
            "OKP",
            "EC",
            "RSA",
          ],
        },
        kid: {
          type: "string",
          description: "Key id, matching the `kid` header of the tokens it signed (RFC 7517 §4.5).",
        },
        use: {
          type: "string",
          enum: [
            "sig",
          ],
          description: "Public key use (RFC 7517 §4.2).",
        },
        alg: {
          type: "string",
          description: "The signing algorithm (RFC 7517 §4.4), e.g. `EdDSA` or `ES256`.",
        },
        crv: {
          type: "string",
          description: "The curve for `OKP` and `EC` keys (RFC 8037 §2, RFC 7518 §6.2.1.1), e.g. `Ed25519` or `P-256`.",
        },
        x: {
          type: "string",
          description: "The public key, base64url (`OKP`), or its x coordinate (`EC`).",
        },
        y: {
          type: "string",
          description: "The y coordinate of an `EC` key (RFC 7518 §6.2.1.3).",
        },
        n: {
          type: "string",
          description: "The modulus of an `RSA` key (RFC 7518 §6.3.1.1).",
        },
        e: {
          type: "string",
          description: "The exponent of an `RSA` key (RFC 7518 §6.3.1.2).",
        },
      },
    },
    JsonWebKeySet: {
      type: "object",
      description: "A JSON Web Key Set (RFC 7517 §5). During a signing-key rotation it lists the old and new keys.",
      required: [
        "keys",
      ],
      properties: {
        keys: {
          type: "array",
          items: {
            $ref: "openapi-components#/definitions/JsonWebKey",
          },
        },
      },
    },
    TokenRequest: {
      type: "object",
      description: "A token request (RFC 6749 §3.2), sent as `application/x-www-form-urlencoded` (the standard)\nor `application/json`. One flat object for every grant; which parameters apply depends on\n`grant_type`:\n\n- `client_credentials` (RFC 6749 §4.4.2): a service account authenticates with HTTP Basic\n  (`client_secret_basic`) or with `client_id` + `client_secret` in the body\n  (`client_secret_post`); optional `scope` narrows the token to a subset of the account's\n  scopes (none requested means all of them).\n- `refresh_token` (RFC 6749 §6): `refresh_token` is required; `client_id` is required for\n  public clients; optional `scope` may only narrow the original grant. The refresh token\n  rotates: the response carries a new one, and presenting a used one revokes its family.\n- `urn:ietf:params:oauth:grant-type:device_code` (RFC 8628 §3.4): `device_code` and\n  `client_id` are required.\n- `urn:ietf:params:oauth:grant-type:token-exchange` (RFC 8693 §2.1): `subject_token` and\n  `subject_token_type` are required; `requested_token_type`, `audience`, `resource` and\n  `scope` are optional.\n\nParameters that do not apply to the grant, and unknown parameters, are ignored.\n",
      required: [
        "grant_type",
      ],
      properties: {
        grant_type: {
          type: "string",
          description: "The grant (RFC 6749 §4.4.2, §6; RFC 8628 §3.4; RFC 8693 §2.1).",
          enum: [
            "client_credentials",
            "refresh_token",
            "urn:ietf:params:oauth:grant-type:device_code",
            "urn:ietf:params:oauth:grant-type:token-exchange",
          ],
        },
        client_id: {
          type: "string",
          maxLength: 128,
          description: "The client identifier (RFC 6749 §2.2): a service account id (`sa_...`) for\n`client_secret_post`, or a public client id such as `keyway-cli` for the device and\nrefresh grants.\n",
        },
        client_secret: {
          type: "string",
          maxLength: 256,
          writeOnly: true,
          description: "The service account's `kws_` secret when the client uses `client_secret_post`\n(RFC 6749 §2.3.1). Prefer HTTP Basic; never send both.\n",
        },
        scope: {
          type: "string",
          maxLength: 2048,
          description: "Space-separated scopes (RFC 6749 §3.3); must be a subset of what the grant allows.",
        },
        refresh_token: {
          type: "string",
          maxLength: 256,
          writeOnly: true,
          description: "For `refresh_token`, the `kwr_` refresh token (RFC 6749 §6).",
        },
        device_code: {
          type: "string",
          maxLength: 256,
          writeOnly: true,
          description: "For the device grant, the `kwd_` device code from the device authorization response (RFC 8628 §3.4).",
        },
        subject_token: {
          type: "string",
          maxLength: 4096,
          writeOnly: true,
          description: "For token exchange, the credential being exchanged (RFC 8693 §2.1): a Keyway API key,\nagent key, app token or access token.\n",
        },
        subject_token_type: {
          type: "string",
          maxLength: 256,
          description: "For token exchange, the type of `subject_token` (RFC 8693 §3), e.g.\n`urn:ietf:params:oauth:token-type:access_token`.\n",
        },
        requested_token_type: {
          type: "string",
          maxLength: 256,
          description: "For token exchange, the type of token wanted (RFC 8693 §2.1); only\n`urn:ietf:params:oauth:token-type:access_token` is issued.\n",
        },
        audience: {
          type: "string",
          maxLength: 2048,
          description: "For token exchange, the logical name of the service the token is for (RFC 8693 §2.1).",
        },
        resource: {
          type: "string",
          maxLength: 2048,
          description: "For token exchange, the URI of the resource the token is for (RFC 8693 §2.1, RFC 8707).",
        },
      },
    },
    AccessToken: {
      type: "string",
      description: "A short-lived RFC 9068 access token (`typ: at+jwt`), signed with a key from `/.well-known/jwks.json`.",
      pattern: "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$",
    },
    RefreshToken: {
      type: "string",
      description: "A refresh token (`kwr_`). Rotates on every use; presenting a used one revokes its family.",
      pattern: "^kwr_[0-9A-Za-z]{42}$",
    },
    TokenResponse: {
      type: "object",
      description: "A successful token response (RFC 6749 §5.1; RFC 8693 §2.2.1 for token exchange).",
      required: [
        "access_token",
        "token_type",
        "expires_in",
        "scope",
      ],
      properties: {
        access_token: {
          $ref: "openapi-components#/definitions/AccessToken",
        },
        token_type: {
          type: "string",
          enum: [
            "Bearer",
          ],
          description: "Always `Bearer` (RFC 6750).",
        },
        expires_in: {
          type: "integer",
          minimum: 1,
          description: "Lifetime of the access token in seconds.",
        },
        scope: {
          type: "string",
          description: "The granted scopes, space-separated (RFC 6749 §3.3).",
        },
        refresh_token: {
          $ref: "openapi-components#/definitions/RefreshToken",
        },
        issued_token_type: {
          type: "string",
          description: "For token exchange only, the type of the issued token (RFC 8693 §2.2.1).",
          enum: [
            "urn:ietf:params:oauth:token-type:access_token",
          ],
        },
      },
    },
    OAuthError: {
      type: "object",
      description: "An OAuth 2.0 error response (RFC 6749 §5.2, RFC 8628 §3.5, RFC 7009 §2.2.1).",
      required: [
        "error",
      ],
      properties: {
        error: {
          type: "string",
          enum: [
            "invalid_request",
            "invalid_client",
            "invalid_grant",
            "unauthorized_client",
            "unsupported_grant_type",
            "unsupported_token_type",
            "invalid_scope",
            "insufficient_scope",
            "invalid_target",
            "authorization_pending",
            "slow_down",
            "access_denied",
            "expired_token",
            "temporarily_unavailable",
            "server_error",
          ],
        },
        error_description: {
          type: "string",
          description: "Human-readable text; never contains a secret.",
        },
        error_uri: {
          type: "string",
          format: "uri",
        },
      },
    },
    DeviceAuthorizationRequest: {
      type: "object",
      description: "A device authorization request (RFC 8628 §3.1). Unknown parameters are ignored.",
      required: [
        "client_id",
      ],
      properties: {
        client_id: {
          type: "string",
          maxLength: 128,
          description: "The public client's id; only allow-listed clients (`keyway-cli` is built in) may start a flow.",
        },
        scope: {
          type: "string",
          maxLength: 2048,
          description: "Space-separated scopes the device asks for (RFC 6749 §3.3); the person approving may narrow them.",
        },
      },
    },
    DeviceCode: {
      type: "string",
      description: "An RFC 8628 device code (`kwd_`). Stored only as a hash; redeemed at most once.",
      pattern: "^kwd_[0-9A-Za-z]{42}$",
    },
    UserCode: {
      type: "string",
      description: "An RFC 8628 user code: 8 characters from the 20 consonants `BCDFGHJKLMNPQRSTVWXZ` (no\nvowels, no look-alike characters; RFC 8628 §6.1), shown as `XXXX-XXXX`. Input is matched\ncase-insensitively, ignoring the dash and spaces.\n",
      pattern: "^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$",
    },
    DeviceAuthorizationResponse: {
      type: "object",
      description: "A device authorization response (RFC 8628 §3.2).",
      required: [
        "device_code",
        "user_code",
        "verification_uri",
        "verification_uri_complete",
        "expires_in",
        "interval",
      ],
      properties: {
        device_code: {
          $ref: "openapi-components#/definitions/DeviceCode",
        },
        user_code: {
          $ref: "openapi-components#/definitions/UserCode",
        },
        verification_uri: {
          type: "string",
          format: "uri",
          description: "The page where the person enters `user_code` (`/device`).",
        },
        verification_uri_complete: {
          type: "string",
          format: "uri",
          description: "The same page with `user_code` pre-filled, for a link or QR code (RFC 8628 §3.3.1).",
        },
        expires_in: {
          type: "integer",
          minimum: 1,
          description: "Lifetime of `device_code` and `user_code` in seconds.",
        },
        interval: {
          type: "integer",
          minimum: 1,
          default: 5,
          description: "Minimum seconds between token requests (RFC 8628 §3.5); `slow_down` adds 5.",
        },
      },
    },
    IntrospectionRequest: {
      type: "object",
      description: "A token introspection request (RFC 7662 §2.1). Unknown parameters are ignored.",
      required: [
        "token",
      ],
      properties: {
        token: {
          type: "string",
          maxLength: 4096,
          writeOnly: true,
          description: "The token or Keyway secret to introspect (access token, refresh token, API key, agent key, app token).",
        },
        token_type_hint: {
          type: "string",
          maxLength: 64,
          description: "A hint about the token's type, `access_token` or `refresh_token` (RFC 7009 §2.1). The\nserver searches every kind when the hint is wrong or unknown.\n",
        },
      },
    },
    IntrospectionResponse: {
      type: "object",
      description: "A token introspection response (RFC 7662 §2.2). An unknown, malformed, expired or revoked\ntoken, or one of another organization, answers `{\"active\": false}` and nothing else.\n",
      required: [
        "active",
      ],
      properties: {
        active: {
          type: "boolean",
          description: "Whether the token is currently valid.",
        },
        scope: {
          type: "string",
          description: "The token's effective scopes, space-separated.",
        },
        client_id: {
          type: "string",
          description: "The client the token was issued to.",
        },
        username: {
          type: "string",
          description: "The email of the person behind the token, when there is one.",
        },
        token_type: {
          type: "string",
          description: "The token's type, e.g. `Bearer`.",
        },
        exp: {
          type: "integer",
          description: "Expiry, in seconds since the Unix epoch.",
        },
        iat: {
          type: "integer",
          description: "Issue time, in seconds since the Unix epoch.",
        },
        nbf: {
          type: "integer",
          description: "Not-before time, in seconds since the Unix epoch.",
        },
        sub: {
          type: "string",
          description: "The principal the token stands for (a `usr_`, `sa_`, `agt_`, `key_` or `apt_` id).",
        },
        aud: {
          description: "The token's audience(s).",
          oneOf: [
            {
              type: "string",
            },
            {
              type: "array",
              items: {
                type: "string",
              },
            },
          ],
        },
        iss: {
          type: "string",
          description: "The issuer, as in the authorization server metadata.",
        },
        jti: {
          type: "string",
          description: "The token's identifier.",
        },
        org_id: {
          type: "string",
          description: "Keyway extension (RFC 7662 §2.2 allows them) - the organization the token is bound to.",
        },
      },
    },
    RevocationRequest: {
      type: "object",
      description: "A token revocation request (RFC 7009 §2.1). Unknown parameters are ignored.",
      required: [
        "token",
      ],
      properties: {
        token: {
          type: "string",
          maxLength: 4096,
          writeOnly: true,
          description: "The access token or refresh token to revoke.",
        },
        token_type_hint: {
          type: "string",
          maxLength: 64,
          description: "`access_token` or `refresh_token` (RFC 7009 §2.1). The server searches every kind when\nthe hint is wrong or unknown.\n",
        },
      },
    },
    SignupRequest: {
      type: "object",
      additionalProperties: false,
      description: "Creates a person and a new organization that they own.",
      required: [
        "email",
        "password",
        "name",
        "org_name",
      ],
      properties: {
        email: {
          type: "string",
          format: "email",
          maxLength: 254,
          description: "The login email; compared case-insensitively.",
        },
        password: {
          type: "string",
          minLength: 12,
          maxLength: 1024,
          writeOnly: true,
          description: "Stored only as a memory-hard hash (scrypt or argon2id); never logged or returned.",
        },
        name: {
          type: "string",
          minLength: 1,
          maxLength: 200,
          description: "The person's display name.",
        },
        org_name: {
          type: "string",
          minLength: 1,
          maxLength: 200,
          description: "The name of the organization created with the account.",
        },
      },
    },
    SessionUser: {
      type: "object",
      required: [
        "id",
        "email",
        "name",
      ],
      properties: {
        id: {
          type: "string",
          description: "The person's id (`usr_`).",
        },
        email: {
          type: "string",
          format: "email",
        },
        name: {
          type: "string",
        },
      },
    },
    OrgSummary: {
      type: "object",
      description: "An organization's id and name.",
      required: [
        "id",
        "name",
      ],
      properties: {
        id: {
          type: "string",
          description: "The organization's id (`org_`).",
        },
        name: {
          type: "string",
        },
      },
    },
    Role: {
      type: "string",
      description: "An organization role, from most to least powerful.",
      enum: [
        "owner",
        "admin",
        "member",
        "viewer",
      ],
    },
    Session: {
      type: "object",
      description: "A person's session: a short-lived access token and a rotating refresh token, in the shape\nof an RFC 6749 §5.1 token response so that the same client code handles both.\n",
      required: [
        "access_token",
        "token_type",
        "expires_in",
        "refresh_token",
        "scope",
        "user",
        "org",
        "role",
      ],
      properties: {
        access_token: {
          $ref: "openapi-components#/definitions/AccessToken",
        },
        token_type: {
          type: "string",
          enum: [
            "Bearer",
          ],
        },
        expires_in: {
          type: "integer",
          minimum: 1,
          description: "Lifetime of the access token in seconds.",
        },
        refresh_token: {
          $ref: "openapi-components#/definitions/RefreshToken",
        },
        scope: {
          type: "string",
          description: "The session's effective scopes (its role's scopes), space-separated.",
        },
        user: {
          $ref: "openapi-components#/definitions/SessionUser",
        },
        org: {
          $ref: "openapi-components#/definitions/OrgSummary",
        },
        role: {
          $ref: "openapi-components#/definitions/Role",
        },
      },
    },
    LoginRequest: {
      type: "object",
      additionalProperties: false,
      required: [
        "email",
        "password",
      ],
      properties: {
        email: {
          type: "string",
          format: "email",
          maxLength: 254,
          description: "The login email; compared case-insensitively.",
        },
        password: {
          type: "string",
          minLength: 1,
          maxLength: 1024,
          writeOnly: true,
          description: "The password.",
        },
        org_id: {
          type: "string",
          maxLength: 64,
          description: "For a person in several organizations, the one to sign in to (`GET /v1/orgs` lists\nthem). When omitted, the session is for the organization they joined first.\n",
        },
      },
    },
    RefreshRequest: {
      type: "object",
      additionalProperties: false,
      required: [
        "refresh_token",
      ],
      properties: {
        refresh_token: {
          type: "string",
          maxLength: 256,
          writeOnly: true,
          description: "The `kwr_` refresh token from the last login or refresh.",
        },
      },
    },
    LogoutRequest: {
      type: "object",
      additionalProperties: false,
      properties: {
        refresh_token: {
          type: "string",
          maxLength: 256,
          writeOnly: true,
          description: "The session's `kwr_` refresh token; its whole family is revoked too.",
        },
      },
    },
    DisplayPrefix: {
      type: "string",
      minLength: 12,
      maxLength: 12,
      description: "The first 12 characters of the secret; safe to show in logs, dashboards and audit trails.",
    },
    ScopeList: {
      type: "array",
      uniqueItems: true,
      maxItems: 64,
      items: {
        $ref: "openapi-components#/definitions/Scope",
      },
    },
    Timestamp: {
      type: "string",
      format: "date-time",
      description: "An RFC 3339 timestamp in UTC.",
    },
    Whoami: {
      type: "object",
      description: "Who the caller is, for any kind of credential.",
      required: [
        "principal",
        "org",
        "credential",
        "role",
        "scopes",
        "expires_at",
      ],
      properties: {
        principal: {
          type: "object",
          description: "The identity the credential stands for.",
          required: [
            "kind",
            "id",
            "name",
          ],
          properties: {
            kind: {
              type: "string",
              enum: [
                "user",
                "service_account",
                "agent",
                "app",
              ],
              description: "`app` is the integration behind an app token.",
            },
            id: {
              type: "string",
              description: "The principal's id (`usr_`, `sa_`, `agt_` or `apt_`).",
            },
            name: {
              type: "string",
              description: "A person's name, or the service account's, agent's or app token's name.",
            },
          },
        },
        org: {
          $ref: "openapi-components#/definitions/OrgSummary",
        },
        credential: {
          type: "object",
          description: "The credential this request presented.",
          required: [
            "kind",
            "id",
            "prefix",
          ],
          properties: {
            kind: {
              type: "string",
              enum: [
                "session",
                "api_key",
                "access_token",
                "service_account",
                "agent_key",
                "app_token",
              ],
            },
            id: {
              type: "string",
              description: "The credential's id (`key_`, `tok_`, `akey_`, `apt_`, ...; a session's or JWT's `jti`).",
            },
            prefix: {
              description: "The secret's display prefix; `null` for JWTs (sessions and access tokens).",
              anyOf: [
                {
                  $ref: "openapi-components#/definitions/DisplayPrefix",
                },
                {
                  type: "null",
                },
              ],
            },
          },
        },
        role: {
          description: "The role that caps the credential: the person's role, or for an API key its creator's\ncurrent role; `null` for service accounts, agents and app tokens.\n",
          anyOf: [
            {
              $ref: "openapi-components#/definitions/Role",
            },
            {
              type: "null",
            },
          ],
        },
        scopes: {
          $ref: "openapi-components#/definitions/ScopeList",
          description: "The effective scopes (the credential's scopes intersected with its role cap).",
        },
        expires_at: {
          description: "When the credential expires; `null` if it does not.",
          anyOf: [
            {
              $ref: "openapi-components#/definitions/Timestamp",
            },
            {
              type: "null",
            },
          ],
        },
      },
    },
    DeviceVerifyRequest: {
      type: "object",
      additionalProperties: false,
      description: "A signed-in person's answer to a device login (RFC 8628 §3.3).",
      required: [
        "user_code",
        "action",
      ],
      properties: {
        user_code: {
          type: "string",
          minLength: 1,
          maxLength: 16,
          description: "The code the device shows (`BCDF-GHJK`). Matched case-insensitively, ignoring the dash\nand spaces, so `bcdf ghjk` works too. Wrong codes count against an attempt limit.\n",
        },
        action: {
          type: "string",
          enum: [
            "approve",
            "deny",
          ],
        },
        scopes: {
          $ref: "openapi-components#/definitions/ScopeList",
          description: "When approving, a subset of the requested scopes to grant (further capped by the\nperson's role); omitted means all requested scopes the role allows.\n",
        },
      },
    },
    DeviceVerifyResult: {
      type: "object",
      required: [
        "status",
        "client_id",
        "scopes",
      ],
      properties: {
        status: {
          type: "string",
          enum: [
            "approved",
            "denied",
          ],
        },
        client_id: {
          type: "string",
          description: "The client that started the flow, e.g. `keyway-cli`.",
        },
        scopes: {
          $ref: "openapi-components#/definitions/ScopeList",
          description: "The scopes granted; empty when denied.",
        },
      },
    },
    Org: {
      type: "object",
      required: [
        "id",
        "name",
        "role",
        "created_at",
      ],
      properties: {
        id: {
          type: "string",
          description: "The organization's id (`org_`).",
        },
        name: {
          type: "string",
          minLength: 1,
          maxLength: 200,
        },
        role: {
          description: "The caller's role in this organization (for an API key, its creator's current role);\n`null` for service accounts, agents and app tokens.\n",
          anyOf: [
            {
              $ref: "openapi-components#/definitions/Role",
            },
            {
              type: "null",
            },
          ],
        },
        created_at: {
          $ref: "openapi-components#/definitions/Timestamp",
        },
      },
    },
    NextCursor: {
      type: [
        "string",
        "null",
      ],
      description: "Opaque cursor for the next page; `null` on the last page.",
    },
    OrgList: {
      type: "object",
      required: [
        "data",
        "next_cursor",
      ],
      properties: {
        data: {
          type: "array",
          items: {
            $ref: "openapi-components#/definitions/Org",
          },
        },
        next_cursor: {
          $ref: "openapi-components#/definitions/NextCursor",
        },
      },
    },
    CreateOrgRequest: {
      type: "object",
      additionalProperties: false,
      required: [
        "name",
      ],
      properties: {
        name: {
          type: "string",
          minLength: 1,
          maxLength: 200,
        },
      },
    },
    UpdateOrgRequest: {
      type: "object",
      additionalProperties: false,
      required: [
        "name",
      ],
      properties: {
        name: {
          type: "string",
          minLength: 1,
          maxLength: 200,
        },
      },
    },
    Member: {
      type: "object",
      description: "A person's membership of the caller's organization.",
      required: [
        "user_id",
        "email",
        "name",
        "role",
        "joined_at",
      ],
      properties: {
        user_id: {
          type: "string",
          description: "The person's id (`usr_`).",
        },
        email: {
          type: "string",
          format: "email",
        },
        name: {
          type: "string",
        },
        role: {
          $ref: "openapi-components#/definitions/Role",
        },
        joined_at: {
          $ref: "openapi-components#/definitions/Timestamp",
        },
      },
    },
    MemberList: {
      type: "object",
      required: [
        "data",
        "next_cursor",
      ],
      properties: {
        data: {
          type: "array",
          items: {
            $ref: "openapi-components#/definitions/Member",
          },
        },
        next_cursor: {
          $ref: "openapi-components#/definitions/NextCursor",
        },
      },
    },
    UpdateMemberRequest: {
      type: "object",
      additionalProperties: false,
      required: [
        "role",
      ],
      properties: {
        role: {
          $ref: "openapi-components#/definitions/Role",
        },
      },
    },
    Invitation: {
      type: "object",
      description: "An invitation for an email address to join the organization with a role.",
      required: [
        "id",
        "email",
        "role",
        "status",
        "invited_by",
        "created_at",
        "expires_at",
      ],
      properties: {
        id: {
          type: "string",
          description: "The invitation's id (`inv_`).",
        },
        email: {
          type: "string",
          format: "email",
        },
        role: {
          $ref: "openapi-components#/definitions/Role",
        },
        status: {
          type: "string",
          enum: [
            "pending",
            "accepted",
            "revoked",
            "expired",
          ],
        },
        invited_by: {
          type: "string",
          description: "The id (`usr_`) of the person who sent it.",
        },
        created_at: {
          $ref: "openapi-components#/definitions/Timestamp",
        },
        expires_at: {
          $ref: "openapi-components#/definitions/Timestamp",
        },
      },
    },
    InvitationList: {
      type: "object",
      required: [
        "data",
        "next_cursor",
      ],
      properties: {
        data: {
          type: "array",
          items: {
            $ref: "openapi-components#/definitions/Invitation",
          },
        },
        next_cursor: {
          $ref: "openapi-components#/definitions/NextCursor",
        },
      },
    },
    CreateInvitationsRequest: {
      type: "object",
      additionalProperties: false,
      required: [
        "invitations",
      ],
      properties: {
        invitations: {
          type: "array",
          minItems: 1,
          maxItems: 50,
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "email",
              "role",
            ],
            properties: {
              email: {
                type: "string",
                format: "email",
                maxLength: 254,
              },
              role: {
                $ref: "openapi-components#/definitions/Role",
              },
            },
          },
        },
      },
    },
    InvitationToken: {
      type: "string",
      description: "An invitation's accept token (`kwi_`). Shown once, when the invitation is created.",
      pattern: "^kwi_[0-9A-Za-z]{42}$",
    },
    InvitationResult: {
      type: "object",
      description: "The outcome for one email of a batch invitation.",
      required: [
        "email",
        "status",
        "invitation",
        "token",
        "error",
      ],
      properties: {
        email: {
          type: "string",
          format: "email",
        },
        status: {
          type: "string",
          enum: [
            "invited",
            "already_member",
            "already_invited",
            "rejected",
          ],
          description: "`rejected` carries an `error` (e.g. `role_cap_exceeded`).",
        },
        invitation: {
          description: "The new or existing pending invitation; `null` when `already_member` or `rejected`.",
          anyOf: [
            {
              $ref: "openapi-components#/definitions/Invitation",
            },
            {
              type: "null",
            },
          ],
        },
        token: {
          description: "The accept token, shown once, only when `status` is `invited`; `null` otherwise.",
          anyOf: [
            {
              $ref: "openapi-components#/definitions/InvitationToken",
            },
            {
              type: "null",
            },
          ],
        },
        error: {
          description: "Why the email was rejected; `null` otherwise.",
          anyOf: [
            {
              type: "object",
              required: [
                "code",
                "message",
              ],
              properties: {
                code: {
                  $ref: "openapi-components#/definitions/ErrorCode",
                },
                message: {
                  type: "string",
                },
              },
            },
            {
              type: "null",
            },
          ],
        },
      },
    },
    InvitationResults: {
      type: "object",
      description: "One result per requested email, in request order.",
      required: [
        "results",
      ],
      properties: {
        results: {
          type: "array",
          items: {
            $ref: "openapi-components#/definitions/InvitationResult",
          },
        },
      },
    },
    AcceptInvitationRequest: {
      type: "object",
      additionalProperties: false,
      required: [
        "token",
      ],
      properties: {
        token: {
          type: "string",
          maxLength: 256,
          writeOnly: true,
          description: "The `kwi_` invitation token.",
        },
      },
    },
    Membership: {
      type: "object",
      description: "The signed-in person's new membership.",
      required: [
        "org",
        "role",
      ],
      properties: {
        org: {
          $ref: "openapi-components#/definitions/OrgSummary",
        },
        role: {
          $ref: "openapi-components#/definitions/Role",
        },
      },
    },
    CredentialStatus: {
      type: "string",
      enum: [
        "active",
        "expired",
        "revoked",
      ],
      description: "`expired` and `revoked` credentials are refused; both stay listed for audit.",
    },
    ApiKeyId: {
      type: "string",
      description: "An API key's id (`key_…`). Not a secret; safe to log and to send as `api_key_id`.",
      pattern: "^key_[0-9A-Za-z]+$",
      maxLength: 64,
    },
    ApiKeyName: {
      type: "string",
      description: "A label for people, e.g. what the key is for and where it is stored.",
      minLength: 1,
      maxLength: 100,
    },
    ApiKey: {
      type: "object",
      description: "An API key's metadata. The secret itself is never returned after creation or rotation;\n`prefix` (the first 12 characters of the secret) identifies it in logs and dashboards.\n",
      required: [
        "id",
        "name",
        "prefix",
        "scopes",
        "effective_scopes",
        "status",
        "created_by",
        "created_at",
        "expires_at",
        "last_used_at",
        "revoked_at",
        "previous_secret_expires_at",
      ],
      properties: {
        id: {
          $ref: "openapi-components#/definitions/ApiKeyId",
        },
        name: {
          $ref: "openapi-components#/definitions/ApiKeyName",
        },
        prefix: {
          $ref: "openapi-components#/definitions/DisplayPrefix",
        },
        scopes: {
          $ref: "openapi-components#/definitions/ScopeList",
          description: "The scopes granted to the key when it was created or last narrowed.",
        },
        effective_scopes: {
          $ref: "openapi-components#/definitions/ScopeList",
          description: "The scopes the key can use right now: `scopes` intersected with the scopes of its\ncreator's current role. Demoting the creator narrows every key they created at once.\n",
        },
        status: {
          $ref: "openapi-components#/definitions/CredentialStatus",
        },
        created_by: {
          type: "string",
          description: "The id of the user who created the key; their current role caps `effective_scopes`.",
          pattern: "^usr_[0-9A-Za-z]+$",
          maxLength: 64,
        },
        created_at: {
          $ref: "openapi-components#/definitions/Timestamp",
        },
        expires_at: {
          type: [
            "string",
            "null",
          ],
          format: "date-time",
          description: "When the key stops working (RFC 3339, UTC); `null` if it never expires.",
        },
        last_used_at: {
          type: [
            "string",
            "null",
          ],
          format: "date-time",
          description: "When the key last authenticated a request; `null` if never. Updated at most once a\nminute, so it can lag by up to 60 seconds.\n",
        },
        revoked_at: {
          type: [
            "string",
            "null",
          ],
          format: "date-time",
          description: "When the key was revoked; `null` unless `status` is `revoked`.",
        },
        previous_secret_expires_at: {
          type: [
            "string",
            "null",
          ],
          format: "date-time",
          description: "After a rotation with a grace period, when the previous secret stops working; `null`\nwhen no previous secret is valid.\n",
        },
      },
    },
    ApiKeyList: {
      type: "object",
      description: "A page of API keys, newest first.",
      required: [
        "data",
        "next_cursor",
      ],
      properties: {
        data: {
          type: "array",
          items: {
            $ref: "openapi-components#/definitions/ApiKey",
          },
        },
        next_cursor: {
          $ref: "openapi-components#/definitions/NextCursor",
        },
      },
    },
    ApiKeyCreateRequest: {
      type: "object",
      description: "The new key's name, scopes and optional expiry.",
      additionalProperties: false,
      required: [
        "name",
        "scopes",
      ],
      properties: {
        name: {
          $ref: "openapi-components#/definitions/ApiKeyName",
        },
        scopes: {
          type: "array",
          description: "The scopes to grant. Each must be in the catalogue and allowed by the caller's role\n(else 403 `role_cap_exceeded`).\n",
          minItems: 1,
          maxItems: 64,
          uniqueItems: true,
          items: {
            $ref: "openapi-components#/definitions/Scope",
          },
        },
        expires_at: {
          $ref: "openapi-components#/definitions/Timestamp",
          description: "When the key stops working; must be in the future. When omitted the server applies its\nconfigured default lifetime, and a value beyond the configured maximum lifetime is a 400.\n",
        },
      },
    },
    ApiKeySecret: {
      type: "string",
      description: "An API key secret (`kwk_`). Shown once, at creation or rotation.",
      pattern: "^kwk_[0-9A-Za-z]{42}$",
    },
    ApiKeyWithSecret: {
      description: "An API key together with its secret. Returned only by `createApiKey` and `rotateApiKey`,\nwith `Cache-Control: no-store`; the secret cannot be retrieved again.\n",
      allOf: [
        {
          $ref: "openapi-components#/definitions/ApiKey",
        },
        {
          type: "object",
          required: [
            "secret",
          ],
          properties: {
            secret: {
              $ref: "openapi-components#/definitions/ApiKeySecret",
            },
          },
        },
      ],
    },
    ApiKeyUpdateRequest: {
      type: "object",
      description: "Rename a key or narrow its scopes. At least one field is required.",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        name: {
          $ref: "openapi-components#/definitions/ApiKeyName",
        },
        scopes: {
          type: "array",
          description: "The key's new scopes: a non-empty subset of its current `scopes`. Scopes can only be\nremoved; adding a scope the key does not hold answers 403.\n",
          minItems: 1,
          maxItems: 64,
          uniqueItems: true,
          items: {
            $ref: "openapi-components#/definitions/Scope",
          },
        },
      },
    },
    ApiKeyRotateRequest: {
      type: "object",
      description: "How long the current secret keeps working after the new one is issued.",
      additionalProperties: false,
      properties: {
        grace_period_seconds: {
          type: "integer",
          minimum: 0,
          maximum: 604800,
          default: 0,
          description: "Seconds during which the current secret keeps working beside the new one (at most\n7 days). `0` invalidates the current secret immediately.\n",
        },
      },
    },
    AccessTokenId: {
      type: "string",
      description: "An access token's id (`tok_…`), also its `jti` claim (RFC 9068 §2.2, RFC 7519 §4.1.7).",
      pattern: "^tok_[0-9A-Za-z]+$",
      maxLength: 64,
    },
    AccessTokenInfo: {
      type: "object",
      description: "An access token's metadata. The token itself is never stored or returned; only its id\n(`jti`) and claims are kept, so that it can be listed and revoked.\n",
      required: [
        "id",
        "client_id",
        "subject",
        "scopes",
        "created_at",
        "expires_at",
        "revoked_at",
        "credential_prefix",
      ],
      properties: {
        id: {
          $ref: "openapi-components#/definitions/AccessTokenId",
        },
        client_id: {
          type: "string",
          description: "The token's `client_id` claim (RFC 9068 §2.2): the id of the credential it was minted\nfrom, an API key (`key_…`), agent key (`akey_…`), app token (`apt_…`) or service account\n(`sa_…`), or `keyway-login` for a token exchanged from a person's session token.\n",
          maxLength: 64,
        },
        subject: {
          type: "string",
          description: "The token's `sub` claim (RFC 9068 §2.2): the user who created the API key (`usr_…`), the\nagent an agent key belongs to (`agt_…`), the app token (`apt_…`), or the service\naccount (`sa_…`).\n",
          maxLength: 64,
        },
        scopes: {
          $ref: "openapi-components#/definitions/ScopeList",
          description: "The scopes the token carries.",
        },
        created_at: {
          $ref: "openapi-components#/definitions/Timestamp",
          description: "When the token was minted (its `iat` claim).",
        },
        expires_at: {
          $ref: "openapi-components#/definitions/Timestamp",
          description: "When the token expires (its `exp` claim).",
        },
        revoked_at: {
          type: [
            "string",
            "null",
          ],
          format: "date-time",
          description: "When the token was revoked; `null` if it was not.",
        },
        credential_prefix: {
          type: [
            "string",
            "null",
          ],
          minLength: 12,
          maxLength: 12,
          description: "The display prefix of the secret the token was minted with (an API key, agent key, app\ntoken or service account secret); `null` when the token was not minted from a long-lived\nsecret.\n",
        },
      },
    },
    AccessTokenList: {
      type: "object",
      description: "A page of access tokens, newest first.",
      required: [
        "data",
        "next_cursor",
      ],
      properties: {
        data: {
          type: "array",
          items: {
            $ref: "openapi-components#/definitions/AccessTokenInfo",
          },
        },
        next_cursor: {
          $ref: "openapi-components#/definitions/NextCursor",
        },
      },
    },
    ServiceAccountId: {
      type: "string",
      description: "A service account's id (`sa_…`), also its OAuth `client_id` (RFC 6749 §2.2).",
      pattern: "^sa_[0-9A-Za-z]+$",
      maxLength: 64,
    },
    ServiceAccountSecret: {
      type: "string",
      description: "A service account's client secret (`kws_`). Shown once, at creation or rotation.",
      pattern: "^kws_[0-9A-Za-z]{42}$",
    },
    AccessTokenExchangeRequest: {
      type: "object",
      description: "The credential to exchange, unless it is sent in `Authorization: Bearer` or `x-api-key`,\nand optionally narrower scopes and a shorter lifetime. Exactly one credential must be\npresented, in one of these forms (anything else is a 400):\n\n- `Authorization: Bearer <secret>` or `x-api-key: <secret>` with an API key, agent key\n  or app token secret, and no credential in the body;\n- `api_key`;\n- `api_key_id` + `api_key_secret` (both);\n- `service_account_id` + `service_account_secret` (both).\n\nAn empty body (`{}`) is valid when the credential is in a header.\n",
      additionalProperties: false,
      properties: {
        api_key: {
          $ref: "openapi-components#/definitions/ApiKeySecret",
          description: "An API key secret, as an alternative to sending it in a header.",
          writeOnly: true,
        },
        api_key_id: {
          $ref: "openapi-components#/definitions/ApiKeyId",
          description: "The API key's id, sent with `api_key_secret`; it must be the key the secret belongs to.",
        },
        api_key_secret: {
          $ref: "openapi-components#/definitions/ApiKeySecret",
          description: "The API key secret, sent with `api_key_id`.",
          writeOnly: true,
        },
        service_account_id: {
          $ref: "openapi-components#/definitions/ServiceAccountId",
          description: "The service account's id (its OAuth `client_id`), sent with `service_account_secret`.",
        },
        service_account_secret: {
          $ref: "openapi-components#/definitions/ServiceAccountSecret",
          description: "The service account's secret, sent with `service_account_id`.",
          writeOnly: true,
        },
        scopes: {
          type: "array",
          description: "The scopes the token should carry: a subset of the credential's effective scopes.\nOmit to get all of them. A scope the credential does not have answers 403\n`insufficient_scope` with `scopes` naming the missing ones.\n",
          minItems: 1,
          maxItems: 64,
          uniqueItems: true,
          items: {
            $ref: "openapi-components#/definitions/Scope",
          },
        },
        ttl_seconds: {
          type: "integer",
          minimum: 60,
          maximum: 86400,
          description: "The token's lifetime in seconds. Omit for the server's configured default; values above\nthe configured maximum are lowered to it (the response's `expires_in` is authoritative).\n",
        },
      },
    },
    AccessTokenExchangeResponse: {
      type: "object",
      description: "A freshly minted access token. The fields follow the RFC 6749 §5.1 token response\n(`access_token`, `token_type`, `expires_in`, `scope`) so that OAuth client code can read\nit, plus `expires_at`, `scopes` and `token_id`. Sent with `Cache-Control: no-store`.\n",
      required: [
        "access_token",
        "token_type",
        "expires_in",
        "expires_at",
        "scope",
        "scopes",
        "token_id",
      ],
      properties: {
        access_token: {
          $ref: "openapi-components#/definitions/AccessToken",
        },
        token_type: {
          type: "string",
          enum: [
            "Bearer",
          ],
          description: "Always `Bearer` (RFC 6750); send the token as `Authorization: Bearer <access_token>`.",
        },
        expires_in: {
          type: "integer",
          minimum: 1,
          description: "Seconds until the token expires (RFC 6749 §5.1).",
        },
        expires_at: {
          $ref: "openapi-components#/definitions/Timestamp",
          description: "When the token expires (its `exp` claim), as an RFC 3339 timestamp.",
        },
        scope: {
          type: "string",
          description: "The granted scopes, space-separated (RFC 6749 §3.3), as in the token's `scope` claim.",
        },
        scopes: {
          $ref: "openapi-components#/definitions/ScopeList",
          description: "The granted scopes, as an array.",
        },
        token_id: {
          $ref: "openapi-components#/definitions/AccessTokenId",
        },
      },
    },
    ServiceAccountName: {
      type: "string",
      description: "A label for people.",
      minLength: 1,
      maxLength: 100,
    },
    ServiceAccount: {
      type: "object",
      description: "A service account's metadata. Its secret is never returned after creation or rotation;\n`secret_prefix` identifies the current secret.\n",
      required: [
        "id",
        "name",
        "description",
        "scopes",
        "effective_scopes",
        "secret_prefix",
        "created_by",
        "created_at",
        "last_used_at",
        "previous_secret_expires_at",
      ],
      properties: {
        id: {
          $ref: "openapi-components#/definitions/ServiceAccountId",
        },
        name: {
          $ref: "openapi-components#/definitions/ServiceAccountName",
        },
        description: {
          type: [
            "string",
            "null",
          ],
          maxLength: 500,
          description: "What the account is for; `null` when not set.",
        },
        scopes: {
          $ref: "openapi-components#/definitions/ScopeList",
          description: "The scopes the account may request.",
        },
        effective_scopes: {
          $ref: "openapi-components#/definitions/ScopeList",
          description: "`scopes` intersected with the scopes of its creator's current role: what its tokens can actually carry.",
        },
        secret_prefix: {
          $ref: "openapi-components#/definitions/DisplayPrefix",
          description: "The first 12 characters of the current secret.",
        },
        created_by: {
          type: "string",
          description: "The id of the user who created the account; their current role caps `effective_scopes`.",
          pattern: "^usr_[0-9A-Za-z]+$",
          maxLength: 64,
        },
        created_at: {
          $ref: "openapi-components#/definitions/Timestamp",
        },
        last_used_at: {
          type: [
            "string",
            "null",
          ],
          format: "date-time",
          description: "When the account last authenticated; `null` if never. Updated at most once a minute.",
        },
        previous_secret_expires_at: {
          type: [
            "string",
            "null",
          ],
          format: "date-time",
          description: "After a rotation with a grace period, when the previous secret stops working; `null`\nwhen no previous secret is valid.\n",
        },
      },
    },
    ServiceAccountList: {
      type: "object",
      description: "A page of service accounts, newest first.",
      required: [
        "data",
        "next_cursor",
      ],
      properties: {
        data: {
          type: "array",
          items: {
            $ref: "openapi-components#/definitions/ServiceAccount",
          },
        },
        next_cursor: {
          $ref: "openapi-components#/definitions/NextCursor",
        },
      },
    },
    ServiceAccountDescription: {
      type: "string",
      description: "What the account is for and who owns it.",
      maxLength: 500,
    },
    ServiceAccountCreateRequest: {
      type: "object",
      description: "The new account's name, optional description and scopes.",
      additionalProperties: false,
      required: [
        "name",
        "scopes",
      ],
      properties: {
        name: {
          $ref: "openapi-components#/definitions/ServiceAccountName",
        },
        description: {
          $ref: "openapi-components#/definitions/ServiceAccountDescription",
        },
        scopes: {
          type: "array",
          description: "The scopes the account may request. Each must be allowed by the caller's role (else\n403 `role_cap_exceeded`).\n",
          minItems: 1,
          maxItems: 64,
          uniqueItems: true,
          items: {
            $ref: "openapi-components#/definitions/Scope",
          },
        },
      },
    },
    ServiceAccountWithSecret: {
      description: "A service account together with its client credentials. Returned only by\n`createServiceAccount` and `rotateServiceAccountSecret`, with `Cache-Control: no-store`;\nthe secret cannot be retrieved again.\n",
      allOf: [
        {
          $ref: "openapi-components#/definitions/ServiceAccount",
        },
        {
          type: "object",
          required: [
            "client_id",
            "secret",
          ],
          properties: {
            client_id: {
              $ref: "openapi-components#/definitions/ServiceAccountId",
              description: "The OAuth `client_id` (equal to `id`): send it with `secret` as HTTP Basic\ncredentials or `client_id` + `client_secret` to `/oauth/token` (RFC 6749 §2.3.1).\n",
            },
            secret: {
              $ref: "openapi-components#/definitions/ServiceAccountSecret",
            },
          },
        },
      ],
    },
    ServiceAccountUpdateRequest: {
      type: "object",
      description: "Rename, redescribe or narrow a service account. At least one field is required.",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        name: {
          $ref: "openapi-components#/definitions/ServiceAccountName",
        },
        description: {
          type: [
            "string",
            "null",
          ],
          maxLength: 500,
          description: "The new description; `null` clears it.",
        },
        scopes: {
          type: "array",
          description: "The account's new scopes: a non-empty subset of its current `scopes`. Scopes can only\nbe removed; adding one answers 403. Tokens already issued keep their scopes until they\nexpire.\n",
          minItems: 1,
          maxItems: 64,
          uniqueItems: true,
          items: {
            $ref: "openapi-components#/definitions/Scope",
          },
        },
      },
    },
    ServiceAccountSecretRotateRequest: {
      type: "object",
      description: "How long the current secret keeps working after the new one is issued.",
      additionalProperties: false,
      properties: {
        grace_period_seconds: {
          type: "integer",
          minimum: 0,
          maximum: 604800,
          default: 0,
          description: "Seconds during which the current secret keeps working beside the new one (at most\n7 days). `0` invalidates the current secret immediately.\n",
        },
      },
    },
    AgentId: {
      type: "string",
      description: "An agent's id (`agt_…`).",
      pattern: "^agt_[0-9A-Za-z]+$",
      maxLength: 64,
    },
    AgentName: {
      type: "string",
      description: "The agent's name, unique in the organization.",
      minLength: 1,
      maxLength: 100,
    },
    Agent: {
      type: "object",
      description: "A named agent identity.",
      required: [
        "id",
        "name",
        "description",
        "created_by",
        "created_at",
      ],
      properties: {
        id: {
          $ref: "openapi-components#/definitions/AgentId",
        },
        name: {
          $ref: "openapi-components#/definitions/AgentName",
        },
        description: {
          type: [
            "string",
            "null",
          ],
          maxLength: 500,
          description: "What the agent does; `null` when not set.",
        },
        created_by: {
          type: "string",
          description: "The id of the user who created the agent.",
          pattern: "^usr_[0-9A-Za-z]+$",
          maxLength: 64,
        },
        created_at: {
          $ref: "openapi-components#/definitions/Timestamp",
        },
      },
    },
    AgentList: {
      type: "object",
      description: "A page of agents, newest first.",
      required: [
        "data",
        "next_cursor",
      ],
      properties: {
        data: {
          type: "array",
          items: {
            $ref: "openapi-components#/definitions/Agent",
          },
        },
        next_cursor: {
          $ref: "openapi-components#/definitions/NextCursor",
        },
      },
    },
    AgentDescription: {
      type: "string",
      description: "What the agent does.",
      maxLength: 500,
    },
    AgentCreateRequest: {
      type: "object",
      description: "The new agent's name and optional description.",
      additionalProperties: false,
      required: [
        "name",
      ],
      properties: {
        name: {
          $ref: "openapi-components#/definitions/AgentName",
        },
        description: {
          $ref: "openapi-components#/definitions/AgentDescription",
        },
      },
    },
    AgentUpdateRequest: {
      type: "object",
      description: "Rename or redescribe an agent. At least one field is required.",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        name: {
          $ref: "openapi-components#/definitions/AgentName",
        },
        description: {
          type: [
            "string",
            "null",
          ],
          maxLength: 500,
          description: "The new description; `null` clears it.",
        },
      },
    },
    AgentKeyId: {
      type: "string",
      description: "An agent key's id (`akey_…`).",
      pattern: "^akey_[0-9A-Za-z]+$",
      maxLength: 64,
    },
    AgentKeyLabel: {
      type: "string",
      description: "What the key is for, e.g. the environment or host it runs on.",
      minLength: 1,
      maxLength: 100,
    },
    AgentKey: {
      type: "object",
      description: "An agent key's metadata. The secret is never returned after creation; `prefix` identifies\nit. An agent key authenticates as its agent with `x-api-key` or `Authorization: Bearer`.\n",
      required: [
        "id",
        "agent_id",
        "label",
        "prefix",
        "scopes",
        "effective_scopes",
        "status",
        "created_by",
        "created_at",
        "expires_at",
        "last_used_at",
        "revoked_at",
      ],
      properties: {
        id: {
          $ref: "openapi-components#/definitions/AgentKeyId",
        },
        agent_id: {
          $ref: "openapi-components#/definitions/AgentId",
        },
        label: {
          $ref: "openapi-components#/definitions/AgentKeyLabel",
        },
        prefix: {
          $ref: "openapi-components#/definitions/DisplayPrefix",
        },
        scopes: {
          $ref: "openapi-components#/definitions/ScopeList",
          description: "The scopes granted to the key.",
        },
        effective_scopes: {
          $ref: "openapi-components#/definitions/ScopeList",
          description: "`scopes` intersected with the scopes of its creator's current role: what the key can use right now.",
        },
        status: {
          $ref: "openapi-components#/definitions/CredentialStatus",
        },
        created_by: {
          type: "string",
          description: "The id of the user who minted the key; their current role caps `effective_scopes`.",
          pattern: "^usr_[0-9A-Za-z]+$",
          maxLength: 64,
        },
        created_at: {
          $ref: "openapi-components#/definitions/Timestamp",
        },
        expires_at: {
          type: [
            "string",
            "null",
          ],
          format: "date-time",
          description: "When the key stops working; `null` if it never expires.",
        },
        last_used_at: {
          type: [
            "string",
            "null",
          ],
          format: "date-time",
          description: "When the key last authenticated a request; `null` if never. Updated at most once a minute.",
        },
        revoked_at: {
          type: [
            "string",
            "null",
          ],
          format: "date-time",
          description: "When the key was revoked; `null` unless `status` is `revoked`.",
        },
      },
    },
    AgentKeyList: {
      type: "object",
      description: "A page of an agent's keys, newest first.",
      required: [
        "data",
        "next_cursor",
      ],
      properties: {
        data: {
          type: "array",
          items: {
            $ref: "openapi-components#/definitions/AgentKey",
          },
        },
        next_cursor: {
          $ref: "openapi-components#/definitions/NextCursor",
        },
      },
    },
    AgentKeyCreateRequest: {
      type: "object",
      description: "The new key's label, scopes and optional expiry.",
      additionalProperties: false,
      required: [
        "label",
        "scopes",
      ],
      properties: {
        label: {
          $ref: "openapi-components#/definitions/AgentKeyLabel",
        },
        scopes: {
          type: "array",
          description: "The scopes to grant. Each must be allowed by the caller's role (else 403\n`role_cap_exceeded`).\n",
          minItems: 1,
          maxItems: 64,
          uniqueItems: true,
          items: {
            $ref: "openapi-components#/definitions/Scope",
          },
        },
        expires_at: {
          $ref: "openapi-components#/definitions/Timestamp",
          description: "When the key stops working; must be in the future. When omitted the server applies its\nconfigured default lifetime, and a value beyond the configured maximum is a 400.\n",
        },
      },
    },
    AgentKeySecret: {
      type: "string",
      description: "An agent key secret (`kwa_`). Shown once, at creation.",
      pattern: "^kwa_[0-9A-Za-z]{42}$",
    },
    AgentKeyWithSecret: {
      description: "An agent key together with its secret. Returned only by `createAgentKey`, with\n`Cache-Control: no-store`; the secret cannot be retrieved again.\n",
      allOf: [
        {
          $ref: "openapi-components#/definitions/AgentKey",
        },
        {
          type: "object",
          required: [
            "secret",
          ],
          properties: {
            secret: {
              $ref: "openapi-components#/definitions/AgentKeySecret",
            },
          },
        },
      ],
    },
    AppTokenId: {
      type: "string",
      description: "An app token's id (`apt_…`).",
      pattern: "^apt_[0-9A-Za-z]+$",
      maxLength: 64,
    },
    AppTokenName: {
      type: "string",
      description: "A label for people, e.g. the integration that uses the token.",
      minLength: 1,
      maxLength: 100,
    },
    AppToken: {
      type: "object",
      description: "An app token's metadata. The token is never returned after creation; `prefix`\nidentifies it. It belongs to the organization, not to the person who minted it.\n",
      required: [
        "id",
        "name",
        "prefix",
        "scopes",
        "effective_scopes",
        "status",
        "created_by",
        "created_at",
        "expires_at",
        "last_used_at",
        "revoked_at",
      ],
      properties: {
        id: {
          $ref: "openapi-components#/definitions/AppTokenId",
        },
        name: {
          $ref: "openapi-components#/definitions/AppTokenName",
        },
        prefix: {
          $ref: "openapi-components#/definitions/DisplayPrefix",
        },
        scopes: {
          $ref: "openapi-components#/definitions/ScopeList",
          description: "The scopes granted to the token.",
        },
        effective_scopes: {
          $ref: "openapi-components#/definitions/ScopeList",
          description: "`scopes` intersected with the scopes of its creator's current role: what the token can use right now.",
        },
        status: {
          $ref: "openapi-components#/definitions/CredentialStatus",
        },
        created_by: {
          type: "string",
          description: "The id of the admin or owner who minted the token.",
          pattern: "^usr_[0-9A-Za-z]+$",
          maxLength: 64,
        },
        created_at: {
          $ref: "openapi-components#/definitions/Timestamp",
        },
        expires_at: {
          type: [
            "string",
            "null",
          ],
          format: "date-time",
          description: "When the token stops working; `null` if it never expires.",
        },
        last_used_at: {
          type: [
            "string",
            "null",
          ],
          format: "date-time",
          description: "When the token last authenticated a request; `null` if never. Updated at most once a minute.",
        },
        revoked_at: {
          type: [
            "string",
            "null",
          ],
          format: "date-time",
          description: "When the token was revoked; `null` unless `status` is `revoked`.",
        },
      },
    },
    AppTokenList: {
      type: "object",
      description: "A page of app tokens, newest first.",
      required: [
        "data",
        "next_cursor",
      ],
      properties: {
        data: {
          type: "array",
          items: {
            $ref: "openapi-components#/definitions/AppToken",
          },
        },
        next_cursor: {
          $ref: "openapi-components#/definitions/NextCursor",
        },
      },
    },
    AppTokenCreateRequest: {
      type: "object",
      description: "The new token's name, scopes and optional expiry.",
      additionalProperties: false,
      required: [
        "name",
        "scopes",
      ],
      properties: {
        name: {
          $ref: "openapi-components#/definitions/AppTokenName",
        },
        scopes: {
          type: "array",
          description: "The scopes to grant. Each must be allowed by the caller's role (else 403\n`role_cap_exceeded`).\n",
          minItems: 1,
          maxItems: 64,
          uniqueItems: true,
          items: {
            $ref: "openapi-components#/definitions/Scope",
          },
        },
        expires_at: {
          $ref: "openapi-components#/definitions/Timestamp",
          description: "When the token stops working; must be in the future. When omitted the server applies\nits configured default lifetime, and a value beyond the configured maximum is a 400.\n",
        },
      },
    },
    AppTokenSecret: {
      type: "string",
      description: "An app token (`kwt_`). Shown once, at creation.",
      pattern: "^kwt_[0-9A-Za-z]{42}$",
    },
    AppTokenWithSecret: {
      description: "An app token together with its secret. Returned only by `createAppToken`, with\n`Cache-Control: no-store`; the secret cannot be retrieved again.\n",
      allOf: [
        {
          $ref: "openapi-components#/definitions/AppToken",
        },
        {
          type: "object",
          required: [
            "secret",
          ],
          properties: {
            secret: {
              $ref: "openapi-components#/definitions/AppTokenSecret",
            },
          },
        },
      ],
    },
    AuditAction: {
      type: "string",
      description: "What happened, as `<object>.<verb>`.",
      enum: [
        "api_key.created",
        "api_key.rotated",
        "api_key.updated",
        "api_key.revoked",
        "access_token.minted",
        "access_token.revoked",
        "service_account.created",
        "service_account.updated",
        "service_account.rotated",
        "service_account.deleted",
        "agent.created",
        "agent.deleted",
        "agent_key.created",
        "agent_key.revoked",
        "app_token.created",
        "app_token.revoked",
        "login.succeeded",
        "login.failed",
        "refresh_token.reused",
        "session.revoked",
        "device.approved",
        "device.denied",
        "member.role_changed",
        "member.removed",
        "invitation.sent",
        "invitation.accepted",
        "invitation.revoked",
        "org.created",
        "org.updated",
        "rate_limit.exceeded",
      ],
    },
    AuditEventId: {
      type: "string",
      description: "An audit event's id (`evt_…`), also its Server-Sent Events `id`. Ids sort in creation order.",
      pattern: "^evt_[0-9A-Za-z]+$",
      maxLength: 64,
    },
    AuditActor: {
      type: "object",
      description: "Who did it.",
      required: [
        "kind",
        "id",
        "credential_prefix",
      ],
      properties: {
        kind: {
          type: "string",
          description: "The kind of principal: a person (`user`, through a session), a credential, `system`\nfor the server itself (e.g. an automatic family revocation), or `anonymous` for\nrequests without a known principal (e.g. a failed login). A credential acts as itself\n(an action done with an API key has the key as its actor, not the person who created\nit); an access token acts as the credential it was minted from (a login's: the person).\n",
          enum: [
            "user",
            "api_key",
            "service_account",
            "agent_key",
            "app_token",
            "system",
            "anonymous",
          ],
        },
        id: {
          type: [
            "string",
            "null",
          ],
          maxLength: 64,
          description: "The principal's id (`usr_…`, `key_…`, `sa_…`, `akey_…`, `apt_…`); `null` for `system` and `anonymous`.",
        },
        credential_prefix: {
          type: [
            "string",
            "null",
          ],
          minLength: 12,
          maxLength: 12,
          description: "The display prefix of the actor's secret, for credentials with one; `null` otherwise.",
        },
      },
    },
    AuditTarget: {
      type: "object",
      description: "What it was done to.",
      required: [
        "kind",
        "id",
      ],
      properties: {
        kind: {
          type: "string",
          description: "The kind of resource.",
          enum: [
            "api_key",
            "access_token",
            "service_account",
            "agent",
            "agent_key",
            "app_token",
            "user",
            "session",
            "device_authorization",
            "invitation",
            "org",
          ],
        },
        id: {
          type: "string",
          maxLength: 64,
          description: "The resource's id.",
        },
      },
    },
    AuditEvent: {
      type: "object",
      description: "One security-relevant action in the organization.",
      required: [
        "id",
        "action",
        "actor",
        "org_id",
        "target",
        "ip",
        "user_agent",
        "request_id",
        "created_at",
        "data",
      ],
      properties: {
        id: {
          $ref: "openapi-components#/definitions/AuditEventId",
        },
        action: {
          $ref: "openapi-components#/definitions/AuditAction",
        },
        actor: {
          $ref: "openapi-components#/definitions/AuditActor",
        },
        org_id: {
          type: "string",
          description: "The organization the event belongs to (`org_…`).",
          maxLength: 64,
        },
        target: {
          description: "The resource acted on; `null` when there is none (e.g. `login.failed`).",
          oneOf: [
            {
              $ref: "openapi-components#/definitions/AuditTarget",
            },
            {
              type: "null",
            },
          ],
        },
        ip: {
          type: [
            "string",
            "null",
          ],
          description: "The client's IP address (IPv4 or IPv6); `null` for events the server raised itself.",
          maxLength: 45,
        },
        user_agent: {
          type: [
            "string",
            "null",
          ],
          description: "The request's `User-Agent`, truncated to 512 characters; `null` when absent.",
          maxLength: 512,
        },
        request_id: {
          type: [
            "string",
            "null",
          ],
          description: "The `X-Request-Id` of the request that caused the event; `null` for events the server raised itself.",
          maxLength: 128,
        },
        created_at: {
          $ref: "openapi-components#/definitions/Timestamp",
        },
        data: {
          type: "object",
          description: "Action-specific, non-secret details, e.g. `{name, scopes}` for `api_key.created`,\n`{from, to}` for `member.role_changed`, `{email, reason}` for `login.failed`. Never\ncontains a secret, a token or a password.\n",
          additionalProperties: true,
        },
      },
    },
    AuditEventList: {
      type: "object",
      description: "A page of audit events, newest first.",
      required: [
        "data",
        "next_cursor",
      ],
      properties: {
        data: {
          type: "array",
          items: {
            $ref: "openapi-components#/definitions/AuditEvent",
          },
        },
        next_cursor: {
          $ref: "openapi-components#/definitions/NextCursor",
        },
      },
    },
    ScopeCatalogue: {
      type: "object",
      required: [
        "scopes",
        "roles",
      ],
      properties: {
        scopes: {
          type: "array",
          items: {
            type: "object",
            required: [
              "name",
              "description",
            ],
            properties: {
              name: {
                $ref: "openapi-components#/definitions/Scope",
              },
              description: {
                type: "string",
              },
            },
          },
        },
        roles: {
          type: "array",
          description: "Most powerful first.",
          items: {
            type: "object",
            required: [
              "name",
              "description",
              "scopes",
            ],
            properties: {
              name: {
                $ref: "openapi-components#/definitions/Role",
              },
              description: {
                type: "string",
              },
              scopes: {
                $ref: "openapi-components#/definitions/ScopeList",
              },
            },
          },
        },
      },
    },
    Health: {
      type: "object",
      required: [
        "status",
        "version",
      ],
      properties: {
        status: {
          type: "string",
          enum: [
            "ok",
          ],
        },
        version: {
          type: "string",
          description: "The server's version.",
        },
      },
    },
  },
} as { $id: string; definitions: Record<string, unknown> };
