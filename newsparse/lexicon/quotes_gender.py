"""Gender cues for pronoun resolution: given names, honorifics and gendered role words.

Only used to keep "she" from resolving to a man named just before, and "he" from a woman;
a name not listed here is compatible with either pronoun. All words are lower case.

Sources: the most frequent given names of the US Social Security Administration's
national baby-name files (births 1940-2000, the years of today's newsmakers) plus the given
names most frequent in international wire copy (Arabic, Chinese, French, German, Hindi,
Russian, Spanish); honorifics and role words from the AP Stylebook.

>>> "maria" in FEMALE_NAMES and "james" in MALE_NAMES
True
>>> "spokeswoman" in FEMALE_WORDS
True
"""

from __future__ import annotations

from newsparse.lexicon import words as _words

FEMALE_NAMES: frozenset[str] = _words(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna
    brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
    janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
    lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria
    ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise
    amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
    charlotte rose alexis kayla hillary chelsea nancy elena angela ursula theresa kamala
    nikki sonia sonya ilhan alexandria elise liz elizabeth claire dianne tammy kirsten
    patty amy maxine marsha susan jill michelle melania ivanka tiffany huma donna
    condoleezza madeleine janet christine jacinda giorgia marine ursula annalena nicola
    benazir indira golda yulia svetlana olga natalia tatiana irina
    anastasia ekaterina fatima aisha mariam maryam leila layla noor zainab amina priya
    anjali sunita pooja lakshmi mei xiu ying yan hui carmen lucia sofia valentina
    camila isabel ana gabriela mariana paula beatriz ines chrystia dana marta grace lena
    kate katie jen jenny becky beth sue meg kathy debbie cathy sally molly lucy ellen eva
    eve rosa nina tina gina vera nadia helena agnes
    """
)

MALE_NAMES: frozenset[str] = _words(
    """
    james robert john michael david william richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george
    timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry
    justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis
    jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah
    jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan
    jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah
    randy roy vincent ralph eugene russell bobby mason philip louis barack bernie mitt mike
    ted marco rand chris jeb bill hunter beto pete antony tony boris rishi
    emmanuel olaf vladimir sergei sergey dmitry alexei volodymyr xi jinping narendra rahul
    recep yair naftali mohammed muhammad ahmed ali hassan hossein omar
    abdullah khalid ibrahim mahmoud yusuf ismail hamid reza ebrahim shinzo
    fumio justin pierre jean-luc francois nicolas jacques wolfgang helmut gerhard
    friedrich carlos luis jorge miguel pedro javier diego manuel andres felipe lula jair
    ivan pavel igor oleg viktor andrzej mateusz giuseppe matteo silvio mario enrico pablo
    tom jim bob dan dave steve ben sam nick matt jon rick ed al ken ron greg jeff tim andy
    fred harry max leo luke tomas pavel ivo luc uwe
    """
)

FEMALE_WORDS: frozenset[str] = _words(
    """
    mrs mrs. ms ms. miss madam dame lady queen princess duchess empress spokeswoman
    chairwoman congresswoman businesswoman councilwoman stateswoman anchorwoman
    sportswoman mother wife woman girl sister daughter actress grandmother widow niece
    aunt
    """
)

MALE_WORDS: frozenset[str] = _words(
    """
    mr mr. sir lord king prince duke emperor spokesman chairman congressman businessman
    councilman statesman anchorman sportsman father husband man boy brother son actor
    grandfather widower nephew uncle
    """
)
