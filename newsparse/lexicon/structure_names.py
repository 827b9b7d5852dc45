"""Given names: evidence that a line holding only capitalised words is a person's name.

A byline without "By" ("Ann Lee" alone above a date) looks like any title-case label
("Reality TV", "Denver Zoo"); a known given name in first place tells them apart. The list
holds common given names of bylines in English-language news: the most frequent names in the
US Social Security Administration's baby-name tables (public domain) for the birth years of
working journalists, common UK, Irish, Australian, Indian, Arabic, African, East Asian and
Hispanic given names, and their usual short forms. It is evidence, not a gate: a name missing
here is still read when a "By", a role line or an author label stands by it.

>>> "ann" in GIVEN_NAMES, "reality" in GIVEN_NAMES, "content" in LABEL_WORDS
(True, False, True)
"""

from __future__ import annotations

from newsparse.lexicon import words as _words

#: Given names, lower case.
GIVEN_NAMES: frozenset[str] = _words(
    """
    aaron abby abdul abdullah abigail abraham adam adrian adriana agnes ahmad ahmed aidan
    aiden aisha alan alana albert alberto alec alejandra alejandro alex alexa alexander
    alexandra alexandre alexis alfred ali alice alicia alison alissa allan allen allie
    allison alma alyssa amanda amber amelia amir amit amy ana anand andre andrea andreas
    andrew andy angel angela angelica angelina angie anil anita ann anna anne annie anthony
    antoine antonio april archie ariana arjun arnold arthur arun asha asher ashley ashok
    aubrey audrey austin ava avery barbara barry beatrice becky belinda ben benjamin bernard
    beth bethany betty beverly bill billy blake bob bobby bonnie brad bradley brady brandon
    brenda brendan brent brett brian briana brianna bridget brittany brooke bruce bryan
    caitlin caleb callum calvin cameron camila candace cara carl carla carlos carmen carol
    caroline carolyn carrie casey cassandra catherine cathy cecilia chad charles charlie
    charlotte chelsea cheryl chloe chris christian christina christine christopher cindy
    claire clara clare clarence claudia clayton clifford clint cody colin colleen connor
    constance corey courtney craig cristina crystal curtis cynthia daisy dale dalton dan
    dana daniel daniela danielle danny darius darren dave david dawn dean deborah debbie
    debra declan deepak denise dennis derek devin diana diane dominic don donald donna
    doris dorothy doug douglas drew duncan dustin dylan ed eddie edgar edith eduardo edward
    edwin eileen elaine eleanor elena eli elijah elisa elizabeth ella ellen ellie emily
    emma eric erica erik erin ethan eugene eva evan evelyn faisal farah fatima felicia
    felix fernando fiona florence frances francesca francis francisco frank fred freddie
    frederick gabriel gabriela gabrielle gail gareth gary gavin gemma george georgia gerald
    geraint gina giovanni glen glenn gloria gordon grace graham grant greg gregory gwen
    haley hamid hannah harold harriet harry hassan hayden hazel heather hector heidi helen
    henry holly howard hugh hugo hussein ian imran irene isaac isabel isabella isabelle ivan
    jack jackie jackson jacob jacqueline jade jake james jamie jan jane janet janice janelle
    jared jasmine jason javier jay jean jeff jeffrey jenna jennifer jenny jeremy jerome
    jerry jesse jessica jill jim jimmy jo joan joanna joanne jodi joe joel john johnny jon
    jonathan jordan jorge jose joseph josh joshua joy joyce juan judith judy julia julian
    julie juliet justin kabir kamal karen kari karim karl kate katherine kathleen kathryn
    kathy katie katrina kay kayla keith kelly ken kenneth kevin khalid kim kimberly kirsten
    kris krishna kristen kristin kristina kumar kurt kyle lance lara larry laura lauren
    laurence lawrence leah lee leila leo leon leonard leslie liam lily linda lindsay
    lindsey lisa liz lloyd logan lois lorenzo lori louis louise lucas lucy luis luke lydia
    lynn madeline madison maggie mahmoud malcolm mandy manuel marc marcus margaret maria
    mariah marie marilyn mario marion mark marsha martha martin marvin mary mason matt
    matthew maureen max maya megan meghan melanie melissa meredith mia michael michele
    michelle miguel mike mila miles mitchell mohamed mohammad mohammed molly monica morgan
    muhammad nadia nancy naomi natalie natasha nathan nathaniel neil nicholas nick nicola
    nicole nikhil nina noah noel nora norman olivia omar oscar owen paige pamela patricia
    patrick paul paula pauline pedro peggy penny peter philip phillip phoebe pierre pooja
    priya priyanka rachel rafael rahul raj rajesh ralph ramon randy raquel rashid ray
    raymond rebecca regina renee rhys ricardo richard rick rob robert roberta roberto robin
    rochelle rodney roger rohan ron ronald rory rosa rose ross roy ruby russell ruth ryan
    sabrina sally sam samantha samir samuel sandra sanjay sara sarah saul scott sean sebastian
    seth shane shannon sharon shaun shawn sheila shelby shirley sid simon sofia sophia sophie
    spencer stacy stanley stella stephanie stephen steve steven stuart sue sunil susan
    suzanne sylvia tamara tammy tanya tara taylor ted teresa terry theo theodore theresa
    thomas tiffany tim timothy tina toby todd tom tommy tony tori tracy travis trevor troy
    tyler valerie vanessa veronica vicki victor victoria vijay vikram vincent virginia vivek
    walter wanda warren wayne wendy wesley will william willie wilson yasmin yusuf zach
    zachary zack zoe
    """
)

#: Words of section and promo labels set in title case above articles ("Partner Content",
#: "Top Stories"): a line holding one is no person's name.
LABEL_WORDS: frozenset[str] = _words(
    """
    content partner partners sponsored sponsor stories story news latest top more related
    popular trending video videos photos gallery podcast newsletter opinion commentary review
    reviews features feature analysis live updates guide guides deals sale shop store home
    world business sport sports politics culture science health tech technology travel
    weather markets finance money lifestyle entertainment celebrity tv radio partnership
    interactive map maps thread announcement topics monthly yearly weekly
    """
)

#: Words no person's name starts with: a title-case line opening with one is a phrase ("In
#: Partnership With", "One Time Monthly Yearly", "The Best Deals"), not a byline.
PHRASE_STARTS: frozenset[str] = _words(
    """
    a an the in on at of for with from by to into over under about after before this that
    these those our your my their his her its one two three all every each no not how why
    what when where who which
    """
)
