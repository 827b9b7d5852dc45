"""Holidays the date normaliser resolves to a calendar day.

Each holiday is a rule: a fixed month and day, the n-th weekday of a month (``n = -1`` for
the last one), or a day counted from Western Easter. Holidays whose day differs by country
("Independence Day", "Labour Day") are left out rather than guessed; United States days are
listed under their US names only.

Sources: US federal holidays, 5 U.S.C. 6103 (Thanksgiving is the fourth Thursday of
November, Memorial Day the last Monday of May, Labor Day the first Monday of September,
Martin Luther King Jr. Day the third Monday of January); Easter by the anonymous Gregorian
algorithm (Meeus/Jones/Butcher, in J. Meeus, *Astronomical Algorithms*, 1991, ch. 8);
the other days by the Gregorian calendar.

>>> HOLIDAYS["christmas day"]
('fixed', 12, 25)
>>> HOLIDAYS["thanksgiving"]
('nth_weekday', 11, 3, 4)
"""

from __future__ import annotations

#: Holiday name (lower case, straight apostrophes) -> rule:
#: ``("fixed", month, day)``, ``("nth_weekday", month, weekday, n)`` with weekday 0 = Monday,
#: or ``("easter", offset_days)``.
HOLIDAYS: dict[str, tuple[str, int] | tuple[str, int, int] | tuple[str, int, int, int]] = {
    "new year's day": ("fixed", 1, 1),
    "new year's eve": ("fixed", 12, 31),
    "christmas": ("fixed", 12, 25),
    "christmas day": ("fixed", 12, 25),
    "christmas eve": ("fixed", 12, 24),
    "boxing day": ("fixed", 12, 26),
    "valentine's day": ("fixed", 2, 14),
    "st patrick's day": ("fixed", 3, 17),
    "st. patrick's day": ("fixed", 3, 17),
    "halloween": ("fixed", 10, 31),
    "guy fawkes night": ("fixed", 11, 5),
    "bastille day": ("fixed", 7, 14),
    "armistice day": ("fixed", 11, 11),
    "veterans day": ("fixed", 11, 11),
    "juneteenth": ("fixed", 6, 19),
    "thanksgiving": ("nth_weekday", 11, 3, 4),
    "thanksgiving day": ("nth_weekday", 11, 3, 4),
    "memorial day": ("nth_weekday", 5, 0, -1),
    "labor day": ("nth_weekday", 9, 0, 1),
    "martin luther king jr. day": ("nth_weekday", 1, 0, 3),
    "easter": ("easter", 0),
    "easter sunday": ("easter", 0),
    "easter monday": ("easter", 1),
    "good friday": ("easter", -2),
    "palm sunday": ("easter", -7),
    "ash wednesday": ("easter", -46),
    "pentecost": ("easter", 49),
}

#: Nouns after a holiday name that make it a modifier, not a date: "Christmas tree",
#: "Easter eggs", "Halloween costumes" name things, not days.
HOLIDAY_COMPOUNDS: frozenset[str] = frozenset(
    """tree trees market markets lights light song songs carol carols shopping present presents
    card cards party parties dinner lunch decorations decoration gift gifts egg eggs bunny sale
    sales special specials film films movie movies album albums costume costumes candy spirit
    music jumper jumpers menu menus ad ads advert campaign cheer story stories number number one
    single hit episode edition message address truce offensive""".split()  # noqa: SIM905 - a word list reads better as text
)
