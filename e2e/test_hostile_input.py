"""What people and attackers type, in a real browser: long texts filled to their limits (Swedish letters, emoji,
line breaks) are saved whole, a refused form keeps every character, and markup in every field a person
controls stays text on every page that shows it (checked in the browser's DOM and with an HTML parser)."""
import json
import urllib.request
import uuid
from html.parser import HTMLParser

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import assert_accessible
from test_accounts import confirm_sign_up, type_into, wait_for_path
from test_ideas import sign_up

HOSTILE = "x\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\"><b data-hostile='1'>fet</b><script>window.hostile=1</script>"


def long_text(limit: int) -> str:
    """Exactly `limit` characters of realistic Swedish with emoji and line breaks."""
    line = "Åsa och Örjan cyklar längs ån 🚲 och önskar sig säkrare övergångar.\n"
    text = (line * (limit // len(line) + 1))[:limit]
    return text[:-1] + "ä"


def wait_for_idea_page(driver, server: str) -> str:
    """Waits for the redirect to a new idea and answers its path."""
    WebDriverWait(driver, 15).until(lambda d: d.current_url.split("?")[0].split("/ideas/")[-1].isdigit())
    return "/ideas/" + driver.current_url.split("/ideas/")[1].split("?")[0]


def set_value(driver, field_id: str, text: str) -> None:
    """ChromeDriver types only the Basic Multilingual Plane; emoji arrive the way pasted text does."""
    element = driver.find_element(By.ID, field_id)
    driver.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))", element, text)


class ElementCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        names = {name for name, _ in attrs}
        if (tag == "meta" and "http-equiv" in names) or "data-hostile" in names or tag == "b":
            self.found.append((tag, attrs))
        if tag == "script" and not any(name == "src" for name in names):
            self.found.append((tag, attrs))


def test_long_idea_is_saved_whole_and_a_refused_one_keeps_every_character(server, browser_sv):
    driver = browser_sv
    sign_up(driver, server)
    driver.get(server + "/ideas/new")
    summary, need = long_text(5000), long_text(5000)
    # Refused (no title): every character comes back in its field.
    set_value(driver, "summary", summary)
    set_value(driver, "need", need)
    driver.find_element(By.CSS_SELECTOR, "form[action='/ideas'] button.button-primary").click()
    wait_for_path(driver, server, "/ideas")
    assert driver.find_element(By.ID, "summary").get_attribute("value") == summary
    assert driver.find_element(By.ID, "need").get_attribute("value") == need
    assert driver.find_elements(By.CSS_SELECTOR, ".error-summary")
    assert_accessible(driver)
    # Accepted: the whole text is on the idea's page.
    title = f"Säkrare övergångar för cyklister {uuid.uuid4().hex[:6]} 🚲"
    set_value(driver, "title", title)
    driver.find_element(By.CSS_SELECTOR, "input[name='themes[]']").click()
    driver.find_element(By.CSS_SELECTOR, "form[action='/ideas'] button.button-primary").click()
    idea_path = wait_for_idea_page(driver, server)
    assert driver.find_element(By.TAG_NAME, "h1").text == title
    with urllib.request.urlopen(f"{server}/api/v1{idea_path}") as response:
        saved = json.loads(response.read())
    # Browsers send a textarea's line breaks as CRLF (HTML's form submission); every character is kept.
    assert saved["summary"].replace("\r\n", "\n") == summary.strip()
    assert saved["need"].replace("\r\n", "\n") == need.strip()
    assert_accessible(driver)
    # A comment at its limit too.
    comment = long_text(5000)
    set_value(driver, "body", comment)
    driver.find_element(By.CSS_SELECTOR, "form[action$='/comments'] button[type='submit']").click()
    WebDriverWait(driver, 15).until(lambda d: "comment" in d.current_url or d.find_elements(By.CSS_SELECTOR, ".comment"))
    with urllib.request.urlopen(f"{server}/api/v1{idea_path}/comments") as response:
        comments = json.loads(response.read())
    bodies = [c["body"].replace("\r\n", "\n") for c in (comments["items"] if isinstance(comments, dict) else comments)]
    assert comment.strip() in bodies


def test_markup_in_every_person_field_stays_text(server, browser_sv, browser_phone):
    driver = browser_sv
    driver.get(server + "/sign-up")
    set_value(driver, "name", HOSTILE[:100])
    type_into(driver, "email", f"fientlig-{uuid.uuid4().hex[:8]}@example.se")
    type_into(driver, "password", "en lång mening som lösenord")
    driver.find_element(By.CSS_SELECTOR, "form[action='/sign-up'] button[type='submit']").click()
    confirm_sign_up(driver, server, "en lång mening som lösenord")

    driver.get(server + "/ideas/new")
    set_value(driver, "title", HOSTILE[:140])
    set_value(driver, "summary", HOSTILE)
    set_value(driver, "need", HOSTILE)
    driver.find_element(By.CSS_SELECTOR, "input[name='themes[]']").click()
    driver.find_element(By.CSS_SELECTOR, "form[action='/ideas'] button.button-primary").click()
    idea_path = wait_for_idea_page(driver, server)
    set_value(driver, "body", HOSTILE)
    driver.find_element(By.CSS_SELECTOR, "form[action$='/comments'] button[type='submit']").click()
    wait_for_path(driver, server, idea_path)

    for path in [idea_path, "/ideas", "/ideas?q=meta", "/", "/account", idea_path + "/edit"]:
        driver.get(server + path)
        assert driver.current_url.startswith(server), f"{path} sent the browser to {driver.current_url}"
        injected = driver.execute_script(
            "return document.querySelectorAll('meta[http-equiv], [data-hostile], main b').length + (window.hostile ? 100 : 0)")
        assert injected == 0, f"{path}: markup from a person's text became part of the page"
        collector = ElementCollector()
        collector.feed(driver.page_source)
        assert not collector.found, f"{path}: {collector.found[:3]}"
    driver.get(server + idea_path)
    assert HOSTILE[:140].strip() in driver.title
    assert_accessible(driver)
    # Its long unbroken words wrap on a 320 px phone instead of widening the page.
    for path in [idea_path, "/ideas", "/"]:
        browser_phone.get(server + path)
        width = browser_phone.execute_script("return document.documentElement.scrollWidth")
        assert width <= 320, f"{path} scrolls sideways on a phone: {width} px"
