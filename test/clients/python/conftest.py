# pytest fixtures for the generated Python client, run against a live reference server whose URL
# is in KEYWAY_TEST_URL (test/clients/python-client.test.ts starts one and runs pytest).
import os
import uuid

import pytest

from keyway_client import Client
from keyway_client import models as m

PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="session")
def base_url() -> str:
    url = os.environ.get("KEYWAY_TEST_URL")
    if not url:
        pytest.fail("KEYWAY_TEST_URL is not set: run test/clients/python-client.test.ts")
    return url


@pytest.fixture
def owner_session(base_url: str) -> m.Session:
    """A new person who owns a new org (signed up through the client)."""
    with Client(base_url) as anonymous:
        return anonymous.signup(
            m.SignupRequest(
                email=f"py-{uuid.uuid4().hex}@example.com",
                password=PASSWORD,
                name="Ada Lovelace",
                org_name="Analytical Engines",
            )
        )


@pytest.fixture
def owner(base_url: str, owner_session: m.Session):
    with Client(base_url, token=owner_session.access_token) as client:
        yield client


@pytest.fixture
def api_key(owner) -> m.ApiKeyWithSecret:
    return owner.create_api_key(m.ApiKeyCreateRequest(name="python", scopes=["keys:read", "tokens:read"]))
