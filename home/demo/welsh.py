"""Welsh versions of a few demo pages, made the way an editor would: through
wagtail-localize, so each stays linked to its English source and shows what
changed when the English is edited. Everything else in the Welsh tree stays
an alias of the English page until someone translates it.

WELSH maps each English string, as wagtail-localize extracts it, to its Welsh
translation. Strings not listed (slugs, the version number) keep their English
value."""

from wagtail.models import Locale

# Which pages to translate: slugs of home-page children, plus one guide whose
# chapters are translated with it.
TRANSLATED_PAGES = ["about", "join", "guidance"]
TRANSLATED_GUIDE = ("guidance", "getting-started")

WELSH = {
    # The alternative text of the translated pages' illustrations (home/demo/illustrations.py)
    "Illustration of five people walking together along a path through green hills, "
    "passing a wooden fingerpost.": (
        "Darlun o bump o bobl yn cerdded gyda'i gilydd ar hyd llwybr drwy fryniau gwyrdd, "
        "heibio i fys postyn pren."
    ),
    "Illustration of a decorated clay pot in a glass museum case with a label, paintings "
    "on the wall and a stool in front.": (
        "Darlun o bot clai addurnedig mewn cas gwydr mewn amgueddfa, gyda label, lluniau ar "
        "y wal a stôl o'i flaen."
    ),
    "Illustration of a ring of standing stones on open moorland under a low sun.": (
        "Darlun o gylch o feini hirion ar rostir agored o dan haul isel."
    ),
    "Illustration of a walled kitchen garden with an arched gateway, a glasshouse and rows "
    "of vegetables either side of a gravel path.": (
        "Darlun o ardd lysiau furiog gyda phorth bwaog, tŷ gwydr a rhesi o lysiau bob ochr i "
        "lwybr graean."
    ),
    # Home page
    "Heritage and Social Prescribing Community of Practice": (
        "Cymuned Ymarfer Treftadaeth a Phresgripsiynu Cymdeithasol"
    ),
    "A free, open network for heritage organisations, practitioners and voluntary and "
    "community groups who use heritage to support people's health and wellbeing through "
    "social prescribing.": (
        "Rhwydwaith agored am ddim i sefydliadau treftadaeth, ymarferwyr a grwpiau "
        "gwirfoddol a chymunedol sy'n defnyddio treftadaeth i gefnogi iechyd a llesiant "
        "pobl drwy bresgripsiynu cymdeithasol."
    ),
    "We bring together national and local heritage organisations, link workers and "
    "community groups to share what works, develop guidance and resources together, and "
    "plan new projects. The community is run by the national heritage body with the "
    "National Academy for Social Prescribing, and it meets every quarter.": (
        "Rydym yn dod â sefydliadau treftadaeth cenedlaethol a lleol, gweithwyr cyswllt a "
        "grwpiau cymunedol at ei gilydd i rannu'r hyn sy'n gweithio, i ddatblygu canllawiau "
        "ac adnoddau gyda'n gilydd, ac i gynllunio prosiectau newydd. Mae'r corff "
        "treftadaeth cenedlaethol yn rhedeg y gymuned gyda'r Academi Genedlaethol ar gyfer "
        "Presgripsiynu Cymdeithasol, ac mae'n cyfarfod bob chwarter."
    ),
    "Join the community": "Ymuno â'r gymuned",
    "Membership is free and open to everyone with an interest in heritage and wellbeing.": (
        "Mae aelodaeth am ddim ac yn agored i bawb sydd â diddordeb mewn treftadaeth a llesiant."
    ),
    # About the community
    "About the community": "Am y gymuned",
    "Who we are, what we want to achieve, and the organisations that make the community "
    "possible.": (
        "Pwy ydym ni, beth rydym am ei gyflawni, a'r sefydliadau sy'n gwneud y gymuned yn bosibl."
    ),
    "Our aim": "Ein nod",
    "The community exists so that national and local heritage organisations interested in "
    "social prescribing can meet, learn from one another and share good practice. It is a "
    "place to swap knowledge and experience, to build resources and advice together, and to "
    "plan joint projects.": (
        "Mae'r gymuned yn bodoli er mwyn i sefydliadau treftadaeth cenedlaethol a lleol sydd "
        "â diddordeb mewn presgripsiynu cymdeithasol gyfarfod, dysgu oddi wrth ei gilydd a "
        "rhannu arfer da. Mae'n fan i gyfnewid gwybodaeth a phrofiad, i lunio adnoddau a "
        "chyngor gyda'n gilydd, ac i gynllunio prosiectau ar y cyd."
    ),
    "Anyone can take part, and membership costs nothing. Members include heritage "
    "organisations of every size, individual practitioners, and voluntary, community and "
    "social enterprise (VCSE) organisations that offer, or would like to offer, heritage "
    "activities through social prescribing.": (
        "Gall unrhyw un gymryd rhan, ac nid yw aelodaeth yn costio dim. Ymhlith yr aelodau "
        "mae sefydliadau treftadaeth o bob maint, ymarferwyr unigol, a sefydliadau "
        "gwirfoddol, cymunedol a mentrau cymdeithasol (VCSE) sy'n cynnig, neu a hoffai "
        "gynnig, gweithgareddau treftadaeth drwy bresgripsiynu cymdeithasol."
    ),
    "Our seven objectives": "Ein saith amcan",
    "Help members work together, learn and develop their practice in heritage and social "
    "prescribing.": (
        "Helpu aelodau i gydweithio, dysgu a datblygu eu hymarfer ym maes treftadaeth a "
        "phresgripsiynu cymdeithasol."
    ),
    "Build partnerships and exchange knowledge, including with health, nature, physical "
    "activity, arts and culture.": (
        "Meithrin partneriaethau a chyfnewid gwybodaeth, gan gynnwys gyda meysydd iechyd, "
        "natur, gweithgarwch corfforol, y celfyddydau a diwylliant."
    ),
    "Produce guidance and policies, ethics standards among them, for heritage activities "
    "offered through social prescribing, which could in time support training across the "
    "sector.": (
        "Llunio canllawiau a pholisïau, gan gynnwys safonau moesegol, ar gyfer "
        "gweithgareddau treftadaeth a gynigir drwy bresgripsiynu cymdeithasol, a allai "
        "gefnogi hyfforddiant ar draws y sector maes o law."
    ),
    "Develop evaluation toolkits and frameworks that measure the wellbeing effects of "
    "taking part in heritage activities without placing a heavy burden on participants or "
    "providers.": (
        "Datblygu pecynnau cymorth a fframweithiau gwerthuso sy'n mesur effaith cymryd rhan "
        "mewn gweithgareddau treftadaeth ar lesiant heb roi baich trwm ar gyfranogwyr na "
        "darparwyr."
    ),
    "Gather more evidence and data, case studies included, on what heritage activities "
    "achieve through social prescribing.": (
        "Casglu rhagor o dystiolaeth a data, gan gynnwys astudiaethau achos, am yr hyn y mae "
        "gweithgareddau treftadaeth yn ei gyflawni drwy bresgripsiynu cymdeithasol."
    ),
    "Collaborate on research into heritage and social prescribing.": (
        "Cydweithio ar ymchwil i dreftadaeth a phresgripsiynu cymdeithasol."
    ),
    "Keep a shared library of resources that every member can use and add to.": (
        "Cadw llyfrgell adnoddau a rennir y gall pob aelod ei defnyddio ac ychwanegu ati."
    ),
    "How we meet": "Sut rydym yn cyfarfod",
    "Members meet once a quarter, online or in person, to hear from projects, discuss "
    "shared challenges and agree what to work on next. Between meetings members keep in "
    "touch through this website.": (
        "Mae'r aelodau'n cyfarfod unwaith y chwarter, ar-lein neu wyneb yn wyneb, i glywed "
        "gan brosiectau, trafod heriau cyffredin a chytuno beth i weithio arno nesaf. Rhwng "
        "cyfarfodydd mae'r aelodau'n cadw mewn cysylltiad drwy'r wefan hon."
    ),
    "Our partners": "Ein partneriaid",
    "The community was set up by the national heritage body in partnership with the "
    "National Academy for Social Prescribing (NASP), with support from the Wellbeing and "
    "Heritage Group. It was created, and is facilitated, together with the Council for "
    "British Archaeology.": (
        "Sefydlwyd y gymuned gan y corff treftadaeth cenedlaethol mewn partneriaeth â'r "
        "Academi Genedlaethol ar gyfer Presgripsiynu Cymdeithasol (NASP), gyda chefnogaeth "
        "y Grŵp Llesiant a Threftadaeth. Cafodd ei chreu, ac mae'n cael ei hwyluso, ar y "
        "cyd â Chyngor Archaeoleg Prydain."
    ),
    # Join
    "Membership is free and open to everyone.": "Mae aelodaeth am ddim ac yn agored i bawb.",
    "Who can join": "Pwy all ymuno",
    "Anyone interested in heritage and social prescribing: people from heritage "
    "organisations large and small, practitioners and freelancers, link workers, and "
    "voluntary and community organisations.": (
        "Unrhyw un sydd â diddordeb mewn treftadaeth a phresgripsiynu cymdeithasol: pobl o "
        "sefydliadau treftadaeth mawr a bach, ymarferwyr a gweithwyr llawrydd, gweithwyr "
        "cyswllt, a sefydliadau gwirfoddol a chymunedol."
    ),
    "What members can do": "Beth gall aelodau ei wneud",
    "Come to the quarterly meetings.": "Dod i'r cyfarfodydd chwarterol.",
    "Find and contact other members.": "Dod o hyd i aelodau eraill a chysylltu â nhw.",
    "Use and add to the shared library of resources.": (
        "Defnyddio'r llyfrgell adnoddau a rennir ac ychwanegu ati."
    ),
    "Help shape guidance, toolkits and research.": (
        "Helpu i lunio canllawiau, pecynnau cymorth ac ymchwil."
    ),
    "How to join": "Sut i ymuno",
    '<a id="a1">Fill in the joining form</a>. It asks for your name, e-mail address and a '
    "password, your organisation, your role, where you work and, in a few sentences, why "
    "you want to join. We send you an e-mail to confirm your address, then the organisers "
    "review your application, usually within a week. Once you are a member you can add "
    "your interests and how you would like to take part, and choose whether to appear in "
    "the member directory.": (
        '<a id="a1">Llenwch y ffurflen ymuno</a>. Mae\'n gofyn am eich enw, eich cyfeiriad '
        "e-bost a chyfrinair, eich sefydliad, eich rôl, ble rydych yn gweithio ac, mewn "
        "ychydig frawddegau, pam rydych am ymuno. Rydym yn anfon e-bost atoch i gadarnhau "
        "eich cyfeiriad, yna mae'r trefnwyr yn adolygu'ch cais, fel arfer o fewn wythnos. "
        "Unwaith y byddwch yn aelod gallwch ychwanegu eich diddordebau a sut yr hoffech "
        "gymryd rhan, a dewis a ydych am ymddangos yng nghyfeiriadur yr aelodau."
    ),
    'Questions first? Write to <a id="a1">community@example.org</a>.': (
        'Cwestiynau yn gyntaf? Ysgrifennwch at <a id="a1">community@example.org</a>.'
    ),
    # Guidance section
    "Guidance and toolkits": "Canllawiau a phecynnau cymorth",
    "Guidance, ethics standards, toolkits and evaluation frameworks written by and for the "
    "community. Free for anyone to read, print and adapt.": (
        "Canllawiau, safonau moesegol, pecynnau cymorth a fframweithiau gwerthuso a "
        "ysgrifennwyd gan y gymuned ac ar ei chyfer. Am ddim i unrhyw un eu darllen, eu "
        "hargraffu a'u haddasu."
    ),
    # Getting started: what the chapters add beyond their first paragraphs
    "A link worker spends time with each person to understand what matters to them, then "
    "helps them find activities and support nearby. Heritage activities sit alongside "
    "gardening, walking groups, arts and volunteering.": (
        "Mae gweithiwr cyswllt yn treulio amser gyda phob person i ddeall beth sy'n bwysig "
        "iddyn nhw, ac yna'n eu helpu i ddod o hyd i weithgareddau a chymorth gerllaw. Mae "
        "gweithgareddau treftadaeth yn eistedd ochr yn ochr â garddio, grwpiau cerdded, y "
        "celfyddydau a gwirfoddoli."
    ),
    "Where heritage fits": "Lle mae treftadaeth yn ffitio",
    "A local history group or society.": "Grŵp neu gymdeithas hanes lleol.",
    "Volunteering at a museum, archive or historic place.": (
        "Gwirfoddoli mewn amgueddfa, archif neu le hanesyddol."
    ),
    "Archaeology, heritage crafts and guided walks.": (
        "Archaeoleg, crefftau treftadaeth a theithiau cerdded tywysedig."
    ),
    "Not a treatment": "Nid triniaeth",
    "Heritage activities do not replace medical care. They offer connection, purpose and "
    "interest, which can help people feel better alongside any treatment they receive.": (
        "Nid yw gweithgareddau treftadaeth yn cymryd lle gofal meddygol. Maen nhw'n cynnig "
        "cysylltiad, pwrpas a diddordeb, a all helpu pobl i deimlo'n well ochr yn ochr ag "
        "unrhyw driniaeth a gânt."
    ),
    "Who the activity suits, and who it may not suit.": (
        "Pwy mae'r gweithgaredd yn addas iddyn nhw, a phwy efallai nad yw'n addas iddyn nhw."
    ),
    "When and where it happens, and what it costs.": (
        "Pryd a ble mae'n digwydd, a faint mae'n ei gostio."
    ),
    "How to refer, and how quickly you reply.": "Sut i atgyfeirio, a pha mor gyflym rydych chi'n ateb.",
    "What access support you can offer.": "Pa gymorth mynediad y gallwch ei gynnig.",
    "Keep it to one page": "Cadwch ef i un dudalen",
    "A single page that a link worker can read in two minutes is more useful than a long "
    "brochure.": (
        "Mae un dudalen y gall gweithiwr cyswllt ei darllen mewn dau funud yn fwy "
        "defnyddiol na llyfryn hir."
    ),
    "Close the loop": "Cau'r cylch",
    "Tell the link worker when someone has come along, and when they have not. Agree how "
    "you will pass back any worries about a person's safety or health.": (
        "Rhowch wybod i'r gweithiwr cyswllt pan fydd rhywun wedi dod, a phan na fyddant "
        "wedi dod. Cytunwch sut y byddwch yn trosglwyddo unrhyw bryderon am ddiogelwch neu "
        "iechyd person."
    ),
    "Consent": "Caniatâd",
    "Ask for the person's agreement before their details are shared, and share only what "
    "you need.": (
        "Gofynnwch am gytundeb y person cyn rhannu ei fanylion, a rhannwch ddim ond yr hyn "
        "sydd ei angen."
    ),
    "Keep the same day, time and place.": "Cadwch yr un diwrnod, amser a lle.",
    "Have a named person to greet newcomers.": "Bod ag un person penodol i groesawu newydd-ddyfodiaid.",
    "Offer tea and time to talk.": "Cynigiwch baned ac amser i sgwrsio.",
    "Let people take part at their own pace.": "Gadewch i bobl gymryd rhan ar eu cyflymder eu hunain.",
    "Assess the risks": "Asesu'r risgiau",
    "Carry out a simple risk assessment for each activity and site: trip hazards, weather, "
    "lone working, first aid, and what to do if someone becomes unwell.": (
        "Cynhaliwch asesiad risg syml ar gyfer pob gweithgaredd a safle: peryglon baglu, y "
        "tywydd, gweithio ar eich pen eich hun, cymorth cyntaf, a beth i'w wneud os bydd "
        "rhywun yn mynd yn sâl."
    ),
    "Ask people what they want": "Gofynnwch i bobl beth maen nhw ei eisiau",
    "Invite participants to shape the programme. What people choose, they come back for.": (
        "Gwahoddwch gyfranogwyr i lunio'r rhaglen. Mae pobl yn dod yn ôl am yr hyn maen "
        "nhw'n ei ddewis."
    ),
    "Name a safeguarding lead.": "Enwch arweinydd diogelu.",
    "Train staff and volunteers to recognise and report concerns.": (
        "Hyfforddwch staff a gwirfoddolwyr i adnabod pryderon a rhoi gwybod amdanynt."
    ),
    "Agree with link workers what happens next.": (
        "Cytunwch gyda gweithwyr cyswllt beth sy'n digwydd nesaf."
    ),
    "Give volunteers a named contact and regular check-ins.": (
        "Rhowch gyswllt penodol a sgyrsiau rheolaidd i wirfoddolwyr."
    ),
    "If you are worried about someone": "Os ydych yn poeni am rywun",
    "If someone is in immediate danger, call 999. Otherwise, tell your safeguarding lead "
    "the same day and write down what you saw and heard.": (
        "Os yw rhywun mewn perygl uniongyrchol, ffoniwch 999. Fel arall, dywedwch wrth eich "
        "arweinydd diogelu yr un diwrnod ac ysgrifennwch yr hyn a welsoch ac a glywsoch."
    ),
    # Getting started guide
    "Getting started with heritage social prescribing": (
        "Dechrau arni gyda phresgripsiynu cymdeithasol treftadaeth"
    ),
    "A step-by-step introduction for heritage organisations new to social prescribing.": (
        "Cyflwyniad cam wrth gam i sefydliadau treftadaeth sy'n newydd i bresgripsiynu "
        "cymdeithasol."
    ),
    "This guide walks through the first steps: understanding how social prescribing works, "
    "building links with health services, and designing an activity that welcomes "
    "people.": (
        "Mae'r canllaw hwn yn eich tywys drwy'r camau cyntaf: deall sut mae presgripsiynu "
        "cymdeithasol yn gweithio, meithrin cysylltiadau â gwasanaethau iechyd, a chynllunio "
        "gweithgaredd sy'n croesawu pobl."
    ),
    "Wellbeing and Inclusion": "Llesiant a Chynhwysiant",
    "Understanding social prescribing": "Deall presgripsiynu cymdeithasol",
    "The basics": "Y pethau sylfaenol",
    "Social prescribing connects people with community activities and support for needs "
    "that medicine alone cannot meet.": (
        "Mae presgripsiynu cymdeithasol yn cysylltu pobl â gweithgareddau a chymorth yn y "
        "gymuned ar gyfer anghenion na all meddyginiaeth yn unig eu diwallu."
    ),
    "Working with link workers": "Gweithio gyda gweithwyr cyswllt",
    "What link workers need from you": "Beth sydd ei angen ar weithwyr cyswllt gennych chi",
    "A clear description of the activity, who it suits, how to refer, and a named contact "
    "who replies.": (
        "Disgrifiad clir o'r gweithgaredd, i bwy mae'n addas, sut i atgyfeirio, ac enw "
        "cyswllt sy'n ateb."
    ),
    "Setting up a referral pathway": "Sefydlu llwybr atgyfeirio",
    "Agree the steps": "Cytuno ar y camau",
    "Write down how a referral arrives, who responds, how quickly, and how you report back "
    "to the link worker.": (
        "Ysgrifennwch sut mae atgyfeiriad yn cyrraedd, pwy sy'n ymateb, pa mor gyflym, a sut "
        "rydych yn adrodd yn ôl i'r gweithiwr cyswllt."
    ),
    "Test it": "Rhowch brawf arno",
    "Walk through a pretend referral together before the first real one.": (
        "Ewch drwy atgyfeiriad ffug gyda'ch gilydd cyn yr un go iawn cyntaf."
    ),
    "Designing your activity": "Cynllunio eich gweithgaredd",
    "Start small": "Dechrau'n fach",
    "A regular, small group with a friendly welcome works better than a large one-off event.": (
        "Mae grŵp bach rheolaidd gyda chroeso cyfeillgar yn gweithio'n well na digwyddiad "
        "mawr untro."
    ),
    "Make it accessible": "Ei wneud yn hygyrch",
    "Think about travel, cost, seating, toilets, quiet space and the timing of sessions.": (
        "Meddyliwch am deithio, cost, seddi, toiledau, lle tawel ac amseriad y sesiynau."
    ),
    "Looking after people": "Gofalu am bobl",
    "Safeguarding and support": "Diogelu a chymorth",
    "Follow the community's ethical standards, and make sure staff and volunteers know what "
    "to do if they are worried about someone.": (
        "Dilynwch safonau moesegol y gymuned, a gwnewch yn siŵr bod staff a gwirfoddolwyr yn "
        "gwybod beth i'w wneud os ydynt yn poeni am rywun."
    ),
}


def pages_to_translate(home):
    pages = [home]
    children = {page.slug: page for page in home.get_children()}
    pages += [children[slug] for slug in TRANSLATED_PAGES if slug in children]
    section_slug, guide_slug = TRANSLATED_GUIDE
    section = children.get(section_slug)
    guide = section and section.get_children().filter(slug=guide_slug).first()
    if guide is not None:
        pages += list(guide.get_descendants(inclusive=True).order_by("path"))
    return [page.specific for page in pages]


def translate_page(page, locale, translations=WELSH):
    """Translate `page` into `locale` with wagtail-localize and publish it.
    Leaves a page alone once it has a translation (its editors own it then)."""
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )

    existing = page.get_translation_or_none(locale)
    if existing is not None and existing.alias_of_id is None:
        return existing
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = StringSegment.objects.filter(source=source).select_related("string")
    for segment in segments:
        text = translations.get(segment.string.data)
        if text is not None:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context_id=segment.context_id,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
    translation.save_target(publish=True)
    return page.get_translation(locale)


def load_welsh_translations(home):
    locale = Locale.objects.filter(language_code="cy").first()
    if locale is None:
        return []
    # Parents first, so each translation is placed under its translated parent.
    return [translate_page(page, locale) for page in pages_to_translate(home)]
