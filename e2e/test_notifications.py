"""Notifications end to end: a resident chooses mail at once, follows an idea, a coach comments, the resident
sees the bell's count, opens the notification, and the demo administrator finds the mail at /admin/mail
(demo mode keeps every mail); the unsubscribe page and following a project. axe on every page."""
import re
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import assert_accessible, make_driver
from test_accounts import confirm_sign_up, h1, type_into, wait_for_path
from test_projects import press


def sign_up_as(driver, server, name, email):
    driver.get(server + "/sign-up")
    type_into(driver, "name", name)
    type_into(driver, "email", email)
    type_into(driver, "password", "en lång mening som lösenord")
    driver.find_element(By.ID, "password").send_keys(Keys.ENTER)
    confirm_sign_up(driver, server, "en lång mening som lösenord")


def sign_in(driver, server, email):
    driver.get(server + "/sign-in")
    type_into(driver, "email", email)
    type_into(driver, "password", "hubben-demo-2026")
    driver.find_element(By.ID, "password").send_keys(Keys.ENTER)
    wait_for_path(driver, server, "/account")


def test_follow_comment_bell_and_mail(server, browser_sv):
    resident = browser_sv
    email = f"foljare-{uuid.uuid4().hex[:8]}@example.se"
    sign_up_as(resident, server, "Frida Följare", email)

    # Mail at once about comments, chosen on "Mina uppgifter" with the keyboard.
    resident.get(server + "/account#notification-preferences")
    assert_accessible(resident)
    Select(resident.find_element(By.ID, "idea_comment")).select_by_visible_text("Direkt")
    Select(resident.find_element(By.ID, "project_update")).select_by_visible_text("Ingen e-post")
    resident.find_element(By.XPATH, "//button[normalize-space()='Spara valen']").send_keys(Keys.ENTER)
    WebDriverWait(resident, 15).until(lambda d: "preferences=saved" in d.current_url)
    assert "Dina val är sparade." in resident.page_source
    assert Select(resident.find_element(By.ID, "idea_comment")).first_selected_option.text == "Direkt"

    # Follow the newest idea.
    resident.get(server + "/ideas")
    resident.find_element(By.CSS_SELECTOR, ".idea-card-title a").send_keys(Keys.ENTER)
    WebDriverWait(resident, 15).until(lambda d: re.search(r"/ideas/\d+$", d.current_url))
    idea_url = resident.current_url
    idea_title = h1(resident)
    press(resident, "Följ idén")
    WebDriverWait(resident, 15).until(lambda d: "Sluta följa" in d.page_source)

    # A coach comments.
    coach = make_driver("sv-SE,sv")
    try:
        sign_in(coach, server, "coach@demo.hubben.example")
        coach.get(idea_url)
        text = f"Vi tar upp det här på nästa möte ({uuid.uuid4().hex[:4]})."
        type_into(coach, "body", text)
        coach.find_element(By.XPATH, "//button[normalize-space()='Skicka kommentaren']").send_keys(Keys.ENTER)
        WebDriverWait(coach, 15).until(lambda d: "done=comment" in d.current_url)
    finally:
        coach.quit()

    # The bell shows the count in text within a few rounds of the background work.
    def bell(driver):
        driver.get(server + "/ideas")
        return driver.find_element(By.CSS_SELECTOR, "a.bell").get_attribute("aria-label")

    WebDriverWait(resident, 30, poll_frequency=1).until(lambda d: bell(d) == "Aviseringar, 1 olästa")
    assert resident.find_element(By.CLASS_NAME, "bell-count").text == "1"
    assert_accessible(resident)

    resident.find_element(By.CSS_SELECTOR, "a.bell").send_keys(Keys.ENTER)
    wait_for_path(resident, server, "/notifications")
    assert h1(resident) == "Aviseringar"
    headline = resident.find_element(By.CSS_SELECTOR, ".notification-unread .notification-headline a")
    assert headline.text == f"Sara Nilsson kommenterade ”{idea_title}”"
    assert text in resident.page_source
    assert_accessible(resident)
    headline.send_keys(Keys.ENTER)
    WebDriverWait(resident, 15).until(lambda d: d.current_url == idea_url)
    assert bell(resident) == "Aviseringar"

    # The demo administrator sees the mail as it would arrive.
    admin = make_driver("sv-SE,sv")
    try:
        sign_in(admin, server, "admin@demo.hubben.example")
        admin.get(server + "/admin/mail")
        assert h1(admin) == "E-post"
        assert_accessible(admin)
        row = admin.find_element(By.XPATH, f"//tr[td[normalize-space()='{email}']]")
        row.find_element(By.TAG_NAME, "a").send_keys(Keys.ENTER)
        WebDriverWait(admin, 15).until(lambda d: re.search(r"/admin/mail/\d+$", d.current_url))
        source = admin.find_element(By.XPATH, "//h2[normalize-space()='Hela meddelandet']/following-sibling::pre").text
        assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in source
        assert "Content-Type: multipart/alternative" in source
        assert text.split(" (")[0] in admin.page_source
        assert_accessible(admin)
        link = re.search(r"<(http[^>]+/unsubscribe/[^>]+)>", source.replace("\n ", " "))
        assert link, source[:2000]
        unsubscribe_url = link.group(1)
    finally:
        admin.quit()

    # The unsubscribe link: the page asks; only the button stops the mail.
    resident.get(unsubscribe_url)
    assert h1(resident) == "Sluta få e-post"
    assert "Kommentarer på idéer jag lämnat eller följer" in resident.page_source
    assert_accessible(resident)
    resident.get(server + "/account#notification-preferences")
    assert Select(resident.find_element(By.ID, "idea_comment")).first_selected_option.text == "Direkt"
    resident.get(unsubscribe_url)
    press(resident, "Ja, sluta skicka")
    WebDriverWait(resident, 15).until(lambda d: "Du får ingen mer e-post om det här." in d.page_source)
    assert_accessible(resident)
    resident.get(server + "/account#notification-preferences")
    assert Select(resident.find_element(By.ID, "idea_comment")).first_selected_option.text == "Ingen e-post"


def test_follow_a_project(server, browser_sv):
    driver = browser_sv
    sign_up_as(driver, server, "Projekt Följare", f"projekt-{uuid.uuid4().hex[:8]}@example.se")
    driver.get(server + "/projects")
    driver.find_element(By.CSS_SELECTOR, ".project-card-title a").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: re.search(r"/projects/\d+$", d.current_url))
    press(driver, "Följ projektet")
    WebDriverWait(driver, 15).until(lambda d: "Du följer projektet" in d.page_source)
    assert_accessible(driver)
    press(driver, "Sluta följa")
    WebDriverWait(driver, 15).until(lambda d: "Du följer projektet" not in d.page_source)
    driver.get(server + "/notifications")
    assert "Inga aviseringar än." in driver.page_source
    assert_accessible(driver)
