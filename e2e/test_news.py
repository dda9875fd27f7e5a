"""News end to end on the demo: the hub team writes a post filled to its limits with an image (refused first
for the missing text alternative, everything kept); a guest comments on it from a phone (refused first for the
missing address, everything kept) and the comment appears only after a moderator approves it; both Atom feeds
validate against the RFC 4287 RELAX NG schema with jing and parse in feedparser without a bozo flag. axe on every
page, in Swedish and English."""
import base64
import re
import subprocess
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

import feedparser
from selenium.webdriver.common.by import By
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.support.ui import WebDriverWait as SeleniumWait

from conftest import assert_accessible, make_driver
from test_accounts import h1, type_into
from test_hostile_input import long_text, set_value
from test_notifications import sign_in
from test_projects import press

SCHEMA = Path(__file__).resolve().parent / "schemas" / "atom.rnc"
ONE_PIXEL_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGMAAQAABQABDQottAAAAABJRU5ErkJggg==")


def WebDriverWait(driver, timeout):
    """A wait that looks again when the page it was reading has just been replaced (after a form is sent)."""
    return SeleniumWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException,))


def test_the_hub_team_writes_a_post_and_a_guest_comment_appears_after_moderation(server, browser_sv, browser_phone):
    coach = browser_sv
    sign_in(coach, server, "coach@demo.hubben.example")
    coach.get(server + "/news/new")
    assert h1(coach) == "Ny nyhet"
    assert_accessible(coach)
    title = ("Solceller på stadshuset " + uuid.uuid4().hex[:8] + " " + long_text(200)).replace("\n", " ")[:200].strip()
    summary = long_text(500)
    body = ("## Vad händer nu?\n\n" + long_text(50000))[:50000]
    set_value(coach, "title", title)
    set_value(coach, "summary", summary)
    set_value(coach, "body", body)
    image = Path(tempfile.mkdtemp()) / "tak.png"
    image.write_bytes(ONE_PIXEL_PNG)
    coach.find_element(By.ID, "image").send_keys(str(image))
    coach.find_element(By.CSS_SELECTOR, "input[name='themes[]'], input[name='themes']").click()
    coach.find_element(By.ID, "status").send_keys("Publicerad")
    # No text alternative for the image: refused at its field, everything typed kept.
    press(coach, "Spara nyheten")
    WebDriverWait(coach, 15).until(lambda d: d.find_elements(By.ID, "image_alt-error"))
    assert coach.title.startswith("Fel:")
    assert coach.find_element(By.ID, "title").get_attribute("value") == title
    assert coach.find_element(By.ID, "body").get_attribute("value") == body
    assert_accessible(coach)
    set_value(coach, "image_alt", long_text(300).replace("\n", " "))
    coach.find_element(By.ID, "image").send_keys(str(image))
    press(coach, "Spara nyheten")
    WebDriverWait(coach, 15).until(lambda d: re.search(r"/news/\d+\?done=saved", d.current_url))
    post_path = re.search(r"/news/\d+", coach.current_url).group(0)
    assert h1(coach) == title
    assert coach.find_elements(By.CSS_SELECTOR, ".news-body h2")
    assert_accessible(coach)

    guest = browser_phone
    guest.get(server + "/news")
    assert_accessible(guest)
    guest.get(server + post_path)
    assert h1(guest) == title
    assert_accessible(guest)
    press(guest, "Skriv en kommentar")
    WebDriverWait(guest, 15).until(lambda d: d.current_url.endswith(post_path + "/comments"))
    assert_accessible(guest)
    comment = long_text(5000)
    name = ("Gunnel Gäst " + "Å" * 80)[:80]
    type_into(guest, "comment_name", name)
    set_value(guest, "comment_body", comment)
    time.sleep(3.2)
    press(guest, "Skicka kommentaren")
    WebDriverWait(guest, 15).until(lambda d: d.find_elements(By.ID, "comment_email-error"))
    assert guest.find_element(By.ID, "comment_name").get_attribute("value") == name
    assert guest.find_element(By.ID, "comment_body").get_attribute("value") == comment
    assert_accessible(guest)
    email = f"gunnel-{uuid.uuid4().hex[:8]}@example.se"
    type_into(guest, "comment_email", email)
    press(guest, "Skicka kommentaren")
    WebDriverWait(guest, 15).until(lambda d: "done=waiting" in d.current_url)
    assert "Din kommentar visas när den har granskats" in guest.page_source
    assert "Åsa och Örjan cyklar" not in guest.find_element(By.ID, "comments").text
    assert_accessible(guest)

    coach.get(server + "/admin/comments")
    assert_accessible(coach)
    item = coach.find_element(By.XPATH, f"//li[contains(@class, 'comment')][.//a[contains(@href, '{post_path}#')]]")
    assert email not in coach.page_source
    item.find_element(By.XPATH, ".//button[normalize-space()='Godkänn']").click()
    WebDriverWait(coach, 15).until(lambda d: d.current_url.endswith("/admin/comments"))
    guest.get(server + post_path)
    assert name in guest.find_element(By.ID, "comments").text
    assert email not in guest.page_source

    # Hidden again with a reason filled to its limit: moderators see why, the public no longer sees it.
    coach.get(server + post_path)
    reason = long_text(500).replace("\n", " ")
    comment_item = coach.find_element(By.XPATH, f"//li[contains(@class, 'comment')][contains(., '{name[:20]}')]")
    field = comment_item.find_element(By.CSS_SELECTOR, "input[name='reason']")
    set_value(coach, field.get_attribute("id"), reason)
    comment_item.find_element(By.XPATH, ".//button[normalize-space()='Dölj']").click()
    WebDriverWait(coach, 15).until(lambda d: "done=saved" in d.current_url)
    assert "Dold: " + reason in coach.page_source.replace("&nbsp;", " ") or reason[:200] in coach.page_source
    assert_accessible(coach)
    guest.get(server + post_path)
    assert name not in guest.find_element(By.ID, "comments").text


def test_news_pages_in_english(server, browser_en):
    browser_en.get(server + "/news")
    assert h1(browser_en) == "News"
    assert_accessible(browser_en)
    first = browser_en.find_element(By.CSS_SELECTOR, ".news-list a").get_attribute("href")
    browser_en.get(first)
    assert_accessible(browser_en)


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.headers["Content-Type"].startswith("application/atom+xml")
        return response.read()


def test_the_atom_feeds_validate_against_the_rfc_4287_schema_and_parse_in_feedparser(server, tmp_path):
    for path in ["/news/feed.atom", "/projects/feed.atom"]:
        feed = fetch(server + path)
        target = tmp_path / (path.strip("/").replace("/", "-"))
        target.write_bytes(feed)
        checked = subprocess.run(["jing", "-c", str(SCHEMA), str(target)], capture_output=True, text=True)
        assert checked.returncode == 0, f"{path}: {checked.stdout}"
        parsed = feedparser.parse(feed)
        assert not parsed.bozo, f"{path}: {parsed.get('bozo_exception')}"
        assert parsed.entries, f"{path} has no entries"
        assert all(entry.get("id") and entry.get("link") and entry.get("updated") for entry in parsed.entries)
