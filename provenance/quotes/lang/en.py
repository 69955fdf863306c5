"""English: reporting cues, frames, pronouns and the words around speakers."""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Multi-word cues (regular expressions), tried before single words.
MULTI = (
    r"(?:was|were|is|are|has been|had been) quoted as (?:saying|telling)",
    r"(?:was|were|is|are) quoted",
    r"went on to (?:say|add|note|argue|discuss)",
    r"went on",
    r"(?:said|says|wrote|writes|added|told \w+(?: \w+)?) in (?:a|an|the|his|her|their) "
    r"(?:statement|interview|email|e-mail|letter|post|tweet|speech|release|op-ed|blog post)",
    r"told (?:reporters|journalists|the media|the press|a news conference|a press conference)",
    r"pointed out",
    r"weighed in",
    r"chimed in",
    r"according to",
    r"in the words of",
    r"made clear",
    r"spoke of",
    r"speaking of",
    r"(?:put|puts|putting) it(?=\s*[,:;.\u2014\u201d\"]"
    r"|\s+(?:this|that|so|best|bluntly|simply|plainly|succinctly|another way|more)\b"
    r"|\s+in (?:a|an|the|his|her|their|its) (?:\w+ )?(?:statement|interview|speech|tweet"
    r"|letter|post|email|e-mail|memo|op-ed|column|essay|expos\u00e9|expose|book|report)s?\b)",
    r"summed (?:it )?up",
)

# Verbs that report speech only right next to a quote ('Lee shot back, "..."', 'Lee,
# citing "the magic of Vell," said'), never with a clause or phrase of their own ("fired
# back with a statement", "citing health reasons").
FRAME_MULTI = (
    r"(?:shot|shoots|fired|fires|hit|hits|snapped|snaps) back",
    r"citing(?=[ \t\xa0]*(?:[\"\u201c\u2018]|''))",  # only right before the quote it cites
)

# A verb of speech or stance with a preposition: its object is what was said or asked for
# ("called for new tariffs", "pointed to the deficit as ..."). Cues of reported speech only
# when a speaker is their subject (see ``reported.py``); "the recipe calls for eggs" is none.
PREPOSITION_FRAMES = (
    r"(?:call|calls|called|calling)(?: (?:again|also|repeatedly|publicly|instead|"
    r"(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday))?"
    r" (?:for|on)",
    r"(?:point|points|pointed|pointing) to",
    r"(?:talk|talks|talking) about",
    r"(?:brag|brags|bragged|bragging) about",
    r"(?:advocate|advocates|advocated|advocating) for",
    r"(?:push|pushes|pushed|pushing|press|presses|pressed|pressing|lobby|lobbies|lobbied|"
    r"lobbying) for",
    r"(?:rail|rails|railed|railing|spoke out|speaks out|speaking out) against",
    r"(?:raise|raises|raised|raising) (?:questions|concerns|doubts) (?:about|over)",
    r"(?:voice|voices|voiced|voicing) (?:concern|concerns|support|opposition|doubts?) "
    r"(?:about|over|for|to)",
)

# Verbs of speech and writing: a cue wherever they stand.
VERBS = _words(
    """
    say says said saying tell tells told telling add adds added adding write writes wrote
    written note noted explain explains explained warn warns warned urge urges urged stress
    stresses stressed insist insists insisted argue argues argued claimed declare declares
    declared announce announces announced stated reply replies replied respond responds
    responded commented tweeted recall recalls recalled acknowledge acknowledges
    acknowledged admit admits admitted complain complains complained suggest suggests
    suggested predict predicts predicted emphasize emphasizes emphasized emphasise
    emphasised conclude concludes concluded confirm confirms confirmed deny denies denied
    assert asserts asserted mentioned observed remark remarked reported reveal reveals
    revealed boast boasts boasted joke jokes joked quip quips quipped shout shouts shouted
    yell yells yelled exclaim exclaims exclaimed whisper whispers whispered screams
    shrieked hollered concede concedes conceded caution
    cautions cautioned promised vow vows vowed pledge pledges pledged threaten threatened
    accuse accuses accused allege alleges alleged contend contends contended demand demanded
    countered testify testified answered retort retorts retorted scream screamed lament
    lamented muse mused opine opined grumble grumbled reiterate reiterates reiterated
    """
)

# Words that report speech only right next to a quote (",\" she continued), never on
# their own: elsewhere they name other things (the rain continued).
FRAME_ONLY = _words(
    """
    remembered remembers ordered recalled reminisced reminisces recounts recounted ask asks asked
    continue continues continued call calls called describe describes described read reads
    post posts posted tweet tweets chant chanted chants cry cried sing sang gush gushed boom
    boomed greet greeted thank thanked label labeled labelled dub dubbed brand branded
    counter countered answer answered answers state states notes remarks comment comments
    claim claims promise promises report reports charge charges charged demands mention
    mentions observe observes agree agrees agreed disagree disagreed maintain maintains
    maintained estimate estimates estimated laugh laughs laughed sigh sighs sighed smile
    smiles smiled shrug shrugs shrugged chuckle chuckles chuckled sing sings sigh
    assure assures assured proclaim proclaims proclaimed interject interjected scoff scoffs
    scoffed bark barked snap snapped crack cracked chide chides chided exhort exhorted
    wonder wonders wondered mock mocks mocked email emailed retweet retweeted blast blasted
    fume fumed rage raged sneer sneered snarl snarled marvel marveled marvelled plead pleaded
    implore implored recount recounted react reacts reacted bellow bellowed thunder thundered
    roar roared murmur murmured mutter muttered tease teased snipe sniped
    """
)

GERUNDS = _words(
    """
    adding arguing asking calling claiming declaring describing explaining insisting noting
    posting replying responding saying stating stressing telling tweeting urging warning
    writing chiding scolding mocking quipping joking shouting yelling pleading boasting
    complaining lamenting asserting contending countering conceding acknowledging admitting
    vowing predicting recalling
    """
)

# -ing forms that report after "is" ("Clinton is stressing that ..."), or after a comma with
# the main clause's subject ("..., saying that ...").
PROGRESSIVE = _words(
    """
    saying telling arguing insisting stressing warning claiming suggesting noting explaining
    adding urging demanding promising predicting denying admitting acknowledging
    confirming defending questioning promoting criticizing criticising accusing blaming
    praising touting announcing proposing vowing pledging threatening complaining asserting
    alleging calling citing
    """
)

# Belief, intention and perception: attributions with a reported clause (PARC, PolNeAR).
BELIEF = _words(
    """
    believe believes believed think thinks thought feel feels felt hope hopes hoped fear
    fears feared expect expects expected want wants wanted worry worries worried know knows
    knew doubt doubts doubted plan plans planned intend intends intended indicate indicates
    indicated suggest suggests suggested
    """
)

PRONOUNS = _words(
    """
    he her him i it she them they us we you
    """
)

DETERMINERS = _words(
    """
    a all an another any both each few five four her his its many most my no one other our
    several some that the their these this those three two your
    """
)

SPEAKER_NOUNS = _words(
    """
    activist activists administration adviser advisers advisor advisors agency aide aides
    ambassador analyst analysts army attorney attorneys authorities authority bank board
    campaign candidate ceo chair chairman chairwoman chief coalition colleagues commander committee
    company council court critic critics daughter democrats department director doctor
    doctors economist economists envoy executive executives expert experts family father
    firm founder friends fund general government governor group husband insider insiders
    judge lawyer lawyers leader leaders manager mayor member members military minister
    ministers ministry mother nominee observers office officer officers official officials
    opponents organisers organizers owner parents party people police poll polls president
    professor prosecutor prosecutors report representative republicans researcher
    researchers residents scientist scientists secretary senator senators son source sources
    spokesman spokesmen spokespeople spokesperson spokeswoman statement study supporters
    survey union voters wife witness witnesses
    """
)

ABBREVIATIONS = _words(
    """
    a.m adm approx apr atty aug capt co col corp dec del dept dr e.g est etc feb fig ft gen gov
    hon i.e inc jan jr jul jun lt ltd maj mar mr mrs ms mt no nov oct p.m pres prof rep rev sen
    sep sept sgt sr st u.k u.s vol vs
    """
)
# Of those, the ones that stand only before a number ("No. 5", "Jan. 20", "vol. 3").
NUMBER_ABBREVIATIONS = _words("no vol fig jan feb mar apr jun jul aug sep sept oct nov dec")

# Nouns of speech: a cue only in an attribution frame (Smith's claim that ..., his comments:
# "...", in a statement), never as a plain noun (his blog comments are ...).
NOUN_CUES = _words(
    """
    statement statements comment comments remark remarks claim claims words promise promises
    warning warnings assertion allegation allegations argument view belief concern
    suggestion insistence admission announcement message tweet post response reply testimony
    account assessment prediction pledge vow demand demands complaint accusation accusations
    contention opinion position answer explanation description recollection verdict ruling
    decision
    """
)

# Preposition frames before a speaker: "according to X, ...".
PREPOSED = (
    r"according to",
    r"in the words of",
    r"in (?:the )?view of",
    r"as (?:reported|stated) by",
)

# Honorifics and titles before a name; the gender some of them give.
FEMALE_TITLES = _words(
    """
    mrs ms miss madam lady dame queen princess duchess sister mother baroness countess
    empress
    """
)

MALE_TITLES = _words(
    """
    mr sir lord king prince duke father brother baron count emperor pope sheikh
    """
)

TITLES = _words(
    """
    dr prof professor president vice prime minister secretary senator sen rep representative
    gov governor mayor judge justice gen general col colonel lt capt captain sgt sergeant
    officer chief chancellor ambassador commissioner director coach manager ceo chairman
    chairwoman chair speaker leader attorney lawyer detective inspector rev reverend rabbi
    imam bishop cardinal archbishop spokesman spokeswoman spokesperson founder executive
    deputy assistant foreign defense defence interior finance health state u.s. us former
    then acting interim new late actor actress singer star author writer producer rapper
    comedian host anchor correspondent reporter editor analyst economist scientist
    researcher astronaut striker midfielder defender goalkeeper forward quarterback pitcher
    player champion dj chef designer model adm admiral maj major pres
    """
)

# Role nouns that say the gender of who holds them.
FEMALE_ROLES = _words(
    """
    spokeswoman chairwoman actress mother wife daughter sister grandmother aunt niece
    girlfriend woman girl queen princess businesswoman congresswoman widow mum mom
    """
)

MALE_ROLES = _words(
    """
    spokesman chairman actor father husband son brother grandfather uncle nephew boyfriend
    man boy king prince businessman congressman widower dad
    """
)

# Nouns of standing a story calls the person it is about, in place of the name again
# ("Marco Rubio said ... the Florida senator told ..."): an epithet, not a new person.
# Roles held towards someone (lawyer, coach, spokesman, mother) name a new person.
EPITHETS = _words(
    """
    president senator governor nominee candidate frontrunner front-runner congressman
    congresswoman lawmaker politician mogul tycoon magnate billionaire businessman
    businesswoman entrepreneur legend star superstar icon celebrity actor actress singer
    rapper comedian musician novelist filmmaker veteran champion chancellor premier pontiff
    striker forward midfielder winger goalkeeper goalie quarterback pitcher neurosurgeon
    hopeful contender challenger incumbent winner diplomat
    """
)

# Nouns for a person of a nation ("the Dutchman added", "the Spaniard said"): in news,
# like an epithet, they stand for the person in focus; never a name of their own.
DEMONYMS = _words(
    """
    dutchman frenchman englishman irishman welshman dutchwoman frenchwoman
    englishwoman irishwoman scotswoman welshwoman spaniard dane swede finn pole scot briton
    turk croat serb kiwi icelander german italian belgian austrian norwegian croatian
    serbian american canadian mexican brazilian argentine argentinian uruguayan chilean
    colombian peruvian venezuelan ecuadorian nigerian ghanaian cameroonian
    ivorian egyptian moroccan algerian tunisian kenyan ethiopian russian ukrainian georgian
    armenian israeli iranian iraqi syrian indian pakistani afghan korean greek romanian
    bulgarian hungarian slovenian slovakian estonian latvian lithuanian jamaican zealander
    african
    """
)

# Nouns for a party's member ("the Ohio Republican"): who someone is, never a name.
PARTY_MEMBERS = _words("republican democrat")

# The last word of an organisation's name -> the plain noun that can stand for it.
ORG_HEADS = {
    k: v.replace("_", " ")
    for k, v in (
        pair.split("=")
        for pair in _words(
            """
            ministry=ministry department=department agency=agency office=office council=council
            committee=committee commission=commission university=university college=university
            school=school party=party club=club fc=club united=club rovers=club city=club
            association=association union=union bank=bank group=group company=company inc=company
            inc.=company corp=company corp.=company corporation=company ltd=company ltd.=company
            llc=company plc=company co=company co.=company industries=company holdings=company
            airlines=airline airline=airline police=police court=court government=government
            administration=administration army=army navy=navy service=service institute=institute
            foundation=foundation organization=organization organisation=organization
            network=network times=newspaper post=newspaper journal=newspaper news=news_agency
            press=news_agency reuters=news_agency team=team board=board authority=authority
            campaign=campaign firm=firm embassy=embassy senate=senate house=house
            parliament=parliament kremlin=kremlin pentagon=pentagon hospital=hospital center=center
            centre=center fund=fund federation=federation league=league cnn=news_agency
            bbc=news_agency afp=news_agency ap=news_agency npr=news_agency cnbc=news_agency
            msnbc=news_agency nbc=news_agency cbs=news_agency bloomberg=news_agency
            axios=news_agency politico=news_agency records=company productions=company
            studios=company pictures=company entertainment=company motors=company
            international=organization
            """
        )
    )
}

# Plain nouns for kinds of organisation that a name need not contain.
ORG_KINDS = {
    "company": _words(
        "company firm group business corporation retailer carmaker automaker manufacturer "
        "airline bank giant conglomerate insurer lender startup start-up supplier chipmaker "
        "drugmaker"
    ),
    "club": _words("club team side"),
    "news agency": _words("agency newspaper paper outlet network broadcaster"),
    "public body": _words(
        "agency administration department ministry office authority bureau commission "
        "regulator service"
    ),
    "union": _words("union"),
}

# Nouns that stand for an organisation the text named before ("The utility said").
BODY_NOUNS = _words(
    """
    company firm group business corporation retailer carmaker automaker manufacturer maker
    airline bank utility organization organisation agency department ministry administration
    office authority bureau commission regulator service management studio label network
    outlet publisher broadcaster charity nonprofit startup operator carrier insurer lender
    chain brand developer provider giant club team union council committee board
    """
)

# Nouns that name a work: a quote right after them is a title, not speech.
WORK_NOUNS = _words(
    """
    book books novel memoir memoirs film movie documentary song songs album single track
    show series play musical opera poem essay article column op-ed headline podcast episode
    painting exhibition game video report study paper titled entitled hit programme program
    segment biography autobiography campaign slogan hashtag magazine newspaper blog sitcom
    drama comedy thriller
    """
)

# "X is believed / was reported to ...": the subject is the topic, not a source.
PASSIVE_REPORT = (
    r"(?:is|are|was|were|has been|have been|had been|being)\s+(?:\w+ly\s+)?"
    r"(?:believed|reported|said|thought|expected|alleged|rumou?red|understood|known|"
    r"described|considered|seen|called|dubbed|labell?ed|named|quoted|accused|charged)"
)

# Verbs of intention or perception that attribute a quoted fragment (plans to "...").
INTENTION = _words(
    """
    plan plans planned intend intends intended hope hopes hoped want wants wanted vow vows
    vowed pledge pledges pledged promise promised promises aim aims seek seeks sought expect
    expects expected see sees saw hear heard believe believes believed think thinks thought
    feel feels felt know knows knew fear fears feared
    """
)

# Words that open a clause and so never start a speaker noun phrase.
CLAUSE_OPENERS = _words(
    """
    when whenever despite although though because since after before while if unless until
    as once where and but so yet or nor then also even still
    """
)

# "it": a speaker beside a quote ("...," it said), a thing elsewhere ("it can feel").
IMPERSONAL = ("it",)

# The writer's own voice: "I found", "we tested" narrate, they report no one.
FIRST_PERSON = ("i", "we", "me", "us", "let")

# Gendered subject pronouns: each is followed to the person it names, for salience.
SUBJECT_PRONOUNS = ("he", "she")

# Pronouns: (gender, number); gender "" agrees with any.
PRONOUN_FEATURES = {
    "he": ("m", "sg"),
    "him": ("m", "sg"),
    "his": ("m", "sg"),
    "she": ("f", "sg"),
    "her": ("f", "sg"),
    "they": ("", "pl"),
    "them": ("", "pl"),
    "their": ("", "pl"),
    "we": ("", "pl"),
    "our": ("", "pl"),
    "it": ("n", "sg"),
    "its": ("n", "sg"),
    "i": ("", "self"),
    "my": ("", "self"),
}

# Verbs that attribute a statement, a decision, a finding or an attitude (PolNeAR counts
# all of these as attributions); cues of indirect speech only, with the rest of the
# sentence as their content.
REPORTING = _words(
    """
    described calls called claims claimed commented reported reports promised charged
    demanded agreed maintained estimated noted stated mentioned observed answered
    found finds showed shows shown endorsed endorses proposed proposes recommended
    recommends criticized criticised criticizes praised praises blamed blames defended
    defends rejected rejects ruled decided approved concluded acknowledged conceded
    disputed questioned doubted signaled signalled predicted projected forecast
    calculated asserted contended alleged accused vowed pledged threatened refused
    declined disagreed learned realized realised noticed recalled remembered touted
    touts boasted lamented complained worried expressed cited cites highlighted
    emphasized emphasised pointed talked spoke speaks discussed addressed announced
    unveiled outlined revealed disclosed released published posted tweeted emailed
    hinted implied reiterated repeated insisted suggested acknowledged supported
    opposed backed favored favoured welcomed condemned denounced dismissed slammed
    blasted attacked mocked ridiculed questioned challenged denied admitted confirmed
    believes believed considers considered sees regards regarded views viewed
    charges estimate estimates agree agrees asked asks
    """
)

# Verbs of events, findings and perception: they report only with a clause after them
# ("the study found that ...", "Tilde found they could ..."), never with a bare object
# ("NASA released images", "Apple has unveiled a phone", "the tool found by ...").
CLAUSE_ONLY = _words(
    """
    find finds found show shows showed shown release releases released publish publishes
    published post posts posted unveil unveils unveiled outline outlines outlined reveal
    reveals revealed disclose discloses disclosed announce announces announced launch
    launches launched learn learns learned learnt realize realizes realized realise
    realises realised notice notices noticed remember remembers remembered recall recalls
    recalled decide decides decided approve approves approved calculate
    calculates calculated signal signals signaled signalled see sees saw regard regards
    regarded view views viewed consider considers considered know knows knew want wants
    wanted expect expects expected support supports supported add adds added adding plan plans
    planned intend intends intended hope hopes hoped aim aims point points pointed write
    writes wrote written question questions questioned attack attacks attacked demand
    demands demanded demanding reject rejects rejected charge charges charged conclude
    concludes concluded respond responds responded feel feels felt asked asks maintain
    maintains maintained
    """
)

# Documents whose findings are reported: "the study found 31 cases" attributes.
DOCUMENT_NOUNS = _words(
    """
    study studies report reports survey surveys poll polls analysis analyses research review
    audit investigation data paper census estimate estimates average averages footage video
    figures statistics index calculations projections
    """
)
