"""Currencies: symbols, names and ISO 4217 codes.

Sources: ISO 4217 (codes of the currencies most cited in English-language news); the symbol
and prefix forms ("US$", "C$", "HK$", "Rs") from the Reuters and AP style guides and from
quantulum3's ``units.json`` currency entries (MIT licence), which give the same codes.

>>> SYMBOLS["€"], NAMES["euros"], "JPY" in CODES
('EUR', 'EUR', True)
"""

from __future__ import annotations

from newsparse.lexicon import words as _words

#: Symbols and prefixes written before the amount, to ISO code. Longest forms are tried
#: first by the pattern built from this table.
SYMBOLS: dict[str, str] = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "USD$": "USD",
    "C$": "CAD", "CA$": "CAD", "CAN$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD",
    "HK$": "HKD", "S$": "SGD", "NT$": "TWD", "R$": "BRL", "MX$": "MXN",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "Rs": "INR", "Rs.": "INR",
    "₽": "RUB", "₩": "KRW", "₺": "TRY", "₪": "ILS", "₦": "NGN", "₴": "UAH", "₱": "PHP",
    "฿": "THB", "₫": "VND", "Rp": "IDR", "RM": "MYR", "CHF": "CHF", "SFr": "CHF",
    "zł": "PLN",
}  # fmt: skip

#: Currency names written after the amount (lower case), to ISO code; plural forms included.
NAMES: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD",
    "u.s. dollars": "USD", "american dollars": "USD",
    "canadian dollars": "CAD", "canadian dollar": "CAD",
    "australian dollars": "AUD", "australian dollar": "AUD",
    "new zealand dollars": "NZD", "hong kong dollars": "HKD", "singapore dollars": "SGD",
    "taiwan dollars": "TWD", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "pound sterling": "GBP",
    "sterling": "GBP", "yen": "JPY", "japanese yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY",
    "rupee": "INR", "rupees": "INR", "indian rupees": "INR",
    "pakistani rupees": "PKR", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "swiss francs": "CHF",
    "francs": "CHF", "franc": "CHF", "won": "KRW", "riyal": "SAR", "riyals": "SAR",
    "dirham": "AED", "dirhams": "AED", "rand": "ZAR", "reais": "BRL", "real": "BRL",
    "lira": "TRY", "liras": "TRY", "shekel": "ILS", "shekels": "ILS", "naira": "NGN",
    "ringgit": "MYR", "rupiah": "IDR", "baht": "THB", "dong": "VND", "peso": "MXN",
    "pesos": "MXN", "cedi": "GHS", "cedis": "GHS", "shilling": "KES", "shillings": "KES",
    "zloty": "PLN", "zlotys": "PLN", "krona": "SEK", "kronor": "SEK", "krone": "NOK",
    "kroner": "NOK", "forint": "HUF", "bitcoin": "BTC", "bitcoins": "BTC",
}  # fmt: skip

#: Names that are also common words: only read as money right after a number with a
#: multiplier or before "of" is never money ("won 3 games", "20 pounds of rice").
AMBIGUOUS_NAMES: frozenset[str] = frozenset({"won", "real", "rand", "dong", "pound", "pounds"})

#: Sub-units: name to (ISO code, fraction of the main unit).
SUBUNITS: dict[str, tuple[str, float]] = {
    "cent": ("USD", 0.01), "cents": ("USD", 0.01), "pence": ("GBP", 0.01),
    "penny": ("GBP", 0.01), "p": ("GBP", 0.01),
}  # fmt: skip

#: ISO 4217 codes read before or after an amount ("USD 5 million", "5m EUR").
CODES: frozenset[str] = _words(
    """
    USD EUR GBP JPY CNY RMB INR RUB KRW TRY ILS NGN UAH PHP THB VND IDR MYR CHF PLN SEK NOK
    DKK ZAR BRL MXN CAD AUD NZD HKD SGD TWD SAR AED QAR KWD EGP PKR BDT KES GHS HUF CZK
    ARS CLP COP PEN IRR IQD LBP JOD BTC
    """
)

#: Codes spelled differently from ISO in the press.
CODE_ALIASES: dict[str, str] = {"RMB": "CNY"}
