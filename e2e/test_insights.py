"""Insights and open data end to end on the demo: the public page in Swedish, English and at 320 px, a period
chosen with the keyboard (a wrong day first, said at its field), every chart with its table, a CSV download
parsed by Python's csv module; the hub team's page; the open-data catalogue and every dataset's CSV and JSON.
axe on every page."""
import csv
import io
import json
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.support.ui import WebDriverWait as SeleniumWait

from conftest import assert_accessible
from test_accounts import h1, type_into
from test_notifications import sign_in


def WebDriverWait(driver, timeout):
    return SeleniumWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException,))


def fetch(url: str) -> tuple[str, str]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.headers["Content-Type"], response.read().decode("utf-8")


def test_the_insights_page_with_a_chosen_period_and_a_csv_download(server, browser_phone):
    driver = browser_phone
    driver.get(server + "/insights")
    assert h1(driver) == "Insikter"
    assert_accessible(driver)
    type_into(driver, "from", "2026-02-30")
    driver.find_element(By.ID, "from").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.ID, "from-error"))
    assert driver.find_element(By.ID, "from").get_attribute("value") == "2026-02-30"
    assert_accessible(driver)
    type_into(driver, "from", "2025-01-01")
    driver.find_element(By.ID, "from").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: "from=2025-01-01" in d.current_url and not d.find_elements(By.ID, "from-error"))
    sections = driver.find_elements(By.CSS_SELECTOR, "section.insight")
    assert len(sections) >= 10
    for section in sections:
        if section.find_elements(By.CSS_SELECTOR, "svg"):
            assert section.find_elements(By.CSS_SELECTOR, "table"), section.get_attribute("id")
            assert section.find_element(By.CSS_SELECTOR, "svg title").get_attribute("textContent")
    assert_accessible(driver)
    link = driver.find_element(By.XPATH, "//section[@id='funnel']//a[normalize-space()='CSV']").get_attribute("href")
    content_type, text = fetch(link)
    assert content_type.startswith("text/csv")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["stage_sv", "stage_en", "count", "share_of_previous"]
    assert len(rows) == 9 and all(len(row) == 4 for row in rows)
    assert int(rows[1][2]) > 0, "the demo has ideas in the period"


def test_insights_in_english_and_for_the_hub_team(server, browser_en, browser_sv):
    browser_en.get(server + "/insights")
    assert h1(browser_en) == "Insights"
    assert_accessible(browser_en)
    coach = browser_sv
    sign_in(coach, server, "coach@demo.hubben.example")
    coach.get(server + "/admin/insights")
    assert h1(coach) == "Insikter för hubbens team"
    assert coach.find_elements(By.ID, "partner_contributions")
    assert_accessible(coach)


def test_open_data_every_dataset_parses_as_csv_and_json(server, browser_sv):
    browser_sv.get(server + "/open-data")
    assert h1(browser_sv) == "Öppna data"
    assert_accessible(browser_sv)
    _, catalogue = fetch(server + "/api/v1/open-data")
    datasets = json.loads(catalogue)["datasets"]
    assert len(datasets) == 7
    for dataset in datasets:
        content_type, text = fetch(dataset["csv"])
        assert content_type.startswith("text/csv")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        assert rows[0] == [field["name"] for field in dataset["fields"]], dataset["name"]
        assert all(len(row) == len(rows[0]) for row in rows), dataset["name"]
        assert "@" not in text, f"{dataset['name']} holds an address"
        _, body = fetch(dataset["json"])
        document = json.loads(body)
        assert document["licence"] == "CC0-1.0" and len(document["rows"]) == len(rows) - 1
