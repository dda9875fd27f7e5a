"""The accelerator as a coach works it, with the keyboard only: an accepted idea becomes a project, goes
through need insight and pretotype to a procurement outcome, and the public page and board show it. axe on
every page."""
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import assert_accessible
from test_accounts import type_into, h1, wait_for_path


def sign_in_as_coach(driver, server):
    driver.get(server + "/sign-in")
    type_into(driver, "email", "coach@demo.hubben.example")
    type_into(driver, "password", "hubben-demo-2026")
    driver.find_element(By.ID, "password").send_keys(Keys.ENTER)
    wait_for_path(driver, server, "/account")


def press(driver, text):
    """Moves focus to the link or button with this text and activates it with Enter."""
    element = driver.find_element(By.XPATH, f"//main//*[self::a or self::button][normalize-space()='{text}']")
    element.send_keys(Keys.ENTER)


def choose(driver, field_id, option_text):
    """Picks an option of a select by typing its text, as a keyboard user does."""
    driver.find_element(By.ID, field_id).send_keys(option_text)
    selected = driver.execute_script(f"const s = document.getElementById('{field_id}'); return s.options[s.selectedIndex].text;")
    assert selected == option_text, f"{field_id}: {selected!r}"


def check(driver, css):
    box = driver.find_element(By.CSS_SELECTOR, css)
    if not box.is_selected():
        box.send_keys(Keys.SPACE)
    assert box.is_selected()


def wait_for(driver, fragment):
    WebDriverWait(driver, 15).until(lambda d: fragment in d.current_url)


def add_experiment(driver, hypothesis):
    press(driver, "Nytt experiment")
    wait_for(driver, "/experiments/new")
    assert_accessible(driver)
    type_into(driver, "hypothesis", hypothesis)
    choose(driver, "method", "Intervjuer")
    type_into(driver, "success_criterion", "Minst 7 av 10 beskriver problemet själva.")
    type_into(driver, "participants", "12")
    choose(driver, "result", "Stödd")
    type_into(driver, "learning", "Problemet är verkligt.")
    driver.find_element(By.ID, "learning").send_keys(Keys.TAB, Keys.ENTER)
    wait_for(driver, "done=saved")


def test_coach_takes_an_accepted_idea_to_procurement(server, browser_sv):
    driver = browser_sv
    sign_in_as_coach(driver, server)

    # An accepted idea without a project yet.
    driver.get(server + "/ideas?status=accepted&per=100")
    links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, ".idea-card-title a")]
    for link in links:
        driver.get(link)
        if driver.find_elements(By.XPATH, "//a[normalize-space()='Starta ett projekt från idén']"):
            break
    else:
        raise AssertionError("no accepted idea without a project in the demo")
    idea_url = driver.current_url
    press(driver, "Starta ett projekt från idén")
    wait_for(driver, "/projects/new?idea=")
    assert h1(driver) == "Starta ett projekt"
    assert_accessible(driver)
    title = f"Projekt {uuid.uuid4().hex[:6]}"
    type_into(driver, "title", title)
    # Nothing chosen as owner: the form says so and keeps what was typed.
    press(driver, "Starta projektet")
    WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.CLASS_NAME, "error-summary"))
    assert "Fyll i ”Ägande organisationer”" in driver.page_source
    assert driver.find_element(By.ID, "title").get_attribute("value") == title
    assert_accessible(driver)
    check(driver, "#organizations input[type='checkbox']")
    press(driver, "Starta projektet")
    wait_for(driver, "done=created")
    project_url = driver.current_url.split("?")[0]
    assert h1(driver) == title
    assert "Fas: Behovsinsikt" in driver.page_source
    assert_accessible(driver)

    # Need insight: an experiment, then the gate to pretotype resting on it.
    add_experiment(driver, "Invånarna vet inte vart de ska vända sig.")
    press(driver, "Gate-beslut")
    wait_for(driver, "/gate")
    assert_accessible(driver)
    choose(driver, "decision", "Fortsätt")
    type_into(driver, "rationale", "Intervjuerna belägger behovet.")
    check(driver, "#evidence input[type='checkbox']")
    press(driver, "Spara beslutet")
    wait_for(driver, "done=gate")
    assert "Fas: Pretotyp" in driver.page_source
    assert_accessible(driver)

    # Pretotype: a route to procurement needs its details and lessons learned; the form explains each.
    add_experiment(driver, "Invånarna vill anmäla på en karta.")
    press(driver, "Gate-beslut")
    wait_for(driver, "/gate")
    choose(driver, "decision", "Till ett utfall")
    choose(driver, "outcome", "Upphandling")
    type_into(driver, "rationale", "Marknaden har redan lösningen.")
    press(driver, "Spara beslutet")
    WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.CLASS_NAME, "error-summary"))
    assert "Fyll i ”Lärdomar”" in driver.page_source
    assert driver.find_element(By.ID, "rationale").get_attribute("value") == "Marknaden har redan lösningen."
    assert_accessible(driver)
    type_into(driver, "lessons_learned", "Köp, bygg inte: kraven är det vi bidrar med.")
    choose(driver, "market_dialogue", "Planerad")
    type_into(driver, "requirements_summary", "Karta, bild, status till den som anmält.")
    press(driver, "Spara beslutet")
    wait_for(driver, "done=gate")
    assert "Utfall: Upphandling" in driver.page_source
    assert_accessible(driver)

    # The public sees the outcome, the rationale and the lessons, and the board shows the project.
    driver.delete_all_cookies()
    driver.get(project_url)
    for text in ["Utfall: Upphandling", "Marknaden har redan lösningen.", "Köp, bygg inte", "Intervjuerna belägger behovet."]:
        assert text in driver.page_source, text
    assert not driver.find_elements(By.XPATH, "//a[normalize-space()='Gate-beslut']")
    assert_accessible(driver)
    driver.get(server + "/projects")
    column = driver.find_element(By.ID, "column-procurement").find_element(By.XPATH, "..")
    assert title in column.text
    assert_accessible(driver)
    driver.get(idea_url)
    assert driver.find_element(By.ID, "project-heading")
    assert title in driver.page_source
