"""Physical units: which of quantulum3's units the quantity stage reads, and how it names them.

The unit knowledge itself (names, surfaces, symbols, SI prefixes) is quantulum3's
``units.json`` and ``_lang/en_US/units.json`` (quantulum3 0.9+, MIT licence,
https://github.com/nielstron/quantulum3), read lazily by :mod:`newsparse._numbers_units`.
This module holds what newsparse adds: the entities kept, the surfaces and symbols dropped
because they are common words or codes in news ("set", "turn", "in", "am"), the canonical
names (SI units by symbol: "km", "kg", "MW", "°C"; others by name: "mile", "tonne",
"barrel"), a few forms quantulum3 lacks ("hectares", "metric tons", "MWh"), and the time
units read as durations.

>>> CANONICAL["kilogram"], SYMBOL_BASES["metre"]
('kg', 'm')
>>> "length" in ENTITIES
True
"""

from __future__ import annotations

from newsparse.lexicon import words as _words

#: quantulum3 entities whose units are read after a number.
ENTITIES: frozenset[str] = frozenset(
    {
        "length", "mass", "area", "volume", "speed", "temperature", "power", "energy",
        "pressure", "data storage", "data transfer rate", "frequency", "electric potential",
        "current", "sound level", "radioactivity", "volumetric flow",
    }
)  # fmt: skip

#: quantulum3 unit names never read (common words, or rare units that collide with them).
BLOCKED_UNITS: frozenset[str] = frozenset(
    {
        "barn", "inverse femtobarn", "span", "ell", "cubit", "league", "twip", "base pair",
        "kilo base pair", "mega base pair", "giga base pair", "nucleotide", "drop", "cup",
        "quarter", "quad", "shake", "rad", "gray", "bar", "barye", "stere", "peck",
        "speed of light", "circular mil", "gal", "board-foot", "quantum bit", "nibble",
        "solar mass", "earth mass", "atomic mass unit", "hartree", "erg", "rutherford",
        "curie", "torr", "therm", "bushel", "carat", "quintal", "dessertspoon", "metre per hour",
        "mill", "fathom", "furlong", "standard atmosphere", "technical atmosphere",
        "millicoulomb", "statvolt", "stokes",
    }
)  # fmt: skip

#: Surfaces (lower case) and symbols (case-sensitive) never read as units.
BLOCKED_FORMS: frozenset[str] = _words(
    """
    in In IN am Am pm Pm PM a A at d h s S y b B c C F f g G K l L m M n N p P t T V W J
    cd Cd ha Ha Gy mi min mins sec secs yr yrs hr hrs bit bits rps amp amps point points
    atm pt qt tsp tbsp set sets turn turns count counts pair pairs dozen
    gross mile-per-hour Mt mt " ' ” ′ ″ TV UA AU au ua TR Tm Dm Gm Mm hm mb kb tb gb Pb Yb
    Zb Eb ac kt kn ips fps mps dam ly VA Bd degree degrees
    """
)

#: Units by symbol (and their SI-prefixed forms by prefix + symbol); others by name.
SYMBOL_BASES: dict[str, str] = {
    "metre": "m", "watt": "W", "hertz": "Hz", "volt": "V", "ampere": "A",
}  # fmt: skip

#: SI prefixes expanded for the units in :data:`SYMBOL_BASES` (symbol to name), after
#: quantulum3's ``load.METRIC_PREFIXES``, kept to the ones news uses.
PREFIXES: dict[str, str] = {
    "T": "tera", "G": "giga", "M": "mega", "k": "kilo", "m": "milli", "µ": "micro", "n": "nano",
}  # fmt: skip

#: Canonical names of units that are not an SI base with a prefix.
CANONICAL: dict[str, str] = {
    "kilogram": "kg", "gram": "g", "milligram": "mg", "microgram": "µg",
    "centimetre": "cm", "decimetre": "dm", "micrometre": "µm",
    "square metre": "m²", "square kilometre": "km²", "cubic metre": "m³",
    "cubic kilometre": "km³", "cubic centimetre": "cm³",
    "litre": "L", "centilitre": "cL", "decilitre": "dL", "hectolitre": "hL",
    "degree Celsius": "°C", "degree fahrenheit": "°F", "kelvin": "K",
    "mile per hour": "mph", "kilometre per hour": "km/h", "metre per second": "m/s",
    "kilowatt hour": "kWh", "megawatt hour": "MWh", "gigawatt hour": "GWh",
    "terawatt hour": "TWh", "pound-mass": "lb", "ounce": "oz",
    "byte": "B", "kilobyte": "kB", "megabyte": "MB", "gigabyte": "GB", "terabyte": "TB",
    "petabyte": "PB", "kilobit per second": "kbit/s", "megabit per second": "Mbit/s",
    "gigabit per second": "Gbit/s", "decibel": "dB", "kilopascal": "kPa",
    "hectopascal": "hPa", "pascal": "Pa", "pound per square inch": "psi",
    "kilocalorie": "kcal", "kilojoule": "kJ", "joule": "J",
}  # fmt: skip

#: Forms quantulum3 lacks or spells otherwise: surface or symbol to unit name.
EXTRA_FORMS: dict[str, str] = {
    "hectare": "hectare", "hectares": "hectare", "ha": "hectare",
    "metric ton": "tonne", "metric tons": "tonne", "metric tonnes": "tonne",
    "tonnes": "tonne", "tons": "ton", "ton": "ton",
    "megawatt hour": "megawatt hour", "megawatt hours": "megawatt hour",
    "megawatt-hours": "megawatt hour", "MWh": "megawatt hour",
    "gigawatt hour": "gigawatt hour", "gigawatt hours": "gigawatt hour",
    "gigawatt-hours": "gigawatt hour", "GWh": "gigawatt hour",
    "terawatt hours": "terawatt hour", "TWh": "terawatt hour",
    "kilowatt-hours": "kilowatt hour", "kilowatt hours": "kilowatt hour",
    "km2": "square kilometre", "km²": "square kilometre", "sq km": "square kilometre",
    "square kilometres": "square kilometre", "square kilometers": "square kilometre",
    "sq mi": "square mile", "m2": "square metre", "m²": "square metre",
    "km/h": "kilometre per hour", "kmh": "kilometre per hour", "kmph": "kilometre per hour",
    "°C": "degree Celsius", "ºC": "degree Celsius", "°F": "degree fahrenheit",
    "ºF": "degree fahrenheit", "degrees celsius": "degree Celsius",
    "degrees fahrenheit": "degree fahrenheit", "degrees centigrade": "degree Celsius",
    "lbs": "pound-mass", "lb": "pound-mass", "feet": "foot", "ft": "foot",
    "barrels": "barrel", "bpd": "barrel per day", "barrels per day": "barrel per day",
    "barrels a day": "barrel per day", "miles": "mile", "kilometres": "kilometre",
    "kilometers": "kilometre", "km": "kilometre", "cc": "cubic centimetre",
    "degrees": "degree", "degree": "degree", "foot": "foot",
    "miles an hour": "mile per hour", "mile an hour": "mile per hour",
    "kilometres an hour": "kilometre per hour", "kilometers an hour": "kilometre per hour",
    "ml": "millilitre", "mL": "millilitre", "millilitre": "millilitre",
    "millilitres": "millilitre", "milliliter": "millilitre", "milliliters": "millilitre",
}  # fmt: skip

#: Canonical names of the extra units (those not in quantulum3).
EXTRA_UNITS: dict[str, str] = {
    "hectare": "hectare", "ton": "ton", "barrel per day": "barrel per day",
    "millilitre": "mL", "degree": "degree",
    "megawatt hour": "MWh", "gigawatt hour": "GWh", "terawatt hour": "TWh",
}  # fmt: skip

#: Time units read as durations ("five days"), surface (lower case) to canonical name.
TIME_UNITS: dict[str, str] = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
    "weeks": "week", "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "millennium": "millennium", "millennia": "millennium",
    "mins": "minute", "min": "minute", "hrs": "hour", "hr": "hour", "yrs": "year",
}  # fmt: skip

#: Percent forms: written form (lower case, or the sign) to canonical unit.
PERCENT_FORMS: dict[str, str] = {
    "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent",
    "percentage": "percent", "percentage point": "percentage point",
    "percentage points": "percentage point", "percent points": "percentage point",
    "pp": "percentage point", "basis point": "basis point", "basis points": "basis point",
    "bps": "basis point", "bp": "basis point", "per mille": "per mille", "‰": "per mille",
}  # fmt: skip
