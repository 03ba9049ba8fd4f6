# The browser the portal's UI tests drive: Debian's chromium and its chromedriver, from apt (the tests never
# download a browser or a driver), and a CJK font so the Chinese pages (and their screenshots) show characters,
# not boxes. ./trellis test installs them before its integration phase; ./trellis up does not need them.
# Sourced by ./trellis.
browser_install() { apt_install chromium chromium-driver fonts-noto-cjk; }
