#!/usr/bin/env python3
"""A real browser on the room server: Debian's chromium, headless, driven by Selenium through
chromium-driver. Joins with the room code typed into the form, votes, sees the confirmation,
and follows the next question once the facilitator opens it, with JavaScript on or off.

Usage: room_browser.py BASE_URL ROOM_CODE POLL_QUESTION NEXT_SIGNAL NEXT_QUESTION js|nojs
NEXT_SIGNAL is a file this script creates once it waits; the test then opens the next poll.

The page is read and clicked through the DevTools protocol (DOM, Input), not chromedriver's
element commands: those run scripts in the page, which JavaScript off would stop.
"""
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service


class Page:
    def __init__(self, driver):
        self.driver = driver

    def cdp(self, command, **parameters):
        return self.driver.execute_cdp_cmd(command, parameters)

    def node(self, selector):
        root = self.cdp("DOM.getDocument", depth=0)["root"]["nodeId"]
        found = self.cdp("DOM.querySelector", nodeId=root, selector=selector)["nodeId"]
        return found or None

    def html(self, selector="html"):
        node = self.node(selector)
        return self.cdp("DOM.getOuterHTML", nodeId=node)["outerHTML"] if node else ""

    def click(self, selector):
        quad = self.cdp("DOM.getBoxModel", nodeId=self.node(selector))["model"]["content"]
        x, y = (quad[0] + quad[4]) / 2, (quad[1] + quad[5]) / 2
        for kind in ("mousePressed", "mouseReleased"):
            self.cdp("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def type(self, selector, text):
        self.cdp("DOM.focus", nodeId=self.node(selector))
        self.cdp("Input.insertText", text=text)

    def wait(self, what, test, seconds=60):
        deadline = time.time() + seconds
        while time.time() < deadline:
            try:
                if test():
                    return
            except Exception:  # the page moved on under the lookup: look again
                pass
            time.sleep(0.2)
        raise AssertionError(f"waited {seconds} s for {what}; page: {self.html()[:3000]}")

    def title(self):
        return self.html("title")


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
    page = Page(driver)
    try:
        driver.get(base + "/")
        page.wait("the join form", lambda: page.node("#room"))
        page.type("#room", code.lower())
        page.click("button[type=submit]")
        page.wait("the ballot", lambda: question in page.html("legend"))
        # The label is the touch target: clicking it picks the option.
        page.click("label:first-of-type")
        page.click("button[type=submit]")
        page.wait("the confirmation", lambda: "Réponse enregistrée" in page.title())
        page.click("a.button")
        page.wait("the waiting page", lambda: "En attente" in page.title())
        metrics = page.cdp("Page.getLayoutMetrics")["cssContentSize"]
        if metrics["width"] > 320:
            raise AssertionError(f"the page is {metrics['width']} px wide on a 320 px screen")
        open(signal, "w").close()
        page.wait("the next question", lambda: next_question in page.html("legend"), seconds=90)
        print("followed the next question", mode)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
