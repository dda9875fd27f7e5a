"""The competence pool and the method toolbox end to end on the demo: a coach states two staffing needs on a
project (the form filled to its limits and refused first, everything kept), assigns the first suggested person
to one and the same person to the other, and sees the warning that they are over 100 %; the coach's own
competency form at its limits; a resident opens a method and sees the experiments that used it, and never the
pool. axe on every page, also at 320 px."""
import datetime
import re
import zoneinfo

from selenium.webdriver.common.by import By
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait as SeleniumWait

from conftest import assert_accessible
from test_accounts import h1, type_into
from test_hostile_input import long_text, set_value
from test_notifications import sign_in
from test_projects import choose, press

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")


def WebDriverWait(driver, timeout):
    """A wait that looks again when the page it was reading has just been replaced (after a form is sent), or
    the new one has not got as far as the element yet."""
    return SeleniumWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException))


def add_need(driver, percent: str, first: datetime.date, last: datetime.date) -> None:
    choose(driver, "phase", "Prototyp")
    choose(driver, "competency", "Programmerare")
    choose(driver, "level", "1 – grundläggande")
    type_into(driver, "percent", percent)
    set_value(driver, "starts_on", first.isoformat())
    set_value(driver, "ends_on", last.isoformat())
    press(driver, "Lägg till behovet")


def test_a_coach_staffs_a_project_and_sees_the_load_warning(server, browser_sv, browser_phone):
    coach = browser_sv
    sign_in(coach, server, "coach@demo.hubben.example")
    coach.get(server + "/projects")
    project = next(
        link for link in coach.find_elements(By.CSS_SELECTOR, "main a[href*='/projects/']")
        if re.search(r"/projects/\d+$", link.get_attribute("href")) and link.text.strip())
    title = project.text
    project.click()
    WebDriverWait(coach, 15).until(lambda d: h1(d) == title)
    press(coach, "Bemanning")
    WebDriverWait(coach, 15).until(lambda d: h1(d) == f"Bemanning: {title}")
    staffing_url = coach.current_url.split("?")[0]
    assert_accessible(coach)

    # Eight months ahead, where the demo has no assignments: everyone's time there is their stated availability.
    today = datetime.datetime.now(STOCKHOLM).date()
    first = today + datetime.timedelta(days=7 * 35 - today.weekday())
    last = first + datetime.timedelta(days=27)

    # Refused first: an "other skill" with no words, 101 %, an end before the start. Everything stays.
    choose(coach, "competency", "Annan färdighet (skriv nedan)")
    type_into(coach, "skill", "")
    type_into(coach, "percent", "101")
    set_value(coach, "starts_on", last.isoformat())
    set_value(coach, "ends_on", first.isoformat())
    press(coach, "Lägg till behovet")
    WebDriverWait(coach, 15).until(lambda d: "form-error" in d.page_source)
    for field in ["skill", "percent", "ends_on"]:
        assert coach.find_elements(By.ID, f"{field}-error"), field
    assert coach.find_element(By.ID, "percent").get_attribute("value") == "101"
    assert coach.find_element(By.ID, "ends_on").get_attribute("value") == first.isoformat()
    assert_accessible(coach)

    add_need(coach, "60", first, last)
    WebDriverWait(coach, 15).until(lambda d: "Sparat." in d.page_source)
    add_need(coach, "60", first, last)
    WebDriverWait(coach, 15).until(lambda d: "Sparat." in d.page_source and len(d.find_elements(By.CSS_SELECTOR, "main section[id^='need-']")) >= 2)
    needs = [section.get_attribute("id") for section in coach.find_elements(By.CSS_SELECTOR, "main section[id^='need-']")]
    week = re.compile(r"Programmerare nivå 1, 60 % v\. \d+–\d+")
    ours = [need for need in needs if week.search(coach.find_element(By.ID, f"{need}-heading").text)]
    first_need, second_need = ours[-2], ours[-1]
    # The best suggestion for the first need, with its reason in words.
    row = coach.find_element(By.CSS_SELECTOR, f"#{first_need} table tbody tr")
    name = row.find_element(By.TAG_NAME, "th").text
    assert re.search(r"Programmerare nivå \d, \d+ % ledig v\. \d+–\d+", row.text), row.text
    assert_accessible(coach)
    before = coach.find_element(By.TAG_NAME, "main")
    row.find_element(By.XPATH, f".//button[normalize-space()='Tilldela {name}']").click()
    # The page before the click says "Sparat." too (the needs were saved): wait for the one after it.
    WebDriverWait(coach, 15).until(EC.staleness_of(before))
    WebDriverWait(coach, 15).until(lambda d: "Sparat." in d.page_source and name in d.find_element(By.ID, first_need).text)
    # The same person for the second need: now more than full time, and the page says so.
    second = coach.find_element(By.ID, second_need)
    assert "redan i projektet" in second.text
    second.find_element(By.XPATH, f".//button[normalize-space()='Tilldela {name}']").click()
    WebDriverWait(coach, 15).until(lambda d: d.find_elements(By.ID, "warnings-heading"))
    warning = coach.find_element(By.ID, "warnings-heading").find_element(By.XPATH, "..").text
    assert name in warning and "120 %" in warning, warning
    assert_accessible(coach)

    # The person's page and the hub-wide load say it too.
    coach.find_element(By.ID, "warnings-heading").find_element(By.XPATH, "..").find_element(By.LINK_TEXT, name).click()
    WebDriverWait(coach, 15).until(lambda d: h1(d) == name)
    assert "Över 100 %" in coach.page_source
    assert_accessible(coach)
    coach.get(server + f"/competencies/load?from={first.isoformat()}")
    assert h1(coach) == "Beläggning"
    assert coach.find_elements(By.CSS_SELECTOR, "td.load-over")
    assert_accessible(coach)

    # The same staffing page on a phone: the suggestions scroll sideways, nothing is cut.
    phone = browser_phone
    sign_in(phone, server, "coach@demo.hubben.example")
    phone.get(staffing_url)
    WebDriverWait(phone, 15).until(lambda d: h1(d) == f"Bemanning: {title}")
    assert phone.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert_accessible(phone)


def test_a_coach_keeps_their_own_competencies_at_the_form_limits(server, browser_sv):
    coach = browser_sv
    sign_in(coach, server, "coach@demo.hubben.example")
    coach.get(server + "/competencies/mine")
    assert h1(coach) == "Mina kompetenser"
    assert_accessible(coach)
    choose(coach, "competency", "Annan färdighet (skriv nedan)")
    type_into(coach, "skill", "Å" * 81)
    press(coach, "Lägg till kompetensen")
    WebDriverWait(coach, 15).until(lambda d: d.find_elements(By.ID, "skill-error"))
    assert coach.find_element(By.ID, "skill").get_attribute("value") == "Å" * 81
    assert_accessible(coach)
    skill = "Ö" * 79 + "k"
    type_into(coach, "skill", skill)
    choose(coach, "level", "4 – expert")
    press(coach, "Lägg till kompetensen")
    WebDriverWait(coach, 15).until(lambda d: "Sparat." in d.page_source)
    assert skill in coach.find_element(By.XPATH, "//table[caption[@id='competencies-table']]").text
    # Removing it again, with the button that names it.
    coach.find_element(By.XPATH, f"//button[normalize-space()='Ta bort {skill}']").click()
    WebDriverWait(coach, 15).until(lambda d: "Sparat." in d.page_source and skill not in d.find_element(By.TAG_NAME, "main").text)


def test_a_resident_learns_from_a_method_and_never_sees_the_pool(server, browser_sv, browser_phone):
    resident = browser_phone
    resident.get(server + "/methods")
    assert h1(resident) == "Metodbanken"
    assert_accessible(resident)
    press(resident, "Pappersprototyp")
    WebDriverWait(resident, 15).until(lambda d: h1(d) == "Pappersprototyp")
    main = resident.find_element(By.TAG_NAME, "main").text
    assert "Så har hubben använt metoden" in main and "Offentliga experiment med metoden" in main
    assert resident.find_elements(By.CSS_SELECTOR, "#experiments-heading ~ ul a[href*='/projects/']")
    assert resident.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert_accessible(resident)
    link = resident.find_element(By.CSS_SELECTOR, "#experiments-heading ~ ul a[href*='/projects/']")
    project = link.text
    link.click()
    WebDriverWait(resident, 15).until(lambda d: h1(d) == project)
    assert "Bemanning" not in resident.find_element(By.TAG_NAME, "main").text

    signed_in = browser_sv
    sign_in(signed_in, server, "invanare@demo.hubben.example")
    for path in ["/competencies", "/competencies/load", "/competencies/mine"]:
        signed_in.get(server + path)
        assert "Programmerare" not in signed_in.page_source, path


def test_a_coach_writes_a_method_filled_to_its_limits(server, browser_sv):
    coach = browser_sv
    sign_in(coach, server, "coach@demo.hubben.example")
    coach.get(server + "/methods")
    press(coach, "Ny metod")
    WebDriverWait(coach, 15).until(lambda d: h1(d) == "Ny metod")
    assert_accessible(coach)
    slug = "gatutest_" + datetime.datetime.now().strftime("%H%M%S%f")
    type_into(coach, "slug", slug)
    coach.find_element(By.ID, "phases-prototype").click()
    type_into(coach, "name_sv", "Gatutest")
    type_into(coach, "name_en", "Street test")
    # Every long field at its limit, one of them a character over: refused, everything kept.
    summary = long_text(1000)
    set_value(coach, "summary_sv", summary)
    set_value(coach, "summary_en", long_text(1001))
    steps = "Gå ut på gatan\nFråga tio personer\nSkriv ned svaren"
    set_value(coach, "steps_sv", steps)
    set_value(coach, "pitfalls_sv", long_text(4000))
    press(coach, "Spara metoden")
    WebDriverWait(coach, 15).until(lambda d: d.find_elements(By.ID, "summary_en-error"))
    assert coach.find_element(By.ID, "summary_sv").get_attribute("value") == summary
    assert len(coach.find_element(By.ID, "pitfalls_sv").get_attribute("value")) == 4000
    assert coach.find_element(By.ID, "slug").get_attribute("value") == slug
    assert coach.find_element(By.ID, "phases-prototype").is_selected()
    assert_accessible(coach)
    set_value(coach, "summary_en", long_text(1000))
    press(coach, "Spara metoden")
    WebDriverWait(coach, 15).until(lambda d: h1(d) == "Gatutest")
    assert "Metoden är sparad." in coach.page_source
    assert [item.text for item in coach.find_elements(By.CSS_SELECTOR, "#steps-heading ~ ol li")] == steps.split("\n")
    assert_accessible(coach)


def test_a_person_states_their_time_at_the_form_limits(server, browser_sv):
    staff = browser_sv
    sign_in(staff, server, "medarbetare@demo.hubben.example")
    staff.get(server + "/competencies/mine")
    assert h1(staff) == "Mina kompetenser"
    set_value(staff, "starts_on", "2029-01-01")
    set_value(staff, "ends_on", "2032-06-30")
    type_into(staff, "percent", "101")
    press(staff, "Lägg till perioden")
    WebDriverWait(staff, 15).until(lambda d: d.find_elements(By.ID, "percent-error"))
    assert staff.find_elements(By.ID, "ends_on-error"), "more than three years"
    assert staff.find_element(By.ID, "percent").get_attribute("value") == "101"
    assert_accessible(staff)
    set_value(staff, "ends_on", "2029-06-30")
    type_into(staff, "percent", "100")
    press(staff, "Lägg till perioden")
    WebDriverWait(staff, 15).until(lambda d: "Sparat." in d.page_source)
    assert "100 %" in staff.find_element(By.XPATH, "//table[caption[@id='availability-table']]").text
