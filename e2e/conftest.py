"""End-to-end tests: the real `hubben` binary, a real headless Chromium, axe on every page visited."""
import contextlib
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).resolve().parent.parent
BINARY = Path(os.environ.get("HUBBEN_BINARY", ROOT / ".build" / "debug" / "hubben"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_health(base_url: str, process: subprocess.Popen, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"hubben exited early with status {process.returncode}")
        try:
            with urllib.request.urlopen(base_url + "/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError("hubben did not become healthy in time")


SERVER_LOGS: dict[str, Path] = {}


def logged_link(server: str, path: str) -> str:
    """The newest link to `path` that the development server logged when it queued the mail (the demo sends
    none; it keeps every message at /admin/mail): what the person would follow from their mail."""
    log = SERVER_LOGS[server].read_text(encoding="utf-8")
    links = re.findall(re.escape(path) + r"\?token=[A-Za-z0-9_-]+", log)
    assert links, f"the server logged no link to {path}"
    return server + links[-1]


@contextlib.contextmanager
def running_demo(prefix: str, keep_log_as: str | None = None):
    """`hubben demo` on a free port with a temporary database. Yields the base URL and the process; a server
    that ended during the run fails the caller (a crash shows as an exit status)."""
    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    port = free_port()
    env = dict(os.environ, HUBBEN_DEMO_SQLITE_PATH=str(workdir / "demo.sqlite"))
    env.pop("DATABASE_URL", None)
    log = open(workdir / "server.log", "w")
    process = subprocess.Popen(
        [str(BINARY), "demo", "--port", str(port)], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
    )
    base_url = f"http://127.0.0.1:{port}"
    SERVER_LOGS[base_url] = workdir / "server.log"
    try:
        wait_for_health(base_url, process)
        yield base_url, process
        # Nothing that was sent may have ended the server: the process that answered the first request is
        # still running.
        assert process.poll() is None, f"hubben exited with status {process.returncode} during the run"
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
        if keep_log_as:
            artifacts = ROOT / "e2e" / "artifacts"
            artifacts.mkdir(exist_ok=True)
            shutil.copy(workdir / "server.log", artifacts / keep_log_as)
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def server():
    """The site as a visitor sees it, shared by the suite."""
    with running_demo("hubben-e2e-") as (base_url, _):
        yield base_url


def make_driver(language: str, width: int = 1280, height: int = 900) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={width},{height}", f"--lang={language}"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    chromium = shutil.which("chromium")
    if chromium:
        options.binary_location = chromium
    service = Service(executable_path=shutil.which("chromedriver") or "chromedriver")
    return webdriver.Chrome(options=options, service=service)


@pytest.fixture
def browser_sv():
    driver = make_driver("sv-SE,sv")
    yield driver
    driver.quit()


@pytest.fixture
def browser_en():
    driver = make_driver("en-GB,en")
    yield driver
    driver.quit()


@pytest.fixture
def browser_phone():
    driver = make_driver("sv-SE,sv", width=500, height=800)
    # Chromium will not make a window narrower than 500 px; emulate a 320 px phone screen instead.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 320, "height": 800, "deviceScaleFactor": 1, "mobile": True})
    yield driver
    driver.quit()


def axe_script() -> str | None:
    """Prefer a current axe-core (shipped in the axe-playwright-python wheel, installed without its
    dependencies) over the older one bundled with axe-selenium-python."""
    import importlib.util

    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "axe.min.js"
    return str(path) if path.exists() else None


def assert_accessible(driver) -> None:
    """axe finds no serious or critical violation on the page now shown."""
    script = axe_script()
    axe = Axe(driver, script) if script else Axe(driver)
    axe.inject()
    results = axe.run(options="{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}}")
    bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    assert not bad, f"{driver.current_url}\n" + axe.report(bad)
