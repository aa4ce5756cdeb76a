"""One request id per request: the proxy's when a proxy is trusted, else hogo's own."""

from __future__ import annotations

from typing import Any

from django.test import Client

NGINX_ID = "0123456789abcdef0123456789abcdef"


def test_behind_a_proxy_the_proxys_request_id_is_kept(
    client: Client, db: None, settings: Any
) -> None:
    settings.BEHIND_PROXY = True
    response = client.get("/healthz", HTTP_X_REQUEST_ID=NGINX_ID)
    assert response["X-Request-Id"] == NGINX_ID


def test_without_a_trusted_proxy_a_clients_request_id_is_ignored(
    client: Client, db: None, settings: Any
) -> None:
    settings.BEHIND_PROXY = False
    response = client.get("/healthz", HTTP_X_REQUEST_ID=NGINX_ID)
    assert response["X-Request-Id"] != NGINX_ID
    assert len(response["X-Request-Id"]) == 36


def test_a_request_id_that_is_not_plain_is_replaced(
    client: Client, db: None, settings: Any
) -> None:
    settings.BEHIND_PROXY = True
    for hostile in ("x" * 200, "abc", "0123456789abcdef\n0123456789abcdef", "<script>1</script>"):
        response = client.get("/healthz", HTTP_X_REQUEST_ID=hostile)
        assert response["X-Request-Id"] != hostile
        assert len(response["X-Request-Id"]) == 36


def test_every_response_carries_one_even_a_redirect_to_sign_in(client: Client, db: None) -> None:
    response = client.get("/cases/")
    assert response.status_code == 302
    assert len(response["X-Request-Id"]) == 36
