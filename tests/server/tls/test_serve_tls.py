"""``serve --ssl-certfile/--ssl-keyfile``: HTTPS with a certificate the clients verify.

The certificate is made in the test by a throwaway CA (``trustme``). A client trusting that
CA connects; one with default verification is refused, and so is the console's own sync
client: it never turns verification off. Bad TLS options are named before anything listens.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import trustme
from helpers import API
from support.live_server import LiveServer, free_port, running_server

from moderator.services.sync.backend_client import BackendClient, Unreachable


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def pem_files(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pem")
    certificate = ca.issue_cert("127.0.0.1", "localhost")
    files = {
        "cert": folder / "server.pem",
        "key": folder / "server.key",
        "ca": folder / "ca.pem",
        "other_key": folder / "other.key",
    }
    certificate.cert_chain_pems[0].write_to_path(files["cert"])
    certificate.private_key_pem.write_to_path(files["key"])
    ca.cert_pem.write_to_path(files["ca"])
    ca.issue_cert("127.0.0.1").private_key_pem.write_to_path(files["other_key"])
    return files


@pytest.fixture(scope="module")
def https_server(
    pem_files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    tls = ["--ssl-certfile", str(pem_files["cert"]), "--ssl-keyfile", str(pem_files["key"])]
    with running_server(
        tmp_path_factory.mktemp("https"), extra_args=tls, ca_file=pem_files["ca"]
    ) as server:
        yield server


def test_a_client_trusting_the_ca_gets_https_answers(https_server: LiveServer):
    assert https_server.url.startswith("https://")
    staff = https_server.create_token("staff")
    with https_server.client(staff) as client:
        answer = client.get(f"{API}/whoami")
    assert answer.status_code == 200
    assert answer.json()["role"] == "staff"


def test_a_client_with_default_verification_is_refused(https_server: LiveServer):
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        httpx.get(f"{https_server.url}/healthz", timeout=10)


def test_plain_http_to_the_https_port_gets_no_answer(https_server: LiveServer):
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"http://127.0.0.1:{https_server.port}/healthz", timeout=10)


def test_the_consoles_sync_client_keeps_verification_on(https_server: LiveServer):
    staff = https_server.create_token("staff")

    async def whoami() -> None:
        client = BackendClient(https_server.url, staff)
        try:
            await client.whoami()
        finally:
            await client.close()

    with pytest.raises(Unreachable, match="CERTIFICATE_VERIFY_FAILED"):
        asyncio.run(whoami())


def test_the_console_trusts_an_organisations_ca_through_ssl_cert_file(
    https_server: LiveServer, pem_files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
):
    """How a venue's own CA is trusted without turning verification off (README)."""
    monkeypatch.setenv("SSL_CERT_FILE", str(pem_files["ca"]))
    staff = https_server.create_token("staff")

    async def whoami() -> dict:
        client = BackendClient(https_server.url, staff)
        try:
            return await client.whoami()
        finally:
            await client.close()

    assert asyncio.run(whoami())["role"] == "staff"


# --- options refused before anything listens --------------------------------------------------


def serve(tmp_path: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """``serve`` in a subprocess: one that wrongly starts is stopped by the timeout, not left
    listening."""
    return subprocess.run(
        [sys.executable, "-m", "moderator.server", "serve", "--port", str(free_port()),
         "--db", str(tmp_path / "server.sqlite3"), *options],
        capture_output=True,
        text=True,
        timeout=60,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (["--ssl-certfile", "{cert}"], "--ssl-certfile needs --ssl-keyfile too"),
        (["--ssl-keyfile", "{key}"], "--ssl-keyfile needs --ssl-certfile too"),
        (
            ["--ssl-certfile", "{missing}", "--ssl-keyfile", "{key}"],
            "--ssl-certfile {missing}: no such file",
        ),
        (
            ["--ssl-certfile", "{cert}", "--ssl-keyfile", "{folder}"],
            "--ssl-keyfile {folder}: is a folder",
        ),
        (
            ["--ssl-certfile", "{cert}", "--ssl-keyfile", "{other_key}"],
            "do not make a certificate and its key",
        ),
        (
            ["--ssl-certfile", "{key}", "--ssl-keyfile", "{key}"],
            "do not make a certificate and its key",
        ),
    ],
)
def test_bad_tls_options_are_named_and_nothing_is_served(
    options: list[str], named: str, pem_files: dict[str, Path], tmp_path: Path
):
    values = {name: str(path) for name, path in pem_files.items()}
    values.update(missing=str(tmp_path / "nope.pem"), folder=str(tmp_path))
    done = serve(tmp_path, *(option.format(**values) for option in options))
    assert done.returncode == 2
    assert named.format(**values) in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "server.sqlite3").exists()  # refused before the database too


def test_serving_beyond_loopback_without_tls_warns(tmp_path: Path):
    # 192.0.2.1 is a documentation address no machine has: the bind fails after the warning,
    # so nothing is ever reachable from the network.
    done = serve(tmp_path, "--host", "192.0.2.1")
    assert "serving http://192.0.2.1:" in done.stderr
    assert "without TLS" in done.stderr
    assert "--ssl-certfile" in done.stderr


def test_serving_on_loopback_does_not_warn(live_server: LiveServer):
    assert "without TLS" not in live_server.log()
