"""Schemathesis against the served `openapi.yaml`, anonymous and with a token, on a server of its own (its
calls create, change and delete). Bounded in examples and time. Fails on any 5xx, any answer that breaks the
schema or the documented status codes, and any dropped connection; the server must still be the same
process at the end."""
import json
import os
import subprocess
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, running_demo

SCHEMATHESIS = Path(ROOT / ".venv" / "bin" / "schemathesis")
MAX_EXAMPLES = os.environ.get("HUBBEN_FUZZ_EXAMPLES", "30")


@pytest.fixture(scope="module")
def api_server():
    """A server of its own: schemathesis creates, changes and deletes."""
    with running_demo("hubben-fuzz-", keep_log_as="fuzz-api-server.log") as running:
        yield running


def token(base_url: str, email: str) -> str:
    body = json.dumps({"email": email, "password": "hubben-demo-2026"}).encode()
    request = urllib.request.Request(base_url + "/api/v1/auth/token", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["token"]


@pytest.mark.parametrize("identity", ["anonymous", "coach"])
def test_api_conforms_under_schemathesis(api_server, identity):
    base_url, process = api_server
    arguments = [str(SCHEMATHESIS), "run", base_url + "/api/v1/openapi.yaml", "--url", base_url + "/api/v1",
                 "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,"
                 "response_headers_conformance",
                 "--max-examples", MAX_EXAMPLES, "--phases", "examples,coverage,fuzzing", "--request-timeout", "30",
                 "--max-failures", "50", "--seed", "2026", "--no-color",
                 "--report", "junit", "--report-dir", str(ROOT / "e2e" / "artifacts" / f"schemathesis-{identity}")]
    if identity != "anonymous":
        arguments += ["--header", f"Authorization: Bearer {token(base_url, 'coach@demo.hubben.example')}"]
    result = subprocess.run(arguments, cwd=ROOT, capture_output=True, text=True, timeout=900)
    output = result.stdout + result.stderr
    (ROOT / "e2e" / "artifacts").mkdir(exist_ok=True)
    (ROOT / "e2e" / "artifacts" / f"schemathesis-{identity}.txt").write_text(output)
    assert process.poll() is None, "the server exited during the run"
    assert result.returncode == 0, output[-8000:]
    with urllib.request.urlopen(base_url + "/healthz", timeout=10) as response:
        assert response.status == 200
