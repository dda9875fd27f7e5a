"""Ideas as a resident meets them: search in Swedish, submit with the keyboard, similar ideas while typing,
support, comment; axe on every page."""
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from conftest import assert_accessible
from test_accounts import confirm_sign_up, type_into, h1, wait_for_path


def sign_up(driver, server):
    driver.get(server + "/sign-up")
    type_into(driver, "name", "Idé Testare")
    type_into(driver, "email", f"ide-{uuid.uuid4().hex[:8]}@example.se")
    type_into(driver, "password", "en lång mening som lösenord")
    driver.find_element(By.ID, "password").send_keys(Keys.ENTER)
    confirm_sign_up(driver, server, "en lång mening som lösenord")


def test_search_in_swedish(server, browser_sv):
    driver = browser_sv
    driver.get(server + "/ideas")
    assert_accessible(driver)
    old_page = driver.find_element(By.TAG_NAME, "main")
    type_into(driver, "q", "skolor")
    driver.find_element(By.ID, "q").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(EC.staleness_of(old_page))
    assert "q=skolor" in driver.current_url
    titles = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".idea-card-title a")]
    assert titles, "search for 'skolor' found nothing"
    assert any("skol" in title.lower() for title in titles)
    count = driver.find_element(By.CLASS_NAME, "result-count").text
    assert count.endswith("idéer")
    assert_accessible(driver)
    # The pagination is keyboard-reachable when there are more pages.
    driver.get(server + "/ideas")
    assert driver.find_elements(By.CSS_SELECTOR, "a[rel='next']")


def test_submit_support_comment(server, browser_sv):
    driver = browser_sv
    sign_up(driver, server)
    driver.get(server + "/ideas/new")
    assert h1(driver) == "Skicka in en idé"
    assert_accessible(driver)

    # Similar ideas appear while typing (JavaScript), in a live region.
    type_into(driver, "title", "Cyklar att låna vid stationen")
    type_into(driver, "summary", "Lånecyklar vid stationen för pendlare")
    WebDriverWait(driver, 15).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#similar-ideas li a"))
    assert "Lånecyklar vid stationen" in driver.find_element(By.ID, "similar-ideas").text
    assert_accessible(driver)

    title = f"Cykelgarage vid stationen {uuid.uuid4().hex[:4]}"
    type_into(driver, "title", title)
    type_into(driver, "need", "Pendlare som vill låsa in cykeln över dagen.")
    theme = driver.find_element(By.CSS_SELECTOR, "input[name='themes[]']")
    theme.send_keys(Keys.SPACE)
    driver.find_element(By.CSS_SELECTOR, "button[value='submit']").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: "/ideas/" in d.current_url and "done=submitted" in d.current_url)
    assert h1(driver) == title
    assert "Din idé är inskickad" in driver.page_source
    assert_accessible(driver)

    # Support it.
    driver.find_element(By.XPATH, "//button[normalize-space()='Stöd idén']").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(EC.presence_of_element_located((By.XPATH, "//*[contains(text(), 'Du stödjer den här idén.')]")))
    assert "1 stöd" in driver.find_element(By.CLASS_NAME, "support-count").text

    # Comment on it.
    type_into(driver, "body", "Jag kan testa det första veckan.")
    driver.find_element(By.XPATH, "//button[normalize-space()='Skicka kommentaren']").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: "done=comment" in d.current_url)
    assert "Jag kan testa det första veckan." in driver.page_source
    assert_accessible(driver)


def test_challenges_and_triage_pages(server, browser_sv):
    driver = browser_sv
    driver.get(server + "/challenges")
    assert h1(driver) == "Utmaningar"
    assert_accessible(driver)
    driver.find_element(By.CSS_SELECTOR, ".idea-card-title a").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: "/challenges/" in d.current_url)
    assert_accessible(driver)

    driver.get(server + "/sign-in")
    type_into(driver, "email", "coach@demo.hubben.example")
    type_into(driver, "password", "hubben-demo-2026")
    driver.find_element(By.ID, "password").send_keys(Keys.ENTER)
    wait_for_path(driver, server, "/account")
    driver.get(server + "/triage")
    assert h1(driver) == "Att bedöma"
    assert_accessible(driver)
    driver.find_element(By.CSS_SELECTOR, "tbody a").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(EC.presence_of_element_located((By.ID, "triage-heading")))
    assert_accessible(driver)
