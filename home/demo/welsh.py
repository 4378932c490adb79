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
    # Getting started: the chapters' guidance (resources/demo_guidance_text.py)
    "Many of the reasons people see their GP are not only medical: loneliness, stress, "
    "money worries, difficulties at home and pressures at work all affect health. Social "
    "prescribing gives people time to talk about what matters to them, and a route to "
    "things that help, such as volunteering, gardening, befriending, group support, arts "
    "classes, exercise and local history clubs.": (
        "Nid rhesymau meddygol yn unig sydd gan lawer o bobl dros weld eu meddyg teulu: "
        "mae unigrwydd, straen, pryderon ariannol, anawsterau gartref a phwysau yn y "
        "gwaith i gyd yn effeithio ar iechyd. Mae presgripsiynu cymdeithasol yn rhoi amser "
        "i bobl siarad am yr hyn sy'n bwysig iddyn nhw, a llwybr at bethau sy'n helpu, fel "
        "gwirfoddoli, garddio, cyfeillio, grwpiau cymorth, dosbarthiadau celf, ymarfer "
        "corff a chlybiau hanes lleol."
    ),
    "How it works in England": "Sut mae'n gweithio yn Lloegr",
    "In England, social prescribing is part of NHS England's model of personalised care. "
    "Since 2019, Primary Care Networks (groups of GP practices that work together) have "
    "been able to employ social prescribing link workers, and many people now reach social "
    "prescribing through one. A typical journey has three steps:": (
        "Yn Lloegr, mae presgripsiynu cymdeithasol yn rhan o fodel GIG Lloegr ar gyfer "
        "gofal wedi'i bersonoli. Ers 2019, mae Rhwydweithiau Gofal Sylfaenol (grwpiau o "
        "feddygfeydd sy'n cydweithio) wedi gallu cyflogi gweithwyr cyswllt presgripsiynu "
        "cymdeithasol, ac mae llawer o bobl bellach yn dod at bresgripsiynu cymdeithasol "
        "drwy un ohonyn nhw. Mae tri cham i daith nodweddiadol:"
    ),
    "<b>Referral.</b> A GP, nurse, pharmacist or other professional refers someone to a "
    "link worker; in many areas councils, voluntary services and people themselves can "
    "refer too.": (
        "<b>Atgyfeirio.</b> Mae meddyg teulu, nyrs, fferyllydd neu weithiwr proffesiynol "
        "arall yn atgyfeirio rhywun at weithiwr cyswllt; mewn llawer o ardaloedd gall "
        "cynghorau, gwasanaethau gwirfoddol a phobl eu hunain atgyfeirio hefyd."
    ),
    "<b>Conversation.</b> The link worker spends time with the person, often over several "
    "meetings, to understand what matters to them, and together they agree what to try.": (
        "<b>Sgwrs.</b> Mae'r gweithiwr cyswllt yn treulio amser gyda'r person, yn aml dros "
        "sawl cyfarfod, i ddeall beth sy'n bwysig iddyn nhw, a gyda'i gilydd maen nhw'n "
        "cytuno beth i roi cynnig arno."
    ),
    "<b>Connection.</b> The link worker introduces the person to a group or service, often "
    "run by a voluntary, community or social enterprise (VCSE) organisation, and keeps in "
    "touch to see how it is going.": (
        "<b>Cysylltu.</b> Mae'r gweithiwr cyswllt yn cyflwyno'r person i grŵp neu "
        "wasanaeth, yn aml un sy'n cael ei redeg gan sefydliad gwirfoddol, cymunedol neu "
        "fenter gymdeithasol (VCSE), ac yn cadw mewn cysylltiad i weld sut mae pethau'n "
        "mynd."
    ),
    "Arrangements differ in Wales, Scotland and Northern Ireland, where link workers may "
    "work for councils, health boards or voluntary organisations, sometimes under other "
    "names such as community connectors. Your local council for voluntary service (county "
    "voluntary council in Wales) will know who does this work near you.": (
        "Mae'r trefniadau'n wahanol yng Nghymru, yr Alban a Gogledd Iwerddon, lle gall "
        "gweithwyr cyswllt weithio i gynghorau, byrddau iechyd neu sefydliadau gwirfoddol, "
        "weithiau dan enwau eraill fel cysylltwyr cymunedol. Bydd eich cyngor gwasanaethau "
        "gwirfoddol lleol (y cyngor gwirfoddol sirol yng Nghymru) yn gwybod pwy sy'n "
        "gwneud y gwaith hwn yn eich ardal chi."
    ),
    "Heritage sits alongside nature, the arts and physical activity among the kinds of "
    "activity a link worker can suggest. It can include:": (
        "Mae treftadaeth yn un o'r mathau o weithgarwch y gall gweithiwr cyswllt eu "
        "hawgrymu, ochr yn ochr â natur, y celfyddydau a gweithgarwch corfforol. Gall "
        "gynnwys:"
    ),
    "Conservation volunteering in historic gardens, parks and buildings.": (
        "Gwirfoddoli ym maes cadwraeth mewn gerddi, parciau ac adeiladau hanesyddol."
    ),
    "The national heritage body's evidence report on heritage and social prescribing sets "
    "out why heritage can help: it strengthens identity and belonging and eases "
    "loneliness; it supports brain health and memory; exploring and learning from the past "
    "brings discovery, insight and resilience; and knowing a place's story builds pride in "
    "it and a sense of belonging to something bigger.": (
        "Mae adroddiad tystiolaeth y corff treftadaeth cenedlaethol ar dreftadaeth a "
        "phresgripsiynu cymdeithasol yn esbonio pam y gall treftadaeth helpu: mae'n "
        "cryfhau hunaniaeth ac ymdeimlad o berthyn ac yn lleddfu unigrwydd; mae'n cefnogi "
        "iechyd yr ymennydd a'r cof; mae archwilio'r gorffennol a dysgu ohono yn dod â "
        "darganfyddiadau, dirnadaeth a gwydnwch; ac mae gwybod hanes lle yn meithrin "
        "balchder ynddo ac ymdeimlad o berthyn i rywbeth mwy."
    ),
    "Two routes the community has tested": "Dau lwybr y mae'r gymuned wedi'u profi",
    "Two pilots funded by Historic England ran from April to November 2023. Heritage "
    "Connectors, in Frome, added heritage to the options offered by a social prescribing "
    "service hosted by a Primary Care Network. Heritage Buddies, in Nottingham, befriended "
    "people and supported them to find heritage activities that suited them. Their "
    "toolkits, in this guidance section, show what each learned.": (
        "Cafodd dau gynllun peilot a ariannwyd gan Historic England eu cynnal rhwng Ebrill a "
        "Thachwedd 2023. Ychwanegodd Heritage Connectors, yn Frome, dreftadaeth at y "
        "dewisiadau a gynigir gan wasanaeth presgripsiynu cymdeithasol a gynhelir gan "
        "Rwydwaith Gofal Sylfaenol. Bu Heritage Buddies, yn Nottingham, yn cyfeillio â "
        "phobl ac yn eu cefnogi i ddod o hyd i weithgareddau treftadaeth a oedd yn addas "
        "iddyn nhw. Mae eu pecynnau cymorth, yn yr adran ganllawiau hon, yn dangos beth "
        "ddysgodd pob un."
    ),
    "Link workers are the bridge between health services and your activity. They are busy, "
    "they see many people with complex lives, and they refer people only to activities "
    "they trust. Your task is to make your activity easy to understand, easy to refer to "
    "and reliably welcoming.": (
        "Gweithwyr cyswllt yw'r bont rhwng gwasanaethau iechyd a'ch gweithgaredd chi. Maen "
        "nhw'n brysur, maen nhw'n gweld llawer o bobl â bywydau cymhleth, a dim ond at "
        "weithgareddau y maen nhw'n ymddiried ynddyn nhw y byddan nhw'n atgyfeirio pobl. "
        "Eich tasg chi yw gwneud eich gweithgaredd yn hawdd ei ddeall, yn hawdd atgyfeirio "
        "ato ac yn groesawgar bob tro."
    ),
    "Find your local link workers": "Dod o hyd i'ch gweithwyr cyswllt lleol",
    "Ask your GP practice which Primary Care Network it belongs to, and who leads its "
    "social prescribing team.": (
        "Gofynnwch i'ch meddygfa i ba Rwydwaith Gofal Sylfaenol y mae'n perthyn, a phwy "
        "sy'n arwain ei thîm presgripsiynu cymdeithasol."
    ),
    "Contact your council for voluntary service, which often knows the link workers and "
    "runs networks for community groups.": (
        "Cysylltwch â'ch cyngor gwasanaethau gwirfoddol, sy'n aml yn adnabod y gweithwyr "
        "cyswllt ac yn rhedeg rhwydweithiau ar gyfer grwpiau cymunedol."
    ),
    "Find out whether link workers in your area use an online directory of community "
    "services, and add your activity to it.": (
        "Holwch a yw gweithwyr cyswllt yn eich ardal yn defnyddio cyfeiriadur ar-lein o "
        "wasanaethau cymunedol, ac ychwanegwch eich gweithgaredd ato."
    ),
    "Look for local social prescribing networks and events, where link workers and "
    "providers meet.": (
        "Chwiliwch am rwydweithiau a digwyddiadau presgripsiynu cymdeithasol lleol, lle "
        "mae gweithwyr cyswllt a darparwyr yn cyfarfod."
    ),
    "Whether someone can bring a friend, carer or support worker.": (
        "A all rhywun ddod â ffrind, gofalwr neu weithiwr cymorth gyda nhw."
    ),
    "Describe what people do": "Disgrifio beth mae pobl yn ei wneud",
    "Link workers match people, not collections. Describe the activity by what people will "
    "do and how it may feel: <i>a small, friendly group that meets on Tuesday mornings to "
    "sort and label old photographs of the town, with tea, no experience needed</i> tells "
    "a link worker far more than a list of periods and objects.": (
        "Gyda phobl y mae gweithwyr cyswllt yn gweithio, nid gyda chasgliadau. Disgrifiwch "
        "y gweithgaredd yn ôl yr hyn y bydd pobl yn ei wneud a sut y gallai deimlo: mae "
        "<i>grŵp bach, cyfeillgar sy'n cyfarfod ar fore Mawrth i ddidoli a labelu hen "
        "ffotograffau o'r dref, gyda phaned, dim angen profiad</i> yn dweud llawer mwy "
        "wrth weithiwr cyswllt na rhestr o gyfnodau a gwrthrychau."
    ),
    "Build trust": "Meithrin ymddiriedaeth",
    "Invite link workers to a short taster visit, so they can describe the activity from "
    "experience.": (
        "Gwahoddwch weithwyr cyswllt i ymweliad blasu byr, er mwyn iddyn nhw allu "
        "disgrifio'r gweithgaredd o brofiad."
    ),
    "Offer to speak for ten minutes at one of their team meetings.": (
        "Cynigiwch siarad am ddeg munud yn un o gyfarfodydd eu tîm."
    ),
    "Tell them at once when times, places or costs change, or when a group is full.": (
        "Rhowch wybod iddyn nhw ar unwaith pan fydd amseroedd, lleoedd neu gostau'n newid, "
        "neu pan fydd grŵp yn llawn."
    ),
    "Be honest about what you cannot offer: a link worker whose client has a bad first "
    "visit may not refer again.": (
        "Byddwch yn onest am yr hyn na allwch ei gynnig: os caiff rhywun a atgyfeiriwyd "
        "ymweliad cyntaf gwael, efallai na fydd y gweithiwr cyswllt yn atgyfeirio eto."
    ),
    "When staff change, introduce yourself to the new link worker.": (
        "Pan fydd staff yn newid, cyflwynwch eich hun i'r gweithiwr cyswllt newydd."
    ),
    "Learning from the pilots": "Dysgu o'r cynlluniau peilot",
    "The Heritage Connectors toolkit shows how to map local heritage activities, so that "
    "the people who signpost know what is on offer and whom to contact. The Heritage "
    "Buddies toolkit shows how to support people who need more than information: someone "
    "to befriend them and help them find what suits them. Ask link workers which of the "
    "people they see might need that kind of support, and plan for both.": (
        "Mae pecyn cymorth Heritage Connectors yn dangos sut i fapio gweithgareddau "
        "treftadaeth lleol, fel bod y bobl sy'n cyfeirio yn gwybod beth sydd ar gael ac â "
        "phwy i gysylltu. Mae pecyn cymorth Heritage Buddies yn dangos sut i gefnogi pobl "
        "sydd angen mwy na gwybodaeth: rhywun i gyfeillio â nhw a'u helpu i ddod o hyd i'r "
        "hyn sy'n addas iddyn nhw. Gofynnwch i weithwyr cyswllt pa rai o'r bobl maen nhw'n "
        "eu gweld a allai fod angen y math hwnnw o gymorth, a chynlluniwch ar gyfer y ddau."
    ),
    "A referral pathway is the agreed route from a link worker to your activity and, when "
    "needed, back again. Writing it down keeps participants safe, makes sure nobody is "
    "lost between organisations, and keeps the pathway working when staff change.": (
        "Llwybr atgyfeirio yw'r llwybr y cytunwyd arno o weithiwr cyswllt i'ch "
        "gweithgaredd chi ac, os oes angen, yn ôl eto. Mae ei nodi'n ysgrifenedig yn cadw "
        "cyfranogwyr yn ddiogel, yn sicrhau nad oes neb yn mynd ar goll rhwng sefydliadau, "
        "ac yn sicrhau bod y llwybr yn dal i weithio pan fydd staff yn newid."
    ),
    "The link worker talks the activity through with the person and checks that it suits them.": (
        "Mae'r gweithiwr cyswllt yn trafod y gweithgaredd gyda'r person ac yn gwirio ei "
        "fod yn addas iddyn nhw."
    ),
    "With the person's agreement, the link worker sends the referral by the route you agreed.": (
        "Gyda chytundeb y person, mae'r gweithiwr cyswllt yn anfon yr atgyfeiriad drwy'r "
        "llwybr y cytunoch arno."
    ),
    "A named person in your organisation contacts them within the agreed time, for example "
    "five working days.": (
        "Mae person penodol yn eich sefydliad yn cysylltu â nhw o fewn yr amser y cytunwyd "
        "arno, er enghraifft pum diwrnod gwaith."
    ),
    "Someone meets them at their first session and introduces them to the group.": (
        "Mae rhywun yn eu cyfarfod yn eu sesiwn gyntaf ac yn eu cyflwyno i'r grŵp."
    ),
    "You tell the link worker whether they came, and agree what happens if they did not.": (
        "Rydych yn rhoi gwybod i'r gweithiwr cyswllt a ddaethon nhw, ac yn cytuno beth "
        "sy'n digwydd os na ddaethon nhw."
    ),
    "Consent and data sharing": "Caniatâd a rhannu data",
    "Referral details are personal information, and anything about a person's health is "
    "special category data under UK data protection law, which needs extra care. Before "
    "you take referrals:": (
        "Mae manylion atgyfeirio yn wybodaeth bersonol, ac mae unrhyw beth am iechyd "
        "person yn ddata categori arbennig o dan gyfraith diogelu data'r DU, sy'n galw am "
        "ofal ychwanegol. Cyn i chi dderbyn atgyfeiriadau:"
    ),
    "Agree what a referral holds: usually a name, contact details, any access needs and "
    "how the person would like to be contacted. Medical details are rarely needed.": (
        "Cytunwch ar yr hyn sydd mewn atgyfeiriad: fel arfer enw, manylion cyswllt, unrhyw "
        "anghenion mynediad a'r ffordd orau o gysylltu â'r person. Anaml y mae angen "
        "manylion meddygol."
    ),
    "Use a secure way to receive referrals, not a shared inbox that many people can read.": (
        "Defnyddiwch ffordd ddiogel o dderbyn atgyfeiriadau, nid mewnflwch a rennir y gall "
        "llawer o bobl ei ddarllen."
    ),
    "Write a short privacy notice that says what you hold, why, who sees it and when you "
    "delete it.": (
        "Ysgrifennwch hysbysiad preifatrwydd byr sy'n nodi beth rydych yn ei gadw, pam, "
        "pwy sy'n ei weld a phryd rydych yn ei ddileu."
    ),
    "Keep records only as long as you need them, and delete them on a set date.": (
        "Cadwch gofnodion dim ond cyhyd ag y mae eu hangen arnoch, a dilëwch nhw ar "
        "ddyddiad penodol."
    ),
    "The Information Commissioner's Office publishes guidance for small organisations that "
    "is a good place to start.": (
        "Mae Swyddfa'r Comisiynydd Gwybodaeth yn cyhoeddi canllawiau i sefydliadau bach "
        "sy'n fan cychwyn da."
    ),
    "Agreement to share details is not agreement to be photographed or to take part in "
    "evaluation: ask for each separately.": (
        "Nid yw cytuno i rannu manylion yr un peth â chytuno i gael tynnu eu llun neu i "
        "gymryd rhan mewn gwerthuso: gofynnwch am bob un ar wahân."
    ),
    "Follow an invented person through every step: who receives the referral, who covers "
    "holidays, and what happens if the phone number is wrong. Then start with a few real "
    "referrals, and review the pathway with the link worker before you take more.": (
        "Dilynwch berson dychmygol drwy bob cam: pwy sy'n derbyn yr atgyfeiriad, pwy sy'n "
        "cyflenwi yn ystod gwyliau, a beth sy'n digwydd os yw'r rhif ffôn yn anghywir. Yna "
        "dechreuwch gydag ychydig o atgyfeiriadau go iawn, ac adolygwch y llwybr gyda'r "
        "gweithiwr cyswllt cyn i chi dderbyn rhagor."
    ),
    "If a participant mentions debt, housing or a worsening illness, staff and volunteers "
    "need not solve it, but they should know whom to tell. If someone may be at risk of "
    "harm, follow your safeguarding procedure first.": (
        "Os yw cyfranogwr yn sôn am ddyled, tai neu salwch sy'n gwaethygu, nid oes rhaid i "
        "staff a gwirfoddolwyr ddatrys y peth, ond dylen nhw wybod wrth bwy i ddweud. Os "
        "gallai rhywun fod mewn perygl o niwed, dilynwch eich gweithdrefn ddiogelu yn "
        "gyntaf."
    ),
    "People who come without a referral": "Pobl sy'n dod heb atgyfeiriad",
    "Some people arrive without a referral, having heard about you from a friend or a "
    "poster. Welcome them in the same way; if they need more support, tell them that their "
    "GP practice can put them in touch with a link worker.": (
        "Mae rhai pobl yn cyrraedd heb atgyfeiriad, ar ôl clywed amdanoch gan ffrind neu "
        "ar boster. Croesawch nhw yn yr un ffordd; os oes angen mwy o gymorth arnyn nhw, "
        "dywedwch wrthyn nhw y gall eu meddygfa eu rhoi mewn cysylltiad â gweithiwr "
        "cyswllt."
    ),
    "The best heritage activities for social prescribing are rarely the grandest. People "
    "who are lonely, anxious or unwell need a warm welcome, something absorbing to do, and "
    "a reason to come back next week.": (
        "Anaml y bydd y gweithgareddau treftadaeth gorau ar gyfer presgripsiynu "
        "cymdeithasol yn rhai mawreddog. Mae ar bobl sy'n unig, yn bryderus neu'n sâl "
        "angen croeso cynnes, rhywbeth difyr i'w wneud, a rheswm i ddod yn ôl yr wythnos "
        "nesaf."
    ),
    "Choose what people will do": "Dewis beth fydd pobl yn ei wneud",
    "Build on what your place or collection does well, and offer more than one way to take "
    "part. For example:": (
        "Adeiladwch ar yr hyn y mae eich lle neu'ch casgliad yn ei wneud yn dda, a "
        "chynigiwch fwy nag un ffordd o gymryd rhan. Er enghraifft:"
    ),
    "Handling objects and sharing the memories they bring back.": (
        "Trin gwrthrychau a rhannu'r atgofion y maen nhw'n eu deffro."
    ),
    "Researching the history of a street, a building or a family.": (
        "Ymchwilio i hanes stryd, adeilad neu deulu."
    ),
    "Gardening or conservation work at a historic site.": (
        "Garddio neu waith cadwraeth ar safle hanesyddol."
    ),
    "Gentle guided walks that explore a place's past.": (
        "Teithiau cerdded tywysedig hamddenol sy'n archwilio hanes lle."
    ),
    "Recording people's own stories of the area.": "Cofnodi straeon pobl eu hunain am yr ardal.",
    "Describe the route from the bus stop or car park, with photographs of the entrance "
    "and the meeting room.": (
        "Disgrifiwch y llwybr o'r arhosfan bysiau neu'r maes parcio, gyda lluniau o'r "
        "fynedfa a'r ystafell gyfarfod."
    ),
    "Offer step-free access, seats with arms, an accessible toilet and a hearing loop, or "
    "say clearly where you cannot.": (
        "Cynigiwch fynediad heb risiau, seddi â breichiau, toiled hygyrch a dolen sain; os "
        "na allwch, dywedwch hynny'n glir."
    ),
    "Provide information in large print and easy read, and allow extra time for people "
    "with memory difficulties.": (
        "Darparwch wybodaeth mewn print bras ac mewn fformat hawdd ei ddeall, a rhowch "
        "amser ychwanegol i bobl sydd ag anawsterau cof."
    ),
    "Cover or remove costs, including entry fees and refreshments.": (
        "Talwch y costau neu hepgorwch nhw, gan gynnwys ffioedd mynediad a lluniaeth."
    ),
    "Time sessions to fit local buses and to avoid the rush hour.": (
        "Trefnwch sesiynau i gyd-fynd â bysiau lleol ac i osgoi'r oriau brig."
    ),
    "In Great Britain the Equality Act 2010 requires reasonable adjustments for disabled "
    "people, but the aim is wider than the law: ask each person what would help them take "
    "part.": (
        "Ym Mhrydain Fawr, mae Deddf Cydraddoldeb 2010 yn ei gwneud yn ofynnol i "
        "ddarparwyr wneud addasiadau rhesymol i bobl anabl, ond mae'r nod yn ehangach na'r "
        "gyfraith: gofynnwch i bob person beth fyddai'n eu helpu i gymryd rhan."
    ),
    "Historic places bring risks of their own: uneven floors, steep stairs, low light, "
    "open water and fragile objects. Write down what you will do about each, and go "
    "through the assessment with every volunteer.": (
        "Mae lleoedd hanesyddol yn dod â'u risgiau eu hunain: lloriau anwastad, grisiau "
        "serth, golau gwan, dŵr agored a gwrthrychau bregus. Ysgrifennwch beth fyddwch "
        "chi'n ei wneud am bob un, ac ewch drwy'r asesiad gyda phob gwirfoddolwr."
    ),
    "Plan how you will know it helps": "Cynllunio sut y byddwch yn gwybod ei fod yn helpu",
    "Decide before the first session how you will tell whether the activity makes a "
    "difference. Keep it light: attendance records, a short wellbeing scale at the start "
    "and the end, and a few words from participants. The community's guide to evaluating "
    "wellbeing outcomes suggests measures that take a minute or two to answer.": (
        "Penderfynwch cyn y sesiwn gyntaf sut y byddwch yn gwybod a yw'r gweithgaredd yn "
        "gwneud gwahaniaeth. Cadwch bethau'n ysgafn: cofnodion presenoldeb, graddfa "
        "llesiant fer ar y dechrau ac ar y diwedd, ac ychydig o eiriau gan gyfranogwyr. "
        "Mae canllaw'r gymuned ar werthuso canlyniadau llesiant yn awgrymu mesurau sy'n "
        "cymryd munud neu ddau i'w hateb."
    ),
    "Plan the ending too": "Cynllunio'r diwedd hefyd",
    "If the activity runs as a course, tell people from the start how many sessions there "
    "will be, and help them find somewhere to go next: a society to join, a volunteering "
    "role, or a group that some of them can run for themselves.": (
        "Os yw'r gweithgaredd yn gwrs, dywedwch wrth bobl o'r dechrau faint o sesiynau "
        "fydd ynddo, a helpwch nhw i ddod o hyd i rywle i fynd nesaf: cymdeithas i ymuno â "
        "hi, rôl wirfoddoli, neu grŵp y gall rhai ohonyn nhw ei redeg eu hunain."
    ),
    "Know your local arrangements": "Gwybod beth yw'r trefniadau lleol",
    "In England, councils lead the safeguarding of adults under the Care Act 2014; in "
    "Wales, the Social Services and Well-being (Wales) Act 2014 sets similar duties. Find "
    "your council's safeguarding contacts for adults and for children, put them in your "
    "policy, and make sure your safeguarding lead knows them.": (
        "Yn Lloegr, cynghorau sy'n arwain y gwaith o ddiogelu oedolion o dan Ddeddf Gofal "
        "2014; yng Nghymru, mae Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014 yn "
        "gosod dyletswyddau tebyg. Dewch o hyd i fanylion cyswllt diogelu eich cyngor ar "
        "gyfer oedolion ac ar gyfer plant, rhowch nhw yn eich polisi, a gwnewch yn siŵr "
        "bod eich arweinydd diogelu yn eu gwybod."
    ),
    "Carry out the checks your policy requires for each role, including a DBS check where "
    "the role is eligible.": (
        "Cynhaliwch y gwiriadau y mae eich polisi yn eu gofyn ar gyfer pob rôl, gan "
        "gynnwys gwiriad DBS lle mae'r rôl yn gymwys."
    ),
    "Do not ask a volunteer to be alone with a participant in a closed room or in "
    "someone's home.": (
        "Peidiwch â gofyn i wirfoddolwr fod ar ei ben ei hun gyda chyfranogwr mewn "
        "ystafell gaeedig nac yng nghartref rhywun."
    ),
    "Keep a record of concerns, stored securely and apart from attendance registers.": (
        "Cadwch gofnod o bryderon, wedi'i storio'n ddiogel ac ar wahân i gofrestrau presenoldeb."
    ),
    "If someone's health worries you but it is not an emergency, suggest they call NHS 111 "
    "or their GP practice.": (
        "Os ydych yn poeni am iechyd rhywun ond nad yw'n argyfwng, awgrymwch eu bod yn "
        "ffonio GIG 111 neu eu meddygfa."
    ),
    "Looking after volunteers and staff": "Gofalu am wirfoddolwyr a staff",
    "Listening to people who are struggling can be hard. Give volunteers time to talk "
    "after a difficult session, make clear what they are not expected to deal with, and "
    "thank them often. People who feel supported stay, and participants value seeing the "
    "same faces each week.": (
        "Gall gwrando ar bobl sy'n cael trafferth fod yn anodd. Rhowch amser i "
        "wirfoddolwyr siarad ar ôl sesiwn anodd, eglurwch beth nad oes disgwyl iddyn nhw "
        "ymdrin ag ef, a diolchwch iddyn nhw'n aml. Mae pobl sy'n teimlo eu bod yn cael eu "
        "cefnogi yn aros, ac mae cyfranogwyr yn gwerthfawrogi gweld yr un wynebau bob "
        "wythnos."
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
