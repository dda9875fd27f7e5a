"""Events end to end on the demo: a new person joins the waiting list of a full workshop with the keyboard, a
registered person cancels and the list moves up (the promoted person's mail is at /admin/mail); a guest
registers, confirms through the mailed link and is checked in by an organiser, twice counting once; the
organisers' form filled to its limits keeps every character when refused; the calendars parsed by Python's
`icalendar` in Europe/Stockholm. axe on every page, also at 320 px."""
import datetime
import re
import urllib.request
import uuid
import zoneinfo

import icalendar
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import assert_accessible, make_driver
from test_accounts import h1, type_into
from test_hostile_input import long_text, set_value
from test_notifications import sign_in, sign_up_as
from test_projects import choose, press

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
WORKSHOP = "Workshop: tjänstedesign för nybörjare"
COMPETENCE_DAY = "Kompetensdag: AI i välfärden"


def open_event(driver, server, title):
    driver.get(server + "/events")
    driver.find_element(By.XPATH, f"//main//h3/a[normalize-space()='{title}']").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: h1(d) == title)
    return driver.current_url.split("?")[0].split("#")[0]


def test_waiting_list_moves_when_someone_cancels(server, browser_sv):
    newcomer = browser_sv
    sign_up_as(newcomer, server, "Nora Nykomling", f"nykomling-{uuid.uuid4().hex[:8]}@example.se")
    newcomer.get(server + "/events")
    assert h1(newcomer) == "Evenemang"
    assert_accessible(newcomer)
    choose(newcomer, "kind", "Workshop")
    newcomer.find_element(By.XPATH, "//button[normalize-space()='Filtrera']").send_keys(Keys.ENTER)
    WebDriverWait(newcomer, 15).until(lambda d: "kind=workshop" in d.current_url)
    assert WORKSHOP in newcomer.page_source and "Innovationsmässan" not in newcomer.page_source
    event_url = open_event(newcomer, server, WORKSHOP)
    assert "3 av 3 platser tagna" in newcomer.page_source
    assert_accessible(newcomer)
    press(newcomer, "Ställ mig i kö")
    WebDriverWait(newcomer, 15).until(lambda d: "Du står i kö" in d.page_source)
    position = int(re.search(r"Du står i kö, plats (\d+)", newcomer.page_source).group(1))
    assert position >= 2
    code = newcomer.find_element(By.CSS_SELECTOR, ".check-in-code").text
    assert re.fullmatch(r"[A-Z2-9]{8}", code)
    assert_accessible(newcomer)

    staff = make_driver("sv-SE,sv")
    try:
        sign_in(staff, server, "medarbetare@demo.hubben.example")
        staff.get(event_url)
        assert "Du är anmäld." in staff.page_source
        press(staff, "Avanmäl mig")
        WebDriverWait(staff, 15).until(lambda d: "done=cancelled" in d.current_url)
        assert "Din anmälan är avbokad." in staff.page_source
        assert_accessible(staff)
    finally:
        staff.quit()

    newcomer.get(event_url)
    assert f"Du står i kö, plats {position - 1}" in newcomer.page_source

    admin = make_driver("sv-SE,sv")
    try:
        sign_in(admin, server, "admin@demo.hubben.example")
        admin.get(server + "/admin/mail")
        assert f"Du har fått en plats: {WORKSHOP}" in admin.page_source
    finally:
        admin.quit()


def test_a_guest_confirms_by_mail_and_is_checked_in(server, browser_sv):
    guest = browser_sv
    # The name at its limit (120 characters, Swedish letters and an emoji), kept through a refusal.
    name = (f"Gustav Gäst {uuid.uuid4().hex[:4]} " + long_text(120)).replace("\n", " ")[:120].strip()
    email = f"gast-{uuid.uuid4().hex[:8]}@example.se"
    event_url = open_event(guest, server, COMPETENCE_DAY)
    assert "Anmäl dig som gäst" in guest.page_source
    assert_accessible(guest)
    # Refused first: the message at the field, what was typed kept.
    set_value(guest, "name", name)
    type_into(guest, "email", "inte-en-adress")
    guest.find_element(By.ID, "email").send_keys(Keys.ENTER)
    WebDriverWait(guest, 15).until(lambda d: d.find_elements(By.ID, "email-error"))
    assert guest.find_element(By.ID, "name").get_attribute("value") == name
    assert_accessible(guest)
    guest.find_element(By.ID, "email").clear()
    type_into(guest, "email", email)
    guest.find_element(By.ID, "email").send_keys(Keys.ENTER)
    WebDriverWait(guest, 15).until(lambda d: "done=mailed" in d.current_url)
    assert "Vi har mejlat en länk" in guest.page_source

    admin = make_driver("sv-SE,sv")
    try:
        sign_in(admin, server, "admin@demo.hubben.example")
        admin.get(server + "/admin/mail")
        row = admin.find_element(By.XPATH, f"//tr[td[normalize-space()='{email}']]")
        row.find_element(By.CSS_SELECTOR, "a").send_keys(Keys.ENTER)
        WebDriverWait(admin, 15).until(lambda d: re.search(r"/admin/mail/\d+$", d.current_url))
        assert f"Bekräfta din anmälan: {COMPETENCE_DAY}" in admin.page_source
        links = re.findall(r"/events/confirmations/[A-Za-z0-9_-]+", admin.page_source)
        assert links, "no confirmation link in the mail"
        confirmation = links[0]
    finally:
        admin.quit()
    guest.get(server + confirmation)
    assert h1(guest) == "Bekräfta din anmälan"
    assert_accessible(guest)
    press(guest, "Bekräfta")
    WebDriverWait(guest, 15).until(lambda d: "Tack, din anmälan är bekräftad." in d.page_source)
    code = guest.find_element(By.CSS_SELECTOR, ".check-in-code-large").text
    assert re.fullmatch(r"[A-Z2-9]{8}", code)
    assert_accessible(guest)

    organiser = make_driver("sv-SE,sv")
    try:
        sign_in(organiser, server, "medarbetare@demo.hubben.example")
        organiser.get(event_url)
        press(organiser, "Deltagare")
        WebDriverWait(organiser, 15).until(lambda d: d.current_url.endswith("/attendees"))
        assert email in organiser.page_source
        assert_accessible(organiser)
        type_into(organiser, "code", code.lower())
        organiser.find_element(By.ID, "code").send_keys(Keys.ENTER)
        WebDriverWait(organiser, 15).until(lambda d: f"{name} är incheckad." in d.page_source)
        type_into(organiser, "code", code)
        organiser.find_element(By.ID, "code").send_keys(Keys.ENTER)
        WebDriverWait(organiser, 15).until(lambda d: f"{name} var redan incheckad." in d.page_source)
        type_into(organiser, "code", "ZZZZZZZZ")
        organiser.find_element(By.ID, "code").send_keys(Keys.ENTER)
        WebDriverWait(organiser, 15).until(lambda d: d.find_elements(By.ID, "code-error"))
        assert_accessible(organiser)
    finally:
        organiser.quit()


def test_the_organisers_form_filled_to_its_limits(server, browser_sv):
    driver = browser_sv
    sign_in(driver, server, "medarbetare@demo.hubben.example")
    driver.get(server + "/events")
    press(driver, "Nytt evenemang")
    WebDriverWait(driver, 15).until(lambda d: d.current_url.endswith("/events/new"))
    assert_accessible(driver)
    day = (datetime.datetime.now(STOCKHOLM).date() + datetime.timedelta(days=20)).isoformat()
    title = long_text(160).replace("\n", " ")
    description = long_text(10_000)
    choose(driver, "kind", "Hackathon")
    set_value(driver, "title", title)
    set_value(driver, "description", description + "x")
    type_into(driver, "starts_on", day)
    type_into(driver, "start_time", "09:00")
    type_into(driver, "end_time", "08:00")
    choose(driver, "place_kind", "En adress")
    set_value(driver, "address", long_text(300).replace("\n", " "))
    type_into(driver, "capacity", "100000")
    assert driver.find_element(By.ID, "languages-0").is_selected(), "Swedish is the default language"
    driver.find_element(By.ID, "languages-1").send_keys(Keys.SPACE)
    driver.find_element(By.XPATH, "//button[normalize-space()='Skapa evenemanget']").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".error-summary"))
    # Refused (the description one character too long, the end before the start): every character kept.
    assert driver.find_element(By.ID, "description").get_attribute("value") == description + "x"
    assert driver.find_element(By.ID, "title").get_attribute("value") == title
    assert driver.find_element(By.ID, "end_time-error")
    assert driver.find_element(By.ID, "languages-1").is_selected()
    assert_accessible(driver)
    set_value(driver, "description", description)
    driver.find_element(By.ID, "end_time").clear()
    type_into(driver, "end_time", "17:00")
    driver.find_element(By.XPATH, "//button[normalize-space()='Skapa evenemanget']").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(
        lambda d: re.search(r"/events/\d+$", d.current_url) or d.find_elements(By.CSS_SELECTOR, ".error-summary"))
    assert not driver.find_elements(By.CSS_SELECTOR, ".error-summary"), driver.find_element(
        By.CSS_SELECTOR, ".error-summary").text
    assert h1(driver) == title
    assert description.split("\n\n")[0][:200] in driver.page_source.replace("&amp;", "&")
    assert_accessible(driver)


def test_registering_through_the_api_without_a_body(server):
    """A signed-in client registers in one step: a POST with no body at all, over a real connection."""
    from test_bookings import api, token as api_token
    hackathon = api(server, "GET", "/api/v1/events?kind=hackathon")["items"][0]["id"]
    answer = api(server, "POST", f"/api/v1/events/{hackathon}/registrations",
                 token=api_token(server, "partner@demo.hubben.example"))
    assert answer["status"] == "registered" and re.fullmatch(r"[A-Z2-9]{8}", answer["code"])


def test_event_page_at_320_px_and_the_calendars(server, browser_phone):
    open_event(browser_phone, server, COMPETENCE_DAY)
    assert_accessible(browser_phone)
    width = browser_phone.execute_script("return document.documentElement.scrollWidth")
    assert width <= 320, f"the page is {width} px wide at 320 px"
    event_id = browser_phone.current_url.rstrip("/").split("/")[-1]

    with urllib.request.urlopen(server + "/api/v1/events.ics", timeout=30) as response:
        feed = icalendar.Calendar.from_ical(response.read())
    events = [component for component in feed.walk("VEVENT")]
    assert any(str(event["SUMMARY"]) == COMPETENCE_DAY for event in events)
    with urllib.request.urlopen(server + f"/api/v1/events/{event_id}.ics", timeout=30) as response:
        one = icalendar.Calendar.from_ical(response.read())
    event = next(iter(one.walk("VEVENT")))
    start = event["DTSTART"].dt.astimezone(STOCKHOLM)
    assert (start.hour, start.minute) == (9, 0), start
    assert event["DTEND"].dt.astimezone(STOCKHOLM).hour == 16


def test_my_events_the_tour_and_the_demo_days_agenda(server, browser_sv):
    driver = browser_sv
    sign_in(driver, server, "invanare@demo.hubben.example")
    driver.get(server + "/events")
    press(driver, "Mina evenemang")
    WebDriverWait(driver, 15).until(lambda d: d.current_url.endswith("/events/mine"))
    assert COMPETENCE_DAY in driver.page_source
    assert_accessible(driver)
    press(driver, "Skapa en ny kalenderlänk")
    WebDriverWait(driver, 15).until(lambda d: "/api/v1/me/events.ics?token=" in d.page_source)
    feed = re.search(r"http://[^<\s]+/api/v1/me/events\.ics\?token=[A-Za-z0-9_-]+", driver.page_source).group(0)
    with urllib.request.urlopen(feed, timeout=30) as response:
        calendar = icalendar.Calendar.from_ical(response.read())
    assert any(str(event["SUMMARY"]) == COMPETENCE_DAY for event in calendar.walk("VEVENT"))
    assert_accessible(driver)

    # A stop of the mobile unit's tour lists the others.
    open_event(driver, server, "Mobila enheten i Dalhem")
    assert "Alla stopp på turnén" in driver.page_source and "Drottninghög" in driver.page_source
    assert_accessible(driver)

    # The past demo day: its agenda with the projects' results, and the organisers' agenda page.
    organiser = make_driver("sv-SE,sv")
    try:
        sign_in(organiser, server, "medarbetare@demo.hubben.example")
        organiser.get(server + "/events?past=1")
        organiser.find_element(By.XPATH, "//main//h3/a[normalize-space()='Demodag: höstens projekt']").send_keys(Keys.ENTER)
        WebDriverWait(organiser, 15).until(lambda d: h1(d) == "Demodag: höstens projekt")
        assert "Prototypen i användartest" in organiser.page_source
        assert_accessible(organiser)
        press(organiser, "Ändra programmet")
        WebDriverWait(organiser, 15).until(lambda d: d.current_url.endswith("/agenda"))
        assert_accessible(organiser)
        type_into(organiser, "slot_time", "16.30")
        organiser.find_element(By.ID, "slot_title").send_keys(Keys.ENTER)
        WebDriverWait(organiser, 15).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".error-summary"))
        assert organiser.find_element(By.ID, "slot_time").get_attribute("value") == "16.30"
        assert_accessible(organiser)
    finally:
        organiser.quit()
