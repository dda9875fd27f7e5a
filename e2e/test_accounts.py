"""A person's account from start to end, with the keyboard only, and axe on every page."""
import json
import time
import uuid

from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from conftest import assert_accessible, logged_link

PASSWORD = "en lång mening som lösenord"
DEMO_PASSWORD = "hubben-demo-2026"


def type_into(driver, field_id: str, text: str) -> None:
    field = driver.find_element(By.ID, field_id)
    field.clear()
    field.send_keys(text)


def h1(driver) -> str:
    # While a form's answer replaces the page, the heading found can leave the document before its text is read
    # (Chromium: "Node with given id does not belong to the document"): read the new page's instead.
    for _ in range(50):
        try:
            return driver.find_element(By.TAG_NAME, "h1").text
        except NoSuchElementException:
            raise
        except StaleElementReferenceException:
            pass
        except WebDriverException as error:
            if "does not belong to the document" not in str(error):
                raise
        time.sleep(0.1)
    return driver.find_element(By.TAG_NAME, "h1").text


def wait_for_path(driver, server: str, path: str) -> None:
    WebDriverWait(driver, 15).until(lambda d: d.current_url.split("?")[0] == server + path)


def confirm_sign_up(driver, server: str, password: str) -> None:
    """After the sign-up form: follow the link from the mail and confirm with the password chosen."""
    wait_for_path(driver, server, "/sign-up/sent")
    driver.get(logged_link(server, "/sign-up/confirm"))
    type_into(driver, "password", password)
    driver.find_element(By.ID, "password").send_keys(Keys.ENTER)
    wait_for_path(driver, server, "/account")


def test_register_sign_out_sign_in_language_export_delete(server, browser_sv):
    driver = browser_sv
    email = f"e2e-{uuid.uuid4().hex[:8]}@example.se"

    # Register.
    driver.get(server + "/sign-up")
    assert h1(driver) == "Skapa konto"
    assert_accessible(driver)
    type_into(driver, "name", "Testa Testsson")
    type_into(driver, "email", email)
    type_into(driver, "password", PASSWORD)
    driver.find_element(By.ID, "password").send_keys(Keys.ENTER)
    wait_for_path(driver, server, "/sign-up/sent")
    assert h1(driver) == "Kolla din e-post"
    assert_accessible(driver)

    # Follow the link from the mail and confirm with the password chosen: a wrong one first.
    driver.get(logged_link(server, "/sign-up/confirm"))
    assert h1(driver) == "Bekräfta ditt konto"
    assert email in driver.page_source
    assert_accessible(driver)
    type_into(driver, "password", "inte det jag valde")
    driver.find_element(By.ID, "password").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(EC.presence_of_element_located((By.ID, "password-error")))
    assert_accessible(driver)
    type_into(driver, "password", PASSWORD)
    driver.find_element(By.ID, "password").send_keys(Keys.ENTER)
    wait_for_path(driver, server, "/account")
    assert "Välkommen till Hubben!" in driver.page_source
    assert_accessible(driver)

    # Sign out: Tab to the header's sign-out button and press Enter.
    driver.get(server + "/")
    for _ in range(20):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        if driver.switch_to.active_element.text == "Logga ut":
            break
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(EC.presence_of_element_located((By.LINK_TEXT, "Logga in")))

    # A wrong password first: the message is at the field and in the summary.
    driver.get(server + "/sign-in")
    assert_accessible(driver)
    type_into(driver, "email", email)
    type_into(driver, "password", "fel lösenord igen")
    driver.find_element(By.ID, "password").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(EC.presence_of_element_located((By.CLASS_NAME, "error-summary")))
    assert driver.title.startswith("Fel: ")
    assert driver.find_element(By.ID, "email").get_attribute("value") == email
    assert_accessible(driver)

    # Sign in.
    type_into(driver, "password", PASSWORD)
    driver.find_element(By.ID, "password").send_keys(Keys.ENTER)
    wait_for_path(driver, server, "/account")
    assert h1(driver) == "Mina uppgifter"

    # Change language on the account page: choose English with the keyboard and save.
    # The form posts to the page it is on: wait for that page to go before reading the new one (reading it while
    # the browser replaces it raised a stale element once).
    driver.find_element(By.ID, "language").send_keys("English")
    before = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, "form[action='/account'] button[type=submit]").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(EC.staleness_of(before))
    wait_for_path(driver, server, "/account")
    WebDriverWait(driver, 15, ignored_exceptions=[StaleElementReferenceException]).until(
        lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en")
    assert h1(driver) == "My account"
    assert "Your details have been saved." in driver.page_source
    assert_accessible(driver)

    # Download my data: the link is there and the file is my data as JSON.
    link = driver.find_element(By.LINK_TEXT, "Download my data")
    assert link.get_attribute("download")
    data = driver.execute_async_script(
        "const done = arguments[0];"
        "fetch('/account/export', {credentials: 'same-origin'}).then(r => r.text()).then(done);"
    )
    exported = json.loads(data)
    assert exported["account"]["email"] == email
    assert exported["account"]["roles"] == ["resident"]

    # Delete the account.
    driver.get(server + "/account/delete")
    assert_accessible(driver)
    type_into(driver, "password", PASSWORD)
    driver.find_element(By.ID, "password").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: "deleted" in h1(d))
    assert h1(driver) == "Your account has been deleted"
    assert_accessible(driver)

    # Gone: signing in again fails.
    driver.get(server + "/sign-in")
    type_into(driver, "email", email)
    type_into(driver, "password", PASSWORD)
    driver.find_element(By.ID, "password").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(EC.presence_of_element_located((By.CLASS_NAME, "error-summary")))


def test_admin_pages(server, browser_sv):
    driver = browser_sv
    driver.get(server + "/sign-in")
    type_into(driver, "email", "admin@demo.hubben.example")
    type_into(driver, "password", DEMO_PASSWORD)
    driver.find_element(By.ID, "password").send_keys(Keys.ENTER)
    wait_for_path(driver, server, "/account")
    driver.get(server + "/admin")
    assert h1(driver) == "Administration"
    assert "coach@demo.hubben.example" in driver.page_source
    assert_accessible(driver)
    driver.get(server + "/admin/audit")
    assert h1(driver) == "Granskningslogg"
    assert_accessible(driver)


def test_forgot_password_page(server, browser_en):
    browser_en.get(server + "/forgot-password")
    assert h1(browser_en) == "Forgotten your password?"
    assert_accessible(browser_en)
    type_into(browser_en, "email", "nobody@example.se")
    browser_en.find_element(By.ID, "email").send_keys(Keys.ENTER)
    WebDriverWait(browser_en, 15).until(EC.presence_of_element_located((By.CLASS_NAME, "banner")))
    assert "If there is an account with that address" in browser_en.page_source
    assert_accessible(browser_en)
