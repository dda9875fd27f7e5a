"""Bookings end to end: a resident finds a room free on Thursday evening and books it with the keyboard; the
form filled to its limits; an owner approves a request and the booker sees it confirmed and is mailed (demo
mode keeps every mail at /admin/mail); the calendar feeds parsed by Python's `icalendar`, across the change to
summer time. axe on every page, also at 320 px."""
import datetime
import json
import random
import urllib.request
import uuid
import zoneinfo

import icalendar
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import assert_accessible, make_driver
from test_accounts import h1, type_into, wait_for_path
from test_hostile_input import long_text, set_value
from test_notifications import sign_in, sign_up_as
from test_projects import choose, press

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")


def coming(weekday: int, at_least_days: int) -> datetime.date:
    """The first `weekday` (Monday 0) at least `at_least_days` from today in Stockholm."""
    day = datetime.datetime.now(STOCKHOLM).date() + datetime.timedelta(days=at_least_days)
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def api(base: str, method: str, path: str, token: str | None = None, body: dict | None = None):
    headers = {"Content-Type": "application/json"} if body is not None else {}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, headers=headers, method=method)
    with urllib.request.urlopen(request, timeout=30) as response:
        raw = response.read()
        kind = response.headers.get("Content-Type", "")
        return json.loads(raw) if "json" in kind and raw else raw.decode()


def wait_for_h1(driver, text: str) -> None:
    """Waits for the page whose heading is `text` (the page before it may go while it is read)."""
    WebDriverWait(driver, 15, ignored_exceptions=[StaleElementReferenceException, NoSuchElementException]).until(
        lambda d: h1(d) == text)


def token(base: str, email: str, password: str = "hubben-demo-2026") -> str:
    return api(base, "POST", "/api/v1/auth/token", body={"email": email, "password": password})["token"]


def test_find_a_free_room_for_thursday_evening_and_book_it_with_the_keyboard(server, browser_sv):
    driver = browser_sv
    sign_up_as(driver, server, "Bodil Bokare", f"bokare-{uuid.uuid4().hex[:8]}@example.se")
    thursday = coming(3, 2).isoformat()

    driver.get(server + "/book")
    assert h1(driver) == "Boka lokaler och utrustning"
    assert_accessible(driver)
    # Thirty-odd demo resources: two pages, the second reached with the keyboard.
    driver.find_element(By.CSS_SELECTOR, "nav.pagination a[rel=next]").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: "page=2" in d.current_url)
    assert driver.find_elements(By.CSS_SELECTOR, ".idea-card-title a")
    assert_accessible(driver)
    choose(driver, "kind", "Rum")
    type_into(driver, "capacity", "4")
    type_into(driver, "day", thursday)
    type_into(driver, "from", "18.00")
    type_into(driver, "to", "20.00")
    driver.find_element(By.ID, "to").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: "day=" in d.current_url)
    assert_accessible(driver)
    cards = driver.find_elements(By.CSS_SELECTOR, ".idea-card-title a")
    assert cards, "no room is free on Thursday evening"
    room = cards[0].text
    cards[0].send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: "/book/resources/" in d.current_url)
    assert h1(driver) == room
    assert_accessible(driver)
    # The form carries the time asked for.
    assert driver.find_element(By.ID, "day").get_attribute("value") == thursday
    assert driver.find_element(By.ID, "start").get_attribute("value") == "18.00"
    resource_path = driver.current_url.split(server)[1].split("?")[0]

    # Over the limit: refused at the field, every character kept.
    too_long = long_text(501)
    type_into(driver, "people", "4")
    set_value(driver, "purpose", too_long)
    driver.find_element(By.ID, "people").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.CLASS_NAME, "error-summary"))
    assert driver.find_element(By.ID, "purpose-error").is_displayed()
    assert driver.find_element(By.ID, "purpose").get_attribute("value") == too_long
    assert driver.find_element(By.ID, "start").get_attribute("value") == "18.00"
    assert_accessible(driver)

    # Exactly at the limit: booked, and shown whole on "Mina bokningar".
    purpose = long_text(500)
    set_value(driver, "purpose", purpose)
    driver.find_element(By.ID, "people").send_keys(Keys.ENTER)
    wait_for_h1(driver, "Bokat")
    assert_accessible(driver)
    driver.get(server + "/book/mine")
    assert room in driver.page_source
    assert driver.find_element(By.CSS_SELECTOR, ".booking-list").text.count("Bekräftad") == 1
    assert_accessible(driver)

    # The same time again collides, naming the time it collides with.
    driver.get(server + resource_path + f"?day={thursday}&from=18.30&to=19.30")
    type_into(driver, "people", "2")
    type_into(driver, "purpose", "Mer läxhjälp")
    driver.find_element(By.ID, "people").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.CLASS_NAME, "error-summary"))
    assert "Tiden krockar med en annan bokning" in driver.find_element(By.ID, "start-error").text
    assert "18.00–20.00" in driver.find_element(By.ID, "start-error").text

    # Cancelled from "Mina bokningar" with the keyboard.
    driver.get(server + "/book/mine")
    press(driver, "Avboka")
    WebDriverWait(driver, 15).until(lambda d: "done=cancelled" in d.current_url)
    assert "Bokningen är avbokad." in driver.page_source


def test_an_owner_approves_a_request_and_the_booker_sees_it_and_gets_the_mail(server, browser_sv):
    resident = browser_sv
    name = f"Rita Förfrågan {uuid.uuid4().hex[:6]}"
    sign_up_as(resident, server, name, f"forfragan-{uuid.uuid4().hex[:8]}@example.se")
    day = coming(random.randrange(7), 20 + random.randrange(120)).isoformat()
    resident.get(server + "/book?kind=outdoor_area")
    resident.find_element(By.LINK_TEXT, "Scenen i Stadsparken").send_keys(Keys.ENTER)
    wait_for_h1(resident, "Scenen i Stadsparken")
    resource_path = resident.current_url.split(server)[1].split("?")[0].split("#")[0]
    type_into(resident, "day", day)
    type_into(resident, "start", "10.00")
    type_into(resident, "end", "12.00")
    type_into(resident, "people", "80")
    type_into(resident, "purpose", "Vårkonsert med kulturskolan")
    press(resident, "Skicka förfrågan")
    wait_for_h1(resident, "Förfrågan skickad")

    owner = make_driver("sv-SE,sv")
    try:
        sign_in(owner, server, "medarbetare@demo.hubben.example")
        owner.get(server + resource_path)
        press(owner, "Hantera bokningar")
        WebDriverWait(owner, 15).until(lambda d: d.current_url.endswith("/bookings"))
        assert_accessible(owner)
        booking = owner.find_element(By.XPATH, f"//article[contains(@class,'booking')][.//p[contains(., '{name}')]]")
        booking.find_element(By.XPATH, ".//button[normalize-space()='Bekräfta']").send_keys(Keys.ENTER)
        WebDriverWait(owner, 15).until(lambda d: "done=decided" in d.current_url)
        assert "Svaret är skickat till den som bokade." in owner.page_source
    finally:
        owner.quit()

    resident.get(server + "/book/mine")
    item = resident.find_element(By.XPATH, "//article[contains(@class,'booking')][.//a[normalize-space()='Scenen i Stadsparken']]")
    assert "Bekräftad" in item.text

    admin = make_driver("sv-SE,sv")
    try:
        sign_in(admin, server, "admin@demo.hubben.example")
        admin.get(server + "/admin/mail")
        assert "Din bokning av Scenen i Stadsparken är bekräftad" in admin.page_source
    finally:
        admin.quit()


def test_resource_page_at_320_px(server, browser_phone):
    browser_phone.get(server + "/book")
    browser_phone.find_elements(By.CSS_SELECTOR, ".idea-card-title a")[0].send_keys(Keys.ENTER)
    WebDriverWait(browser_phone, 15).until(lambda d: "/book/resources/" in d.current_url)
    assert_accessible(browser_phone)
    width = browser_phone.execute_script("return document.documentElement.scrollWidth")
    assert width <= 320, f"the page is {width} px wide at 320 px"


def test_calendar_feeds_parse_and_keep_stockholm_time_across_summer_time(server):
    admin = token(server, "admin@demo.hubben.example")
    resident = token(server, "invanare@demo.hubben.example")
    organization = next(o for o in api(server, "GET", "/api/v1/organizations") if o["name"] == "Kulturförvaltningen")
    hours = {"opens": "08:00", "closes": "22:00"}
    resource = api(server, "POST", "/api/v1/resources", admin, {
        "organizationId": organization["id"], "kind": "room", "name": f"Kalenderrummet {uuid.uuid4().hex[:6]}",
        "address": "Kulturtorget 3", "district": "Centrum", "capacity": 10,
        "rules": {
            "openingHours": {day: hours for day in ("monday", "tuesday", "wednesday", "thursday", "friday")},
            "slotMinutes": 30, "minimumMinutes": 60, "maximumMinutes": 240, "minimumNoticeMinutes": 0,
            "maximumDaysAhead": 730, "bufferBeforeMinutes": 0, "bufferAfterMinutes": 0, "audience": "signed_in",
            "needsApproval": False,
        },
    })
    # The Thursdays around the next change to summer time (the last Sunday of March).
    year = datetime.datetime.now(STOCKHOLM).year + 1
    last_sunday = max(datetime.date(year, 3, d) for d in range(25, 32) if datetime.date(year, 3, d).weekday() == 6)
    first = last_sunday - datetime.timedelta(days=10)
    start = datetime.datetime.combine(first, datetime.time(18), STOCKHOLM)
    series = api(server, "POST", "/api/v1/bookings", resident, {
        "resourceId": resource["id"], "start": start.isoformat(), "end": (start + datetime.timedelta(hours=2)).isoformat(),
        "purpose": "Språkcafé", "people": 8, "repeatWeeklyUntil": (first + datetime.timedelta(days=21)).isoformat(),
    })
    assert len(series["occurrences"]) == 4 and not series["refused"]

    busy = icalendar.Calendar.from_ical(api(server, "GET", f"/api/v1/resources/{resource['id']}/calendar.ics"))
    feed = api(server, "POST", "/api/v1/me/calendar-token", resident)
    mine = icalendar.Calendar.from_ical(urllib.request.urlopen(feed["url"].replace(feed["url"].split("/api/")[0], server), timeout=30).read())
    for calendar in (busy, mine):
        for component in calendar.walk():
            assert not component.errors, (component.name, component.errors)
        assert any(c.name == "VTIMEZONE" and str(c["TZID"]) == "Europe/Stockholm" for c in calendar.walk())
    events = sorted((e for e in busy.walk("VEVENT")), key=lambda e: e.decoded("DTSTART"))
    assert len(events) == 4
    for event in events:
        begins = event.decoded("DTSTART")
        assert begins.tzinfo is not None
        local = begins.astimezone(STOCKHOLM)
        assert (local.hour, local.minute) == (18, 0), local
        assert "Språkcafé" not in event.to_ical().decode()
    # 18.00 is 17.00 UTC before the change and 16.00 after it.
    assert {e.decoded("DTSTART").astimezone(datetime.timezone.utc).hour for e in events} == {16, 17}
    assert any("Språkcafé" in str(e.get("DESCRIPTION", "")) for e in mine.walk("VEVENT"))


def test_an_owner_adds_a_resource_with_the_form_filled_to_its_limits(server, browser_sv):
    driver = browser_sv
    sign_in(driver, server, "medarbetare@demo.hubben.example")
    driver.get(server + "/book")
    press(driver, "Lägg till en lokal eller resurs")
    wait_for_h1(driver, "Ny lokal eller resurs")
    assert_accessible(driver)
    choose(driver, "kind", "Lokal")
    name = long_text(121).replace("\n", " ")
    set_value(driver, "name", name)
    description = long_text(4000)
    set_value(driver, "description", description)
    type_into(driver, "address", "Föreningsgatan 3")
    type_into(driver, "district", "Söder")
    type_into(driver, "capacity", "100000")
    equipment = "\n".join(f"Stol nummer {n}" for n in range(1, 31))
    set_value(driver, "equipment", equipment)
    type_into(driver, "opens_saturday", "18.00")
    type_into(driver, "closes_saturday", "02.00")
    set_value(driver, "exceptions", "2027-04-02\n2027-04-05 10.00–14.00")
    type_into(driver, "maximum_active_per_person", "1000")
    type_into(driver, "minimum_notice_hours", "1,5")
    driver.find_element(By.ID, "district").send_keys(Keys.ENTER)
    # One character too many in the name: refused there, everything else kept.
    wait_for_h1(driver, "Ny lokal eller resurs")
    WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.CLASS_NAME, "error-summary"))
    assert driver.find_element(By.ID, "name-error").is_displayed()
    assert driver.find_element(By.ID, "name").get_attribute("value") == name
    assert driver.find_element(By.ID, "description").get_attribute("value") == description
    assert driver.find_element(By.ID, "equipment").get_attribute("value") == equipment
    assert driver.find_element(By.ID, "closes_saturday").get_attribute("value") == "02.00"
    assert_accessible(driver)
    set_value(driver, "name", name[:120])
    driver.find_element(By.ID, "district").send_keys(Keys.ENTER)
    wait_for_h1(driver, name[:120].strip())
    assert "Lokalen är sparad." in driver.page_source
    assert "lördag" in driver.page_source and "18.00–2.00" in driver.page_source
    assert "Stol nummer 30" in driver.page_source
    assert "minst 90 minuter i förväg" in driver.page_source
    assert_accessible(driver)
    # Part hours come back as typed when the resource is changed.
    driver.get(driver.current_url.split("?")[0].split("#")[0] + "/edit")
    assert driver.find_element(By.ID, "minimum_notice_hours").get_attribute("value") == "1,5"


def test_a_coach_applies_for_a_hub_space_and_places_an_application(server, browser_sv):
    driver = browser_sv
    sign_in(driver, server, "coach@demo.hubben.example")
    driver.get(server + "/book")
    driver.find_element(By.PARTIAL_LINK_TEXT, "Projektytor i hubben").send_keys(Keys.ENTER)
    wait_for_h1(driver, "Projektytor i hubben")
    assert_accessible(driver)
    driver.find_element(By.LINK_TEXT, "Våren 2027").send_keys(Keys.ENTER)
    wait_for_h1(driver, "Våren 2027")
    assert "Förslaget placerar" in driver.page_source
    assert_accessible(driver)

    # Apply with the keyboard for the first project offered, the round's first two weeks.
    project = driver.find_element(By.ID, "project")
    project.send_keys(Keys.ARROW_DOWN)
    monday = (datetime.datetime.now(STOCKHOLM).date() + datetime.timedelta(days=63))
    monday -= datetime.timedelta(days=monday.weekday())
    type_into(driver, "first_week", monday.isoformat())
    type_into(driver, "last_week", (monday + datetime.timedelta(days=7)).isoformat())
    type_into(driver, "team_size", "3")
    # One character over the limit: refused at the field, everything kept.
    too_long = long_text(2001)
    set_value(driver, "needs", too_long)
    driver.find_element(By.ID, "team_size").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.ID, "needs-error"))
    assert driver.find_element(By.ID, "needs").get_attribute("value") == too_long
    assert driver.find_element(By.ID, "first_week").get_attribute("value") == monday.isoformat()
    assert_accessible(driver)
    set_value(driver, "needs", long_text(2000))
    driver.find_element(By.ID, "team_size").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: "done=applied" in d.current_url)
    assert "Ansökan är skickad." in driver.page_source

    # Place the first pending application in the space the proposal offers.
    place = driver.find_element(By.XPATH, "//main//button[normalize-space()='Placera']")
    place.send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: "done=decided" in d.current_url or d.find_elements(By.CLASS_NAME, "form-error"))
    assert "Beslutet är sparat" in driver.page_source or "redan placerad" in driver.page_source
    assert_accessible(driver)

    # The coach's own application taken back with the keyboard.
    press(driver, "Ta tillbaka ansökan")
    WebDriverWait(driver, 15).until(lambda d: "done=withdrawn" in d.current_url)
    assert "Ansökan är tillbakatagen." in driver.page_source
    assert_accessible(driver)


def test_the_hub_team_changes_a_space_and_a_round_with_the_forms_filled_to_their_limits(server, browser_sv):
    driver = browser_sv
    sign_in(driver, server, "coach@demo.hubben.example")
    driver.get(server + "/spaces")
    change = driver.find_elements(By.CSS_SELECTOR, "th a[href$='/edit']")
    assert change, "no change link for the hub team"
    change[0].send_keys(Keys.ENTER)
    wait_for_h1(driver, "Ändra ytan")
    assert_accessible(driver)
    capacity = driver.find_element(By.ID, "capacity").get_attribute("value")
    # One character over the name's limit, and thirty pieces of equipment: refused at the name, all kept.
    name = long_text(121).replace("\n", " ")
    set_value(driver, "name", name)
    equipment = "\n".join(f"Whiteboard nummer {n}" for n in range(1, 31))
    set_value(driver, "equipment", equipment)
    driver.find_element(By.ID, "capacity").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.ID, "name-error"))
    assert driver.find_element(By.ID, "name").get_attribute("value") == name
    assert driver.find_element(By.ID, "equipment").get_attribute("value") == equipment
    assert driver.find_element(By.ID, "capacity").get_attribute("value") == capacity
    assert_accessible(driver)
    set_value(driver, "name", name[:120])
    driver.find_element(By.ID, "capacity").send_keys(Keys.ENTER)
    wait_for_h1(driver, "Projektytor i hubben")
    assert name[:120].strip() in driver.page_source

    driver.find_element(By.CSS_SELECTOR, "a[href$='/edit'][href*='/rounds/']").send_keys(Keys.ENTER)
    wait_for_h1(driver, "Ändra omgången")
    assert_accessible(driver)
    kept = driver.find_element(By.ID, "last_week").get_attribute("value")
    type_into(driver, "opens_on", "i morgon")
    driver.find_element(By.ID, "round_name").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.ID, "opens_on-error"))
    assert driver.find_element(By.ID, "opens_on").get_attribute("value") == "i morgon"
    assert driver.find_element(By.ID, "last_week").get_attribute("value") == kept
    assert_accessible(driver)
