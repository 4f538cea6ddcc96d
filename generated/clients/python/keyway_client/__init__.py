# generated from spec/openapi.yaml by keyway generate; do not edit
"""Python client for the API described by the spec (see README.md)."""

from . import models
from ._base import (
    ApiKeyCredentials,
    DeviceLoginCredentials,
    EventSource,
    EventStream,
    FileLoginStore,
    LoginStore,
    MemoryLoginStore,
    RetryPolicy,
    ServerSentEvent,
    ServiceAccountCredentials,
    StoredLogin,
    TokenManager,
)
from .client import Client
from .errors import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    KeywayError,
    NotFoundError,
    OAuthError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TransportError,
)

__version__ = "0.1.0"

__all__ = [
    "ApiError",
    "ApiKeyCredentials",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "DeviceLoginCredentials",
    "EventSource",
    "EventStream",
    "FileLoginStore",
    "KeywayError",
    "LoginStore",
    "MemoryLoginStore",
    "NotFoundError",
    "OAuthError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "ServerSentEvent",
    "ServiceAccountCredentials",
    "StoredLogin",
    "TokenManager",
    "TransportError",
    "models",
]
