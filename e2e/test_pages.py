"""What a visitor sees and does: pages in Swedish and English, the keyboard, small screens, axe."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from conftest import assert_accessible
from test_accounts import h1

PAGES = ["/", "/about", "/ideas", "/ideas/1", "/ideas?q=cyklar&sort=relevance", "/challenges", "/challenges/1", "/projects",
         "/projects/1", "/projects/2", "/projects/6", "/projects?phase=prototype",
         "/events", "/book", "/partners", "/accessibility", "/privacy"]


def html_lang(driver) -> str:
    return driver.find_element(By.TAG_NAME, "html").get_attribute("lang")


def test_home_in_swedish(server, browser_sv):
    browser_sv.get(server + "/")
    assert html_lang(browser_sv) == "sv"
    assert h1(browser_sv) == "Från idé till verklighet"
    assert browser_sv.title == "Från idé till verklighet – Hubben"
    # The demo content: partners and reform groups are listed, no e-mail address anywhere.
    assert "Sundkraft Energi AB" in browser_sv.page_source
    assert "Reformgrupp miljö" in browser_sv.page_source
    assert "@" not in browser_sv.find_element(By.TAG_NAME, "body").text
    assert_accessible(browser_sv)


def test_home_in_english(server, browser_en):
    browser_en.get(server + "/")
    assert html_lang(browser_en) == "en"
    assert h1(browser_en) == "From idea to reality"
    assert_accessible(browser_en)


def test_about_in_both_languages(server, browser_sv, browser_en):
    browser_sv.get(server + "/about")
    assert html_lang(browser_sv) == "sv"
    assert h1(browser_sv) == "Om hubben"
    assert "Behovsinsikt" in browser_sv.page_source
    assert_accessible(browser_sv)

    browser_en.get(server + "/about")
    assert html_lang(browser_en) == "en"
    assert h1(browser_en) == "About the hub"
    assert "Need insight" in browser_en.page_source
    assert_accessible(browser_en)


def test_language_choice_is_remembered(server, browser_sv):
    browser_sv.get(server + "/about")
    browser_sv.find_element(By.LINK_TEXT, "English").click()
    WebDriverWait(browser_sv, 10).until(lambda d: html_lang(d) == "en")
    assert browser_sv.current_url == server + "/about"
    assert h1(browser_sv) == "About the hub"
    browser_sv.get(server + "/")  # the browser still asks for Swedish; the choice wins
    assert html_lang(browser_sv) == "en"
    assert_accessible(browser_sv)


def test_navigation_with_the_keyboard_alone(server, browser_sv):
    browser_sv.get(server + "/")
    body = browser_sv.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    focused = browser_sv.switch_to.active_element
    assert focused.text == "Hoppa till innehållet", "the skip link comes first"
    # The focused link is shown with the yellow focus colour.
    assert focused.value_of_css_property("background-color") in ("rgba(255, 221, 0, 1)", "rgb(255, 221, 0)")
    focused.send_keys(Keys.ENTER)
    assert browser_sv.switch_to.active_element.get_attribute("id") == "main"

    browser_sv.get(server + "/")
    for _ in range(30):
        browser_sv.switch_to.active_element.send_keys(Keys.TAB)
        if browser_sv.switch_to.active_element.text == "Om hubben":
            break
    else:
        pytest.fail("Tab never reached the 'Om hubben' link")
    browser_sv.switch_to.active_element.send_keys(Keys.ENTER)
    WebDriverWait(browser_sv, 10).until(EC.url_to_be(server + "/about"))
    assert h1(browser_sv) == "Om hubben"
    current = browser_sv.find_element(By.CSS_SELECTOR, ".site-nav a[aria-current='page']")
    assert current.text == "Om hubben"


@pytest.mark.parametrize("path", PAGES)
def test_every_page_is_accessible(server, browser_sv, path):
    browser_sv.get(server + path)
    assert html_lang(browser_sv) == "sv"
    assert browser_sv.find_element(By.TAG_NAME, "h1").text
    assert_accessible(browser_sv)


@pytest.mark.parametrize("path", ["/", "/about", "/ideas", "/ideas/1"])
def test_fits_a_320px_phone(server, browser_phone, path):
    browser_phone.get(server + path)
    width = browser_phone.execute_script("return document.documentElement.scrollWidth")
    viewport = browser_phone.execute_script("return window.innerWidth")
    assert viewport == 320
    assert width <= viewport, f"{path} scrolls sideways: {width}px content in a {viewport}px window"
    assert_accessible(browser_phone)


@pytest.mark.parametrize("path", ["/ideas", "/ideas/1", "/challenges"])
def test_idea_pages_in_english(server, browser_en, path):
    browser_en.get(server + path)
    assert html_lang(browser_en) == "en"
    assert_accessible(browser_en)


def test_not_found_page(server, browser_en):
    browser_en.get(server + "/no-such-page")
    assert html_lang(browser_en) == "en"
    assert h1(browser_en) == "Page not found"
    assert_accessible(browser_en)
