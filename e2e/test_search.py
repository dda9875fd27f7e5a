"""The one search end to end on the demo: from the header's box on a phone, with the keyboard; the hits grouped by
kind with their counts, one kind chosen, and the ideas found the same as the ideas page's own search. axe on every
page, in Swedish and English."""
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.support.ui import WebDriverWait as SeleniumWait

from conftest import assert_accessible


def WebDriverWait(driver, timeout):
    return SeleniumWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException,))


def search_from_header(driver, server, words):
    driver.get(server + "/")
    box = driver.find_element(By.ID, "site-search")
    box.send_keys(words)
    box.send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: "/search?q=" in d.current_url)


def test_search_from_the_header_groups_every_kind_and_filters_to_one(server, browser_phone):
    driver = browser_phone
    search_from_header(driver, server, "hubben")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Sök"
    status = driver.find_element(By.CSS_SELECTOR, "[role='status']").text
    assert re.match(r"[\d\u00a0 ]+ träffar på ”hubben”", status), status
    assert_accessible(driver)
    headings = [h.text for h in driver.find_elements(By.CSS_SELECTOR, "main section h2")]
    assert any(h.startswith("Nyheter (") for h in headings), headings
    # One kind alone: its count, and only its hits.
    driver.find_element(By.XPATH, "//nav[contains(@class, 'kind-filter')]//a[starts-with(normalize-space(), 'Nyheter (')]").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: "kind=news" in d.current_url)
    links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, ".search-results a")]
    assert links and all(re.search(r"/news/\d+$", link) for link in links), links
    assert_accessible(driver)


def test_the_ideas_found_are_the_ideas_pages_own(server, browser_sv):
    driver = browser_sv
    driver.get(server + "/search?q=cykel&kind=ideas")
    found = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, ".search-results a")]
    driver.get(server + "/ideas?q=cykel")
    section = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "main .idea-card-title a")]
    assert found, "the demo has ideas about bicycles"
    assert found == section[:len(found)]


def test_the_header_box_takes_200_characters_and_the_page_keeps_them(server, browser_sv):
    words = ("cykel " * 40)[:200]
    search_from_header(browser_sv, server, words + "överflöd")
    kept = browser_sv.find_element(By.ID, "search-page-q").get_attribute("value")
    assert kept == words.strip() or kept == words, repr(kept[-20:])
    assert_accessible(browser_sv)


def test_search_in_english(server, browser_en):
    search_from_header(browser_en, server, "hub")
    assert browser_en.find_element(By.TAG_NAME, "h1").text == "Search"
    assert_accessible(browser_en)
