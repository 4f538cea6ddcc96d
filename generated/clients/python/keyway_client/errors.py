# generated from spec/openapi.yaml by keyway generate; do not edit
"""Typed errors: every non-2xx answer becomes an ApiError carrying the problem `code`, the status
and the request id (RFC 9457 problem details; RFC 6749 §5.2 errors on OAuth endpoints)."""

from __future__ import annotations

import email.utils as _email_utils
import time as _time
import typing as _t

import httpx as _httpx


class KeywayError(Exception):
    """Base of every error this client raises."""


class TransportError(KeywayError):
    """The server could not be reached (after the retries the request allowed)."""


class ApiError(KeywayError):
    """A non-2xx answer.

    `code` is the stable machine code (the problem's `code`, or the OAuth `error`); `request_id`
    the problem's `request_id` or the `X-Request-Id` header; `problem` the whole decoded body.
    """

    def __init__(
        self,
        status: int,
        code: _t.Optional[str],
        message: str,
        *,
        request_id: _t.Optional[str] = None,
        problem: _t.Any = None,
        headers: _t.Optional[_t.Mapping[str, str]] = None,
        retry_after: _t.Optional[float] = None,
    ) -> None:
        super().__init__(f"{status} {code or 'error'}: {message}" if message else f"{status} {code or 'error'}")
        self.status = status
        self.code = code
        self.message = message
        self.request_id = request_id
        self.problem = problem
        self.headers: _t.Mapping[str, str] = headers or {}
        self.retry_after = retry_after

    @property
    def title(self) -> _t.Optional[str]:
        return self.problem.get("title") if isinstance(self.problem, dict) else None

    @property
    def detail(self) -> _t.Optional[str]:
        return self.problem.get("detail") if isinstance(self.problem, dict) else None


class BadRequestError(ApiError):
    """400: the request was invalid (see `problem["errors"]`)."""


class AuthenticationError(ApiError):
    """401: no credential, or one the server does not know."""


class PermissionDeniedError(ApiError):
    """403: a known credential that is revoked, expired or lacks a scope."""


class NotFoundError(ApiError):
    """404."""


class ConflictError(ApiError):
    """409."""


class RateLimitError(ApiError):
    """429: retry after `retry_after` seconds."""


class ServerError(ApiError):
    """5xx."""


class OAuthError(ApiError):
    """An RFC 6749 §5.2 error from an OAuth endpoint: `code` is its `error`."""

    @property
    def error(self) -> _t.Optional[str]:
        return self.code

    @property
    def error_description(self) -> _t.Optional[str]:
        return self.message or None


_BY_STATUS: _t.Dict[int, _t.Type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def retry_after_seconds(response: _httpx.Response) -> _t.Optional[float]:
    """RFC 9110 §10.2.3: `Retry-After` as delay-seconds or an HTTP-date; None when absent or unreadable."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = _email_utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - _time.time())


def error_from_response(response: _httpx.Response) -> ApiError:
    """The typed error for a non-2xx response (its body already read)."""
    try:
        body: _t.Any = response.json()
    except ValueError:
        body = None
    header_id = response.headers.get("x-request-id")
    retry_after = retry_after_seconds(response)
    headers = dict(response.headers)
    status = response.status_code
    if isinstance(body, dict) and isinstance(body.get("error"), str) and "code" not in body:
        return OAuthError(
            status,
            body["error"],
            str(body.get("error_description") or ""),
            request_id=header_id,
            problem=body,
            headers=headers,
            retry_after=retry_after,
        )
    cls = _BY_STATUS.get(status, ServerError if status >= 500 else ApiError)
    if isinstance(body, dict):
        code = body.get("code")
        return cls(
            status,
            code if isinstance(code, str) else None,
            str(body.get("detail") or body.get("title") or ""),
            request_id=body.get("request_id") if isinstance(body.get("request_id"), str) else header_id,
            problem=body,
            headers=headers,
            retry_after=retry_after,
        )
    return cls(status, None, response.reason_phrase, request_id=header_id, problem=body, headers=headers, retry_after=retry_after)
