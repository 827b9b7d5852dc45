"""A small gazetteer for datelines: countries, US states (with AP abbreviations), cities.

A dateline in title case ("Santa Barbara, California—", "Paris (AFP) –") is accepted when
its place (or the region after its comma) is listed here, so that label words ("UPDATED:",
"WARNING GRAPHIC DETAIL:") and ordinary sentence openings never pass as datelines.

Sources: country short names from ISO 3166-1; US state names and their AP Stylebook
abbreviations ("Ala.", "Calif.", "Fla."); cities: the AP Stylebook's list of datelines that
stand alone, plus the world capitals and large cities that wire services date from.

>>> is_place("Santa Barbara"), is_place("California"), is_place("Updated")
(True, True, False)
>>> is_place("Calif.")
True
"""

from __future__ import annotations

COUNTRIES = """
Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana
Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia
Comoros|Congo|Croatia|Cuba|Cyprus|Czechia|Czech Republic|Denmark|Djibouti|Dominica|Ecuador
Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia
Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India
Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya
Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein
Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico
Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal
Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman
Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal
Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles
Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea
South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania
Thailand|Togo|Tonga|Trinidad|Tunisia|Turkey|Turkiye|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine
United Arab Emirates|UAE|United Kingdom|UK|Britain|England|Scotland|Wales|Northern Ireland
United States|US|U.S.|USA|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia
Zimbabwe|Gaza|West Bank|Crimea|Hong Kong|Macau|Puerto Rico|Greenland|Kashmir|Tibet|Xinjiang
Kurdistan|Chechnya|Donetsk|Luhansk|Kherson|Zaporizhzhia
"""

US_STATES = """
Alabama|Ala.|Alaska|Arizona|Ariz.|Arkansas|Ark.|California|Calif.|Colorado|Colo.|Connecticut
Conn.|Delaware|Del.|Florida|Fla.|Georgia|Ga.|Hawaii|Idaho|Illinois|Ill.|Indiana|Ind.|Iowa
Kansas|Kan.|Kentucky|Ky.|Louisiana|La.|Maine|Maryland|Md.|Massachusetts|Mass.|Michigan|Mich.
Minnesota|Minn.|Mississippi|Miss.|Missouri|Mo.|Montana|Mont.|Nebraska|Neb.|Nevada|Nev.
New Hampshire|N.H.|New Jersey|N.J.|New Mexico|N.M.|New York|N.Y.|North Carolina|N.C.
North Dakota|N.D.|Ohio|Oklahoma|Okla.|Oregon|Ore.|Pennsylvania|Pa.|Rhode Island|R.I.
South Carolina|S.C.|South Dakota|S.D.|Tennessee|Tenn.|Texas|Utah|Vermont|Vt.|Virginia|Va.
Washington|Wash.|West Virginia|W.Va.|Wisconsin|Wis.|Wyoming|Wyo.|D.C.|District of Columbia
Ontario|Quebec|British Columbia|Alberta|Manitoba|Nova Scotia|New South Wales|Victoria
Queensland|Bavaria|Punjab|Kerala|Tamil Nadu|Maharashtra|Gujarat|Sindh|Catalonia
"""

CITIES = """
Atlanta|Baltimore|Boston|Chicago|Cleveland|Dallas|Denver|Detroit|Honolulu|Houston|Indianapolis
Las Vegas|Los Angeles|Miami|Milwaukee|Minneapolis|New Orleans|New York|Oklahoma City|Philadelphia
Phoenix|Pittsburgh|St. Louis|Salt Lake City|San Antonio|San Diego|San Francisco|Seattle
Washington|Santa Barbara|Sacramento|Austin|Nashville|Orlando|Tampa|Portland|Anchorage
Ottawa|Toronto|Montreal|Vancouver|Calgary|Mexico City|Havana|Caracas|Bogota|Lima|Santiago
Buenos Aires|Sao Paulo|São Paulo|Rio de Janeiro|Brasilia|Montevideo|Quito|La Paz
London|Paris|Berlin|Madrid|Rome|Milan|Lisbon|Dublin|Brussels|Amsterdam|The Hague|Luxembourg
Geneva|Zurich|Bern|Vienna|Prague|Warsaw|Budapest|Bucharest|Sofia|Belgrade|Zagreb|Athens
Stockholm|Oslo|Copenhagen|Helsinki|Tallinn|Riga|Vilnius|Minsk|Kyiv|Kiev|Kharkiv|Odesa|Lviv
Moscow|St Petersburg|Saint Petersburg|Istanbul|Ankara|Frankfurt|Munich|Hamburg|Strasbourg
Barcelona|Marseille|Lyon|Naples|Edinburgh|Glasgow|Manchester|Belfast|Cardiff|Davos|Nicosia
Jerusalem|Tel Aviv|Gaza City|Ramallah|Beirut|Damascus|Amman|Baghdad|Tehran|Riyadh|Jeddah
Dubai|Abu Dhabi|Doha|Manama|Muscat|Kuwait City|Sanaa|Aden|Cairo|Alexandria|Khartoum|Tripoli
Tunis|Algiers|Rabat|Casablanca|Lagos|Abuja|Accra|Dakar|Nairobi|Addis Ababa|Mogadishu
Kampala|Kigali|Kinshasa|Johannesburg|Cape Town|Pretoria|Harare|Lusaka|Luanda|Maputo
Kabul|Islamabad|Karachi|Lahore|New Delhi|Delhi|Mumbai|Kolkata|Chennai|Bengaluru|Bangalore
Hyderabad|Dhaka|Colombo|Kathmandu|Beijing|Shanghai|Hong Kong|Shenzhen|Guangzhou|Taipei
Tokyo|Osaka|Seoul|Pyongyang|Bangkok|Hanoi|Ho Chi Minh City|Phnom Penh|Vientiane|Yangon
Naypyitaw|Kuala Lumpur|Singapore|Jakarta|Manila|Canberra|Sydney|Melbourne|Brisbane|Perth
Auckland|Wellington|Suva|Tashkent|Almaty|Astana|Baku|Tbilisi|Yerevan|Ulaanbaatar|Vatican City
Cannes|Brussels|Strasbourg|Bonn|Cologne|Nice|Valletta|Reykjavik|Kherson|Bakhmut|Mariupol
Rafah|Khan Younis|Tel Aviv-Yafo|Hebron|Nablus|Jenin|Aleppo|Idlib|Mosul|Erbil|Basra|Sidon|Tyre
"""


def _names(block: str) -> frozenset[str]:
    out: set[str] = set()
    for line in block.strip().splitlines():
        out.update(part.strip() for part in line.split("|") if part.strip())
    return frozenset(out)


PLACES: frozenset[str] = _names(COUNTRIES) | _names(US_STATES) | _names(CITIES)
"""Every place name listed above, as written."""
_LOWER: frozenset[str] = frozenset(p.lower() for p in PLACES)


def is_place(name: str) -> bool:
    """Whether ``name`` is a listed place (case-insensitive).

    >>> is_place("kyiv"), is_place("Breaking")
    (True, False)
    """
    return name.strip().lower() in _LOWER
