#!/usr/bin/env python3
"""A real browser on the room server: Debian's chromium, headless, driven by Selenium through
chromium-driver. Joins with the room code typed into the form, votes, sees the confirmation,
and follows the next question once the facilitator opens it, with JavaScript on or off.

Usage: room_browser.py BASE_URL ROOM_CODE POLL_QUESTION NEXT_SIGNAL NEXT_QUESTION js|nojs
NEXT_SIGNAL is a file this script creates once it waits; the test then opens the next poll.
"""
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def main():
    base, code, question, signal, next_question, mode = sys.argv[1:7]
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=fr-FR"):
        options.add_argument(flag)
    # A phone 320 px wide (a desktop window cannot be made that narrow).
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 320, "height": 640, "pixelRatio": 2}})
    # A French phone: headless chromium asks for English unless told.
    prefs = {"intl.accept_languages": "fr-FR,fr"}
    if mode == "nojs":
        prefs["profile.managed_default_content_settings.javascript"] = 2
    options.add_experimental_option("prefs", prefs)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    # A page that moves on under a lookup is looked up again.
    wait = WebDriverWait(driver, 60, ignored_exceptions=[StaleElementReferenceException])
    try:
        driver.get(base + "/")
        driver.find_element(By.ID, "room").send_keys(code.lower())
        driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        wait.until(lambda d: question in d.find_element(By.TAG_NAME, "legend").text)
        # The label is the touch target: clicking its text picks the option.
        labels = driver.find_elements(By.TAG_NAME, "label")
        next(label for label in labels if label.text.strip() == "Oui").click()
        driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        wait.until(lambda d: d.title == "Réponse enregistrée")
        driver.find_element(By.LINK_TEXT, "Question suivante").click()
        wait.until(lambda d: d.title == "En attente")
        width = driver.execute_script("return document.documentElement.scrollWidth") if mode == "js" else None
        open(signal, "w").close()
        wait.until(lambda d: any(next_question in legend.text for legend in d.find_elements(By.TAG_NAME, "legend")))
        if width is not None and width > 320:
            raise AssertionError(f"the page is {width} px wide at 320 px")
        print("followed the next question", mode)
    except Exception:
        print("page at the failure:", driver.current_url, driver.page_source[:3000], file=sys.stderr)
        raise
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
