"""Registering interest end to end on the demo: a resident registers as a test user from a project's page with
the keyboard, the form filled to its limits (refused first for the missing consent, everything kept, and the
seconds a person needs), confirms through the link in the mail found at /admin/mail, and the hub team finds the
lead, opens it (the view is logged) and moves it on with a note and an outcome. axe on every page, also at
320 px."""
import re
import time
import uuid

from selenium.webdriver.common.by import By
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait as SeleniumWait

from conftest import assert_accessible, make_driver
from test_accounts import h1, type_into
from test_hostile_input import long_text, set_value
from test_notifications import sign_in
from test_projects import choose, press


def WebDriverWait(driver, timeout):
    """A wait that looks again when the page it was reading has just been replaced (after a form is sent)."""
    return SeleniumWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException,))



def test_a_test_user_registers_confirms_and_the_hub_team_moves_the_lead_on(server, browser_phone):
    person = browser_phone
    email = f"testare-{uuid.uuid4().hex[:8]}@example.se"
    name = ("Tove Testare " + long_text(120)).replace("\n", " ")[:120].strip()
    message = long_text(2000)
    person.get(server + "/projects")
    project_link = next(link for link in person.find_elements(By.XPATH, "//main//a[contains(@href, '/projects/')]")
                        if re.search(r"/projects/\d+$", link.get_attribute("href")))
    person.get(project_link.get_attribute("href"))
    project_title = h1(person)
    press(person, "Vill du testa eller bidra till projektet? Anmäl intresse")
    WebDriverWait(person, 15).until(lambda d: h1(d) == "Anmäl intresse")
    assert f"Gäller projektet: {project_title}" in person.page_source
    assert person.find_element(By.ID, "interests-test_user").is_selected()
    assert_accessible(person)
    set_value(person, "name", name)
    type_into(person, "email", email)
    type_into(person, "organization", "Å" * 200)
    set_value(person, "message", message)
    person.find_element(By.XPATH, "//summary").click()
    type_into(person, "district", "Centrum")
    choose(person, "age_band", "30–49 år")
    time.sleep(3.2)
    # The consent left out: refused, with the message at the box and everything typed kept.
    press(person, "Skicka intresseanmälan")
    WebDriverWait(person, 15).until(lambda d: d.find_elements(By.ID, "consent-error"))
    assert person.title.startswith("Fel:")
    assert person.find_element(By.ID, "name").get_attribute("value") == name
    assert person.find_element(By.ID, "message").get_attribute("value") == message
    assert person.find_element(By.ID, "district").get_attribute("value") == "Centrum"
    assert person.find_element(By.ID, "interests-test_user").is_selected()
    assert_accessible(person)
    person.find_element(By.ID, "consent").send_keys(Keys.SPACE)
    press(person, "Skicka intresseanmälan")
    WebDriverWait(person, 15).until(lambda d: "done=sent" in d.current_url)
    assert h1(person) == "Kolla din e-post"
    assert_accessible(person)

    admin = make_driver("sv-SE,sv")
    try:
        sign_in(admin, server, "admin@demo.hubben.example")
        admin.get(server + "/admin/mail")
        admin.find_element(By.XPATH, f"//tr[td[normalize-space()='{email}']]//a").send_keys(Keys.ENTER)
        WebDriverWait(admin, 15).until(lambda d: re.search(r"/admin/mail/\d+$", d.current_url))
        confirmation = re.findall(r"/interest/confirmations/[A-Za-z0-9_-]+", admin.page_source)[0]
        assert re.findall(r"/interest/withdrawal/[A-Za-z0-9_-]+", admin.page_source), "no withdrawal link"
    finally:
        admin.quit()
    person.get(server + confirmation)
    assert h1(person) == "Bekräfta din intresseanmälan"
    assert_accessible(person)
    press(person, "Bekräfta")
    WebDriverWait(person, 15).until(lambda d: h1(d) == "Tack, det är bekräftat")
    assert_accessible(person)

    coach = make_driver("sv-SE,sv")
    try:
        sign_in(coach, server, "coach@demo.hubben.example")
        coach.get(server + "/admin/leads?status=new&interest=test_user")
        assert h1(coach) == "Intresseanmälningar"
        assert email not in coach.page_source, "the list shows an address"
        assert_accessible(coach)
        coach.find_element(By.XPATH, "//table//tbody/tr[1]/th/a").send_keys(Keys.ENTER)
        WebDriverWait(coach, 15).until(lambda d: h1(d).startswith("Intresseanmälan "))
        assert email in coach.page_source and re.search(r"Version \d{4}-\d{2}-[a-z]", coach.page_source)
        assert "Att du ser den här sidan är loggat" in coach.page_source
        assert_accessible(coach)
        lead_url = coach.current_url
        choose(coach, "status", "Avslutad")
        note = long_text(4000)
        set_value(coach, "note", note)
        press(coach, "Spara")
        WebDriverWait(coach, 15).until(lambda d: d.find_elements(By.ID, "outcome-error"))
        assert coach.find_element(By.ID, "note").get_attribute("value") == note
        assert_accessible(coach)
        choose(coach, "outcome", "Testanvändare")
        choose(coach, "assignee", "Maria Ek")
        press(coach, "Spara")
        WebDriverWait(coach, 15).until(lambda d: "done=saved" in d.current_url)
        assert "Avslutad: Testanvändare" in coach.page_source
        assert note.split("\n")[0] in coach.page_source
        assert_accessible(coach)
        assert coach.current_url.split("?")[0] == lead_url.split("?")[0]
    finally:
        coach.quit()


def test_a_coach_invites_test_users_without_seeing_them(server, browser_sv):
    coach = browser_sv
    sign_in(coach, server, "coach@demo.hubben.example")
    coach.get(server + "/projects")
    links = [link.get_attribute("href") for link in coach.find_elements(By.XPATH, "//main//a[contains(@href, '/projects/')]")]
    for href in [link for link in links if re.search(r"/projects/\d+$", link)]:
        coach.get(href)
        invites = coach.find_elements(By.XPATH, "//main//a[starts-with(normalize-space(), 'Bjud in testanvändare')]")
        if invites:
            break
    else:
        raise AssertionError("no project with an experiment the coach may invite to")
    invites[0].click()
    WebDriverWait(coach, 15).until(lambda d: h1(d) == "Testanvändare till experimentet")
    assert "@" not in coach.find_element(By.TAG_NAME, "main").text, "the pool shows an address"
    assert_accessible(coach)
    type_into(coach, "count", "101")
    press(coach, "Skicka inbjudningar")
    WebDriverWait(coach, 15).until(lambda d: d.find_elements(By.ID, "count-error"))
    assert coach.find_element(By.ID, "count").get_attribute("value") == "101"
    assert_accessible(coach)
    type_into(coach, "count", "100")
    press(coach, "Skicka inbjudningar")
    WebDriverWait(coach, 15).until(lambda d: "invited=" in d.current_url)
    assert re.search(r"\d+ inbjudningar är skickade\.", coach.page_source)
    assert_accessible(coach)
