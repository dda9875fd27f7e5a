"""Reform groups end to end on the demo: a visitor follows a group's work from its members and citizen
dialogue to what became of its ideas; the demo's staff member, who chairs the digitalisation group, records a
citizen dialogue with the form filled to its limits (refused first, everything kept) and submits an idea in the
group's name. axe on every page, also at 320 px."""
import uuid

from selenium.webdriver.common.by import By
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.support.ui import WebDriverWait as SeleniumWait

from conftest import assert_accessible
from test_accounts import h1, type_into
from test_hostile_input import long_text, set_value
from test_notifications import sign_in
from test_projects import press


def WebDriverWait(driver, timeout):
    """A wait that looks again when the page it was reading has just been replaced (after a form is sent)."""
    return SeleniumWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException,))


GROUP = "Reformgrupp digitalisering"


def open_group(driver, server):
    driver.get(server + "/reform-groups")
    assert h1(driver) == "Reformgrupper"
    assert_accessible(driver)
    press(driver, GROUP)
    WebDriverWait(driver, 15).until(lambda d: h1(d) == GROUP)


def test_a_visitor_follows_a_group_at_320_px(server, browser_phone):
    visitor = browser_phone
    open_group(visitor, server)
    page = visitor.page_source
    assert "Erik Lindqvist" in page and "Ordförande" in page
    assert "Jonas Ek" not in page, "a member who did not consent is named"
    assert "som inte har samtyckt till att visas med namn" in page
    assert "Tidigare ledamöter" in page and "Petra Holm" in page
    assert "Invånarna vill ha enklare vägar in" in page
    assert "Intern avstämning" not in page, "an internal meeting is public"
    assert "Idéer från gruppen" in page
    assert_accessible(visitor)


def test_the_chair_records_a_dialogue_and_submits_an_idea_for_the_group(server, browser_sv):
    chair = browser_sv
    sign_in(chair, server, "medarbetare@demo.hubben.example")
    open_group(chair, server)
    assert "Intern avstämning" in chair.page_source
    assert_accessible(chair)
    heard = long_text(20000)
    place = ("Stadsbiblioteket " + "å" * 200)[:200]
    type_into(chair, "dialogue_held_on", "i förrgår")
    set_value(chair, "dialogue_place", place)
    type_into(chair, "dialogue_participants", "57")
    set_value(chair, "dialogue_heard", heard)
    press(chair, "Spara invånarmötet")
    WebDriverWait(chair, 15).until(lambda d: d.find_elements(By.ID, "dialogue_held_on-error"))
    assert chair.title.startswith("Fel:")
    assert chair.find_element(By.ID, "dialogue_heard").get_attribute("value") == heard
    assert chair.find_element(By.ID, "dialogue_place").get_attribute("value") == place
    assert_accessible(chair)
    type_into(chair, "dialogue_held_on", "2026-11-30")
    press(chair, "Spara invånarmötet")
    WebDriverWait(chair, 15).until(lambda d: "done=saved" in d.current_url)
    assert "57 deltagare" in chair.page_source
    assert heard.split("\n")[0] in chair.page_source

    press(chair, "Skicka in en idé för gruppen")
    WebDriverWait(chair, 15).until(lambda d: "/ideas/new" in d.current_url)
    assert f"Du skickar in idén för {GROUP}." in chair.page_source
    assert_accessible(chair)
    title = f"Öppna data-portal {uuid.uuid4().hex[:6]}"
    type_into(chair, "title", title)
    type_into(chair, "summary", "Samla stadens data på ett ställe.")
    type_into(chair, "need", "Företag och forskare hittar inte datan.")
    chair.find_element(By.XPATH, "//fieldset[@id='themes']//input[@type='checkbox']").click()
    press(chair, "Skicka in en idé")
    WebDriverWait(chair, 15).until(lambda d: "done=submitted" in d.current_url)
    open_group(chair, server)
    assert title in chair.page_source


def test_the_hub_team_adds_a_member_and_a_meeting_filled_to_their_limits(server, browser_sv):
    coach = browser_sv
    sign_in(coach, server, "coach@demo.hubben.example")
    open_group(coach, server)
    name = ("Greta Gruppledamot " + "å" * 120)[:120]
    organization = "Ö" * 200
    set_value(coach, "member_name", name)
    set_value(coach, "member_organization", organization)
    type_into(coach, "member_email", "finns-inte@example.se")
    type_into(coach, "member_starts_on", "2026-12-01")
    coach.find_element(By.ID, "member_shown").click()
    press(coach, "Lägg till ledamoten")
    WebDriverWait(coach, 15).until(lambda d: d.find_elements(By.ID, "member_email-error"))
    assert coach.find_element(By.ID, "member_name").get_attribute("value") == name
    assert coach.find_element(By.ID, "member_organization").get_attribute("value") == organization
    assert_accessible(coach)
    coach.find_element(By.ID, "member_email").clear()
    press(coach, "Lägg till ledamoten")
    WebDriverWait(coach, 15).until(lambda d: "done=saved" in d.current_url)
    assert name in coach.page_source

    title = ("Höstmöte " + "ä" * 200)[:200]
    minutes = long_text(20000)
    type_into(coach, "meeting_held_on", "2026-11-20")
    set_value(coach, "meeting_title", title)
    set_value(coach, "meeting_agenda", long_text(4001))
    set_value(coach, "meeting_minutes", minutes)
    press(coach, "Spara mötet")
    WebDriverWait(coach, 15).until(lambda d: d.find_elements(By.ID, "meeting_agenda-error"))
    assert coach.find_element(By.ID, "meeting_minutes").get_attribute("value") == minutes
    assert_accessible(coach)
    set_value(coach, "meeting_agenda", long_text(4000))
    press(coach, "Spara mötet")
    WebDriverWait(coach, 15).until(lambda d: "done=saved" in d.current_url)
    assert title in coach.page_source
