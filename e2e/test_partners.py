"""Partners end to end on the demo: a partner's staff member finds their organisation, opens its active
agreement, logs hours on one of its projects through the form filled to its limits (refused first, everything
kept), and sees the agreement's bar move; the hub team's agreement form filled to its limits keeps every
character when refused and saves when fixed. axe on every page, also at 320 px."""
import datetime
import re
import zoneinfo

from selenium.webdriver.common.by import By
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.support.ui import WebDriverWait as SeleniumWait

from conftest import assert_accessible
from test_accounts import h1, type_into
from test_hostile_input import long_text, set_value
from test_notifications import sign_in
from test_projects import choose, press


def WebDriverWait(driver, timeout):
    """A wait that looks again when the page it was reading has just been replaced (after a form is sent)."""
    return SeleniumWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException,))


STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
PARTNER = "Sundkraft Energi AB"


def hours_of(text: str) -> float:
    """The contributed hours in an agreement's bar text ("12,5 h av avtalade 1 200 h (1 %)")."""
    match = re.search(r"Personaltid: ([\d\u00a0 ]+(?:,\d+)?)[\u00a0 ]h av avtalade", text)
    assert match, text
    return float(match.group(1).replace("\u00a0", "").replace(" ", "").replace(",", "."))


def open_active_agreement(driver, server) -> str:
    driver.get(server + "/partners")
    assert h1(driver) == "Partner"
    press(driver, PARTNER)
    WebDriverWait(driver, 15).until(lambda d: h1(d) == PARTNER)
    assert_accessible(driver)
    press(driver, "Avtal")
    WebDriverWait(driver, 15).until(lambda d: h1(d) == f"Avtal med {PARTNER}")
    assert_accessible(driver)
    # The newest period first: the active one.
    driver.find_element(By.XPATH, "//main//h3/a").click()
    WebDriverWait(driver, 15).until(lambda d: h1(d).startswith(f"Avtal med {PARTNER}, "))
    assert "Gäller" in driver.page_source
    return driver.current_url.split("?")[0]


def test_a_partner_logs_hours_and_the_agreement_bar_moves(server, browser_sv, browser_phone):
    partner = browser_sv
    sign_in(partner, server, "partner@demo.hubben.example")
    agreement_url = open_active_agreement(partner, server)
    before = hours_of(partner.find_element(By.TAG_NAME, "main").text)
    assert_accessible(partner)

    partner.get(server + "/partners")
    press(partner, PARTNER)
    WebDriverWait(partner, 15).until(lambda d: h1(d) == PARTNER)
    project = partner.find_element(By.XPATH, "//table[.//caption[normalize-space()='Projekt i hubben']]//tbody//th/a")
    project_title = project.text
    project.click()
    WebDriverWait(partner, 15).until(lambda d: h1(d) == project_title)
    press(partner, "Alla bidrag till projektet")
    WebDriverWait(partner, 15).until(lambda d: h1(d) == f"Bidrag till {project_title}")
    contributions_url = partner.current_url.split("?")[0]
    assert_accessible(partner)

    today = datetime.datetime.now(STOCKHOLM).date().isoformat()
    choose(partner, "kind", "Timmar")
    type_into(partner, "amount", "7,5")
    type_into(partner, "day", today)
    # One character past the limit: refused, with the message at the field and everything kept (a one-line
    # field: the browser drops line breaks).
    too_long = long_text(501).replace("\n", " ")
    set_value(partner, "what", too_long)
    press(partner, "Spara bidraget")
    WebDriverWait(partner, 15).until(lambda d: h1(d) == f"Bidrag till {project_title}" and "form-error" in d.page_source)
    assert partner.title.startswith("Fel:")
    assert "500" in partner.find_element(By.ID, "what-error").text
    assert partner.find_element(By.ID, "what").get_attribute("value") == too_long
    assert partner.find_element(By.ID, "amount").get_attribute("value") == "7,5"
    assert_accessible(partner)
    at_limit = long_text(500).replace("\n", " ")
    set_value(partner, "what", at_limit)
    press(partner, "Spara bidraget")
    WebDriverWait(partner, 15).until(lambda d: "done=logged" in d.current_url)
    assert "Bidraget är sparat." in partner.page_source
    rows = partner.find_element(By.XPATH, "//table[.//caption[normalize-space()='Bidragen']]").text
    assert "7,5\u00a0h" in rows or "7,5 h" in rows
    assert at_limit in rows
    assert_accessible(partner)

    partner.get(agreement_url)
    after = hours_of(partner.find_element(By.TAG_NAME, "main").text)
    assert abs(after - before - 7.5) < 0.01, (before, after)

    # At 320 px: the partner's page and the contributions page, the same content, axe clean.
    phone = browser_phone
    phone.get(server + "/partners")
    press(phone, PARTNER)
    WebDriverWait(phone, 15).until(lambda d: h1(d) == PARTNER)
    assert "Bidrag till hubben" in phone.page_source
    assert_accessible(phone)
    phone.get(contributions_url)
    assert h1(phone) == f"Bidrag till {project_title}"
    assert at_limit not in phone.page_source, "an anonymous visitor saw a contribution row"
    assert_accessible(phone)


def test_the_hub_team_records_an_agreement_filled_to_its_limits(server, browser_sv):
    admin = browser_sv
    sign_in(admin, server, "admin@demo.hubben.example")
    admin.get(server + "/partners")
    press(admin, PARTNER)
    WebDriverWait(admin, 15).until(lambda d: h1(d) == PARTNER)
    press(admin, "Avtal")
    WebDriverWait(admin, 15).until(lambda d: h1(d) == f"Avtal med {PARTNER}")
    note = long_text(4000)
    areas = "\n".join(f"Område {n:02d} " + "å" * 70 for n in range(20))
    type_into(admin, "starts_on", "2030-01-01")
    type_into(admin, "ends_on", "2029-12-31")
    choose(admin, "status", "Utkast")
    type_into(admin, "cash_per_year", "1000000000")
    type_into(admin, "hours_per_year", "200000")
    set_value(admin, "focus_areas", areas)
    set_value(admin, "note", note)
    press(admin, "Spara avtalet")
    WebDriverWait(admin, 15).until(lambda d: "form-error" in d.page_source)
    assert admin.title.startswith("Fel:")
    assert "samma som eller efter första dagen" in admin.find_element(By.ID, "ends_on-error").text
    assert admin.find_element(By.ID, "note").get_attribute("value") == note
    assert admin.find_element(By.ID, "focus_areas").get_attribute("value") == areas
    assert admin.find_element(By.ID, "cash_per_year").get_attribute("value") == "1000000000"
    assert_accessible(admin)
    type_into(admin, "ends_on", "2039-12-31")
    press(admin, "Spara avtalet")
    WebDriverWait(admin, 15).until(lambda d: "done=saved" in d.current_url)
    assert "Avtalet är sparat." in admin.page_source
    main = admin.find_element(By.TAG_NAME, "main").text
    assert "1 000 000 000 kr" in main.replace("\u00a0", " ")
    assert note.split("\n")[0] in main
    assert_accessible(admin)


def test_the_partner_profile_filled_to_its_limits(server, browser_sv):
    partner = browser_sv
    sign_in(partner, server, "partner@demo.hubben.example")
    partner.get(server + "/partners")
    press(partner, PARTNER)
    WebDriverWait(partner, 15).until(lambda d: h1(d) == PARTNER)
    press(partner, "Ändra profilen")
    WebDriverWait(partner, 15).until(lambda d: h1(d) == f"Ändra profilen för {PARTNER}")
    assert_accessible(partner)
    description = long_text(4000)
    areas = "\n".join(f"Område {n:02d} " + "ä" * 70 for n in range(20))
    set_value(partner, "description", description)
    set_value(partner, "focus_areas", areas)
    # An address where a role belongs: refused, everything kept.
    type_into(partner, "contact_role", "johan@sundkraft.example")
    press(partner, "Spara profilen")
    WebDriverWait(partner, 15).until(lambda d: d.find_elements(By.ID, "contact_role-error"))
    assert partner.find_element(By.ID, "description").get_attribute("value") == description
    assert partner.find_element(By.ID, "focus_areas").get_attribute("value") == areas
    assert_accessible(partner)
    role = ("Innovationsansvarig " + "ö" * 200)[:200]
    set_value(partner, "contact_role", role)
    press(partner, "Spara profilen")
    WebDriverWait(partner, 15).until(lambda d: "done=saved" in d.current_url)
    assert "Profilen är sparad." in partner.page_source
    assert f"{role}, via hubbens team" in partner.find_element(By.TAG_NAME, "main").text
    assert_accessible(partner)
