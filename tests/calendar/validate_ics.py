"""Parses an iCalendar file with Debian's python3-icalendar and checks what ratsarchiv
promises of its session feeds: one VCALENDAR (VERSION 2.0, PRODID), VEVENTs with a unique UID,
DTSTAMP, an all-day DTSTART and the DTEND after it, a SUMMARY and an absolute URL. Prints one
line per event (UID, DTSTART, SUMMARY, URL, tab-separated) and exits 1 with the reason
otherwise."""
import datetime
import sys

import icalendar


def main(path):
    with open(path, "rb") as f:
        raw = f.read()
    for line in raw.split(b"\r\n"):
        if len(line) > 75:
            sys.exit(f"line longer than 75 octets: {line[:40]!r}")
    calendar = icalendar.Calendar.from_ical(raw)
    if calendar.name != "VCALENDAR" or str(calendar.get("VERSION")) != "2.0":
        sys.exit("not an iCalendar 2.0 VCALENDAR")
    if not calendar.get("PRODID"):
        sys.exit("no PRODID")
    uids = set()
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID") or "")
        if not uid or uid in uids:
            sys.exit(f"missing or repeated UID {uid!r}")
        uids.add(uid)
        for key in ("DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "URL"):
            if event.get(key) is None:
                sys.exit(f"{uid}: no {key}")
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        if isinstance(start, datetime.datetime) or end != start + datetime.timedelta(days=1):
            sys.exit(f"{uid}: not an all-day event of one day")
        url = str(event.get("URL"))
        if not url.startswith("http://") and not url.startswith("https://"):
            sys.exit(f"{uid}: URL not absolute: {url}")
        print(f"{uid}\t{start.isoformat()}\t{event.get('SUMMARY')}\t{url}")


if __name__ == "__main__":
    main(sys.argv[1])
