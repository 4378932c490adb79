"""The text of the demo guides' chapters: practical guidance, written from the
community's published aims, the two pilot schemes and sound practice in social
prescribing. Kept apart from resources/demo.py, which builds the guides."""

from wagtail.rich_text import RichText


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def para(html):
    return ("paragraph", RichText(html))


def callout(title, html):
    return ("callout", {"heading": title, "text": RichText(html)})


def table(caption, rows):
    return (
        "table",
        {
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": caption,
            "data": rows,
        },
    )


USING_THE_STANDARDS = [
    para(
        "<p>The seven standards describe what a person referred to a heritage activity can "
        "expect, whoever runs it. They are short on purpose: each one is a promise that "
        "everyone in your organisation, from trustees to the volunteer who makes the tea, "
        "should be able to explain. This chapter suggests how to bring them into everyday "
        "practice and how to check, honestly, how well you meet them.</p>"
    ),
    heading("Self-assessment"),
    para(
        "<p>Go through the standards with your team once a year, and again before you start "
        "taking referrals from a new partner. For each standard, write down three things: "
        "what you already do, what you could do better, and who will act and by when. Keep "
        "the notes short; they are for you, not for an inspector.</p>"
    ),
    table(
        "A simple self-assessment grid",
        [
            ["Standard", "What we do now", "What we could do better", "Who, by when"],
            [
                "2. Informed consent",
                "Leaflet sent before the first session",
                "Ask separately before taking photographs",
                "Session lead, before the spring programme",
            ],
            [
                "3. Accessibility and inclusion",
                "Step-free entrance and accessible toilet",
                "Publish a quiet-space map; offer large print",
                "Visitor services, within three months",
            ],
            [
                "5. Supported volunteers",
                "Induction for every volunteer",
                "Monthly check-in with a named contact",
                "Volunteer coordinator, from next month",
            ],
        ],
    ),
    para(
        "<p>Invite a link worker, and if you can a past participant, to look at your answers. "
        "People who come to you from outside see gaps that staff no longer notice: the "
        "confusing entrance, the form that asks for too much, the session that always runs "
        "late.</p>"
    ),
    callout(
        "Cite the standard",
        "<p>When you write a policy, a job description or a funding bid, refer to the "
        "standards by number, for example <i>Standard 4: Clear referral pathways</i>. It "
        "makes clear which promise each piece of work supports, and it lets others in the "
        "community compare practice.</p>",
    ),
    heading("Building the standards into your work"),
    para(
        "<ul>"
        "<li><b>Induction:</b> walk every new member of staff and every volunteer through "
        "the standards in their first week.</li>"
        "<li><b>Planning:</b> when you design a new activity, check it against each standard "
        "before it is advertised.</li>"
        "<li><b>Partnerships:</b> share the standards with the link workers who refer to you, "
        "so they know what to expect and what to ask.</li>"
        "<li><b>Review:</b> add a standing item to team meetings: has anything happened that "
        "tested one of the standards?</li>"
        "</ul>"
    ),
    heading("When something goes wrong"),
    para(
        "<p>If you find you have not met a standard, put it right, tell the people affected "
        "where appropriate, and record what you changed. A missed standard is not a failure "
        "to hide: it is the information you need to improve. If the problem involves risk "
        "to someone, follow your safeguarding procedure first and deal with the paperwork "
        "afterwards.</p>"
    ),
    para(
        "<p>Share what you learned, without details that could identify anyone, at a "
        "quarterly meeting or in the resource library. Other members will have met the "
        "same difficulty, and a frank account helps them more than a polished one.</p>"
    ),
]

CONNECTORS_MODEL = [
    para(
        "<p>The Heritage Connectors pilot ran in Frome, Somerset, from April to November "
        "2023. It was delivered by Frome Medical Practice and its social prescribing "
        "service, Health Connections Mendip, and it tested whether the Community Connectors "
        "signposting model could open up local heritage as a route to better wellbeing. It "
        "was the first time a social prescribing service hosted by a Primary Care Network "
        "offered heritage as one of its options.</p>"
    ),
    heading("Signposting, not prescribing"),
    para(
        "<p>Community Connectors are local people, paid or volunteer, who know what is on "
        "offer nearby. They are not clinicians and they do not make referrals in the formal "
        "sense. They listen, then point people and groups towards activities that suit them, "
        "heritage among them. Some people need only a name and a time; others need a phone "
        "call made on their behalf, or someone to meet them at the door.</p>"
    ),
    heading("How the model works"),
    para(
        "<ol>"
        "<li><b>Conversation.</b> A connector meets someone in a surgery, a library, a café "
        "or a community event and asks what matters to them.</li>"
        "<li><b>Matching.</b> Together they look at what is available: a history society, a "
        "volunteering day at a historic house, an archaeology group, a museum handling "
        "session.</li>"
        "<li><b>Connection.</b> The connector gives clear details, or makes the first "
        "contact, and checks any barriers: cost, travel, access, confidence.</li>"
        "<li><b>Follow-up.</b> A short call after the first visit: did it work, and is "
        "anything else needed?</li>"
        "</ol>"
    ),
    callout(
        "What the pilot showed",
        "<p>Heritage fits naturally alongside the other options a social prescribing "
        "service offers, provided the people doing the signposting know what the heritage "
        "offer is and trust the people who run it. The mapping described in the next "
        "chapter was the foundation for everything else.</p>",
    ),
    heading("Who the model suits"),
    para(
        "<p>It works best in places with an existing social prescribing service and a "
        "spread of small heritage organisations that would not each have capacity to work "
        "with health services directly. The connectors act as a bridge: one relationship "
        "with the surgery, many with local groups.</p>"
    ),
    para(
        "<p>Read the independent evaluation report in the resource library for what "
        "worked, for whom, and what it cost, before you plan a scheme of your own.</p>"
    ),
]

CONNECTORS_MAPPING = [
    para(
        "<p>Connectors can only signpost to what they know about. Before the pilot could "
        "connect anyone with heritage, it had to find out what heritage activity was "
        "actually happening locally, and which of it could welcome someone who might be "
        "anxious, lonely or unwell.</p>"
    ),
    heading("Start with what exists"),
    para(
        "<p>List the museums, archives, historic places, local history societies, "
        "archaeology groups, heritage crafts and volunteering opportunities near you. Many "
        "will be run entirely by volunteers and will not think of themselves as health "
        "providers. Visit if you can: a conversation tells you more than a website.</p>"
    ),
    table(
        "What to record for each activity",
        [
            ["Detail", "Why it matters"],
            ["A named contact who replies", "Link workers will not refer into silence."],
            ["When and where it happens", "Regular, predictable times are easier to join."],
            ["Cost and what is included", "Even a small fee can stop someone coming."],
            [
                "Access: steps, toilets, seating, parking, buses",
                "People decide whether to come on the details.",
            ],
            [
                "How a newcomer is welcomed",
                "A named greeter makes the first visit far less daunting.",
            ],
            [
                "Whether it can take referrals, and how many",
                "Protects small groups from more than they can manage.",
            ],
        ],
    ),
    heading("Keep it up to date"),
    para(
        "<p>Agree who checks the list and how often; every three months worked for the "
        "pilot. Remove anything that has stopped, and mark anything paused. An out-of-date "
        "directory loses the trust of link workers quickly, and one wasted journey can put "
        "a participant off for good.</p>"
    ),
    callout(
        "Ask before you list",
        "<p>Always ask a group before adding it to a directory used for social "
        "prescribing. Some are happy to welcome anyone; others need time to prepare "
        "volunteers, or can take only one or two new people a term.</p>",
    ),
    para(
        "<p>The toolkit's mapping template, in the downloads for this guide, gives the "
        "headings the pilot used. Adapt it to your area.</p>"
    ),
    para(
        "<p>Share the finished map beyond the surgery: with libraries, community centres, "
        "housing officers and carers' groups. The pilot found that people often heard "
        "about heritage activities from someone other than their link worker, and a "
        "single shared list kept everyone's information the same.</p>"
    ),
]

CONNECTORS_PRIMARY_CARE = [
    para(
        "<p>Most social prescribing link workers are employed by, or work closely with, a "
        "Primary Care Network: a group of GP practices working together with other local "
        "services. Working well with them is the difference between a heritage offer that "
        "is used and one that sits in a leaflet rack.</p>"
    ),
    heading("Talk to the Primary Care Network"),
    para(
        "<p>Link workers are busy and see many people with complex needs. Give them a short "
        "description of each heritage offer, who it suits and one named contact. Ask how "
        "they prefer to hear about new activities: a monthly e-mail, a visit to a team "
        "meeting, or a shared directory.</p>"
    ),
    para(
        "<ul>"
        "<li>Offer a familiarisation visit so link workers can see the activity for "
        "themselves.</li>"
        "<li>Agree what information comes with a referral, and keep it to what you need to "
        "welcome the person safely.</li>"
        "<li>Agree how you will let the link worker know that someone has, or has not, "
        "come along.</li>"
        "<li>Agree what you will do if you are worried about someone's safety or "
        "health.</li>"
        "</ul>"
    ),
    callout(
        "Speak their language, briefly",
        "<p>Describe activities by what people do and how they may feel, not by "
        "collections or periods: <i>a friendly weekly group sorting old photographs of the "
        "town, with tea</i> says more to a link worker than a catalogue reference.</p>",
    ),
    heading("Keep the relationship going"),
    para(
        "<p>Send short updates: how many people came, one or two anonymous stories (with "
        "permission), and any changes to times or places. Invite link workers to "
        "celebration events. When staff change, which they often do, introduce yourself "
        "again.</p>"
    ),
    heading("When needs go beyond the activity"),
    para(
        "<p>Sometimes a participant tells a volunteer about debt, a housing problem or a "
        "worsening illness. Heritage staff are not expected to solve these, but they should "
        "know how to pass them back. Agree with the link worker a simple route: who to "
        "call, what to say, and how quickly. Tell the participant what you are doing and "
        "why, unless that would put them or someone else at risk.</p>"
    ),
]

BUDDIES_WHAT = [
    para(
        "<p>Heritage Buddies was delivered by Nottingham Community and Voluntary Service "
        "from April to November 2023. It was modelled on Natural England's Nature Buddies "
        "scheme for green social prescribing, and tested whether befriending could help "
        "people who would not walk into a museum or archive on their own to find heritage "
        "activities that work for them.</p>"
    ),
    heading("Befriending first"),
    para(
        "<p>A buddy meets someone, usually referred by a link worker, and gets to know what "
        "interests them. They then go along together to a first heritage activity, and a "
        "second, until the person feels confident to go on their own or with others they "
        "have met. The buddy is a companion, not a guide or a therapist.</p>"
    ),
    heading("A typical journey"),
    para(
        "<ol>"
        "<li>A link worker refers someone who would like to try something new but feels "
        "anxious about going alone.</li>"
        "<li>The buddy and the person meet somewhere familiar, such as a café, to "
        "talk.</li>"
        "<li>They choose an activity together and the buddy checks the practical "
        "details.</li>"
        "<li>They attend together, several times if needed.</li>"
        "<li>The buddy steps back gradually, and the link worker hears how it went.</li>"
        "</ol>"
    ),
    callout(
        "Set the ending at the start",
        "<p>Tell people from the first meeting that the buddy relationship lasts a set "
        "number of sessions, often six to eight. Knowing the shape of it makes the ending "
        "feel like an achievement rather than a loss.</p>",
    ),
    heading("What buddies do not do"),
    para(
        "<p>Buddies do not give advice on health, money or housing, lend money, visit "
        "people at home alone, or keep secrets that suggest someone is at risk. These "
        "limits protect both the buddy and the person they support.</p>"
    ),
    para(
        "<p>If a buddy is worried about someone, they tell their named contact the same day, "
        "and the organisation decides with the referring link worker what happens next. "
        "The Buddies toolkit, in the downloads for this guide, includes an induction "
        "checklist and a simple log of check-ins.</p>"
    ),
]

BUDDIES_RECRUITING = [
    para(
        "<p>The pilot found that the quality of support for buddies decided the quality of "
        "support for participants. Plan the support before you recruit.</p>"
    ),
    heading("Who makes a good buddy"),
    para(
        "<p>Patience, reliability and an interest in people matter more than knowing about "
        "history. Good buddies are good listeners, comfortable with silence, and able to "
        "turn up when they said they would. Lived experience of loneliness or ill health "
        "can be a strength, with the right support.</p>"
    ),
    heading("Recruiting"),
    para(
        "<ul>"
        "<li>Describe the role honestly: the time it takes, the travel, and the limits.</li>"
        "<li>Meet each applicant, take references, and carry out the checks your "
        "safeguarding policy requires.</li>"
        "<li>Recruit a mix of ages and backgrounds, so people can be matched well.</li>"
        "</ul>"
    ),
    heading("Support"),
    para(
        "<p>Give buddies an induction covering the ethical standards, safeguarding, "
        "confidentiality and what to do in an emergency. Give each a named contact, "
        "regular check-ins, and a clear route for raising worries the same day.</p>"
    ),
    table(
        "Support a buddy can expect",
        [
            ["When", "What"],
            ["Before starting", "Induction, shadowing an experienced buddy"],
            ["Every month", "A one-to-one check-in with their named contact"],
            ["Every quarter", "A group session to share experience and learn"],
            ["Any time", "A phone number for urgent concerns"],
        ],
    ),
    callout(
        "Expenses are not optional",
        "<p>Pay buddies' travel and entry costs promptly, and pay for the participant's "
        "first visits too. Out-of-pocket volunteering excludes exactly the people whose "
        "experience is most valuable.</p>",
    ),
    heading("Matching buddies and participants"),
    para(
        "<p>Match on practical things first: where people live, when they are free, and "
        "any access needs. Then on interests and temperament: someone keen on family "
        "history may enjoy a buddy who likes archives; a person who finds groups hard may "
        "do better with a calm, unhurried buddy. Ask both people after the first meeting "
        "whether the match feels right, and make it easy to change without blame.</p>"
    ),
    para(
        "<p>Thank buddies often and in ways they value: a certificate, a reference, a "
        "behind-the-scenes visit to a heritage partner. People who feel appreciated stay, "
        "and continuity matters to participants.</p>"
    ),
]

BUDDIES_EMBEDDING = [
    para(
        "<p>The model was designed so that voluntary, community, faith and social "
        "enterprise (VCFSE) organisations could run it alongside what they already do, "
        "rather than as a separate project that ends when its funding does.</p>"
    ),
    heading("Fitting existing work"),
    para(
        "<p>Organisations that already run befriending, volunteering or community "
        "development have most of what is needed: volunteer management, safeguarding "
        "arrangements and links with link workers. What they add is a relationship with "
        "local heritage organisations and a shared understanding of what a heritage "
        "activity can offer.</p>"
    ),
    heading("What to put in place"),
    para(
        "<ul>"
        "<li>A lead person with time allocated to the scheme each week.</li>"
        "<li>Agreements with two or three heritage partners who can welcome "
        "newcomers.</li>"
        "<li>A referral route agreed with local link workers.</li>"
        "<li>A simple record of referrals, matches and outcomes, collected with "
        "consent.</li>"
        "<li>A budget for expenses, entry fees and refreshments.</li>"
        "</ul>"
    ),
    callout(
        "Partner, do not duplicate",
        "<p>Heritage organisations bring places, collections and expertise; VCFSE "
        "organisations bring trust and reach in communities. Agree in writing who does "
        "what, especially who is responsible for safeguarding during activities.</p>",
    ),
    heading("Sustaining it"),
    para(
        "<p>Share results with commissioners and funders in the terms they use: numbers "
        "referred and supported, changes in wellbeing scores, and short case studies. The "
        "evaluation framework in this library suggests measures that are light for "
        "participants and comparable across projects.</p>"
    ),
    heading("Risks to plan for"),
    para(
        "<p>Three risks came up most often. Buddies can drift into a longer, closer "
        "relationship than the scheme allows, so keep the agreed number of sessions and "
        "review any extension with the named contact. Heritage partners can be stretched by "
        "more newcomers than they expected, so agree numbers each term. And people can be "
        "left without support when a buddy leaves, so match a replacement before the "
        "first buddy goes, and tell the participant why.</p>"
    ),
    para(
        "<p>Write these down in a short risk assessment, review it every six months, and "
        "share it with partners. It need not be long: what could go wrong, how likely it "
        "is, what you will do to prevent it, and who watches for it.</p>"
    ),
]

EVAL_MEASURES = [
    para(
        "<p>Good evaluation answers a few questions well. Choose measures that tell you "
        "whether people feel better, more connected and more confident, and that "
        "participants can answer in a couple of minutes.</p>"
    ),
    heading("Keep it short"),
    para(
        "<p>Use a short, validated wellbeing scale at the start and the end, plus one or "
        "two questions about connection and belonging. The four ONS personal wellbeing "
        "questions (life satisfaction, feeling that life is worthwhile, happiness and "
        "anxiety yesterday) take about a minute and are widely used, so your results can "
        "be compared with national figures.</p>"
    ),
    table(
        "Measures to consider",
        [
            ["Measure", "What it tells you", "Time to answer"],
            ["ONS4 personal wellbeing", "Overall wellbeing, comparable nationally", "1 minute"],
            [
                "A short loneliness question",
                "Whether people feel less alone",
                "Under 1 minute",
            ],
            [
                "A belonging question you agree locally",
                "Connection with place and heritage",
                "Under 1 minute",
            ],
            ["Attendance records", "Whether people keep coming", "None for participants"],
        ],
    ),
    callout(
        "Measure the same way as others",
        "<p>Using the same core questions as other projects in the community lets "
        "results be pooled. A hundred answers from ten small projects say more than ten "
        "answers from one.</p>",
    ),
    heading("Qualitative evidence"),
    para(
        "<p>Numbers show how much changed; words show why. Plan a few short conversations "
        "or a simple feedback card with open questions, such as <i>What, if anything, has "
        "changed for you since you started coming?</i></p>"
    ),
    heading("Deciding what to ask"),
    para(
        "<p>Start from the change you hope for, agreed with partners and if possible with "
        "participants. If the aim is to ease loneliness, measure loneliness; if it is to "
        "help people back into volunteering, record who goes on to volunteer. Resist adding "
        "questions because they might be interesting. Every extra question costs "
        "participants time and lowers the number who answer at all.</p>"
    ),
    para(
        "<p>The community's wellbeing evaluation tool on this website asks the ONS "
        "questions, offers paper and QR-code versions, and adds your anonymous results to "
        "the pooled evidence if you choose.</p>"
    ),
]

EVAL_COLLECTING = [
    para(
        "<p>People referred through social prescribing may be anxious, grieving or unwell. "
        "Collecting evaluation data must never get in the way of the welcome.</p>"
    ),
    heading("Consent and timing"),
    para(
        "<p>Ask for consent to take part in evaluation separately from consent to take "
        "part in the activity, and never make the activity depend on answering. Explain in "
        "plain language what you will ask, why, who will see the answers and how long you "
        "will keep them.</p>"
    ),
    para(
        "<ul>"
        "<li>Ask the starting questions at the end of the first or second session, once "
        "people feel settled, not at the door.</li>"
        "<li>Offer help to read or fill in forms, and a paper alternative to online "
        "forms.</li>"
        "<li>Ask the closing questions at a planned point, such as the last session of a "
        "course, and follow up by post or phone only if people agreed.</li>"
        "</ul>"
    ),
    callout(
        "Collect less",
        "<p>Do not ask for anything you will not use. Dates of birth, full addresses and "
        "medical details are rarely needed for evaluation; an age band and a postcode "
        "district usually are enough.</p>",
    ),
    heading("Keeping data safe"),
    para(
        "<p>Keep answers separate from names where you can, store them securely and delete "
        "them when the evaluation is finished. The data protection standard in the "
        "community's ethical standards applies to evaluation data too.</p>"
    ),
    heading("Making it accessible"),
    para(
        "<p>Offer questions in large print, easy read and, where your participants need "
        "them, other languages. Read questions aloud for anyone who prefers, in a quiet "
        "corner rather than in front of the group. A volunteer who helps should record the "
        "person's own answer, never suggest one. If someone finds a question upsetting, "
        "stop, and make a note that the question may need changing.</p>"
    ),
    para(
        "<p>Keep a short log of how many people were offered the questions and how many "
        "answered. Knowing who did not answer is as important as the answers: if the most "
        "isolated people are missing, your results will look better than the reality.</p>"
    ),
]

EVAL_SHARING = [
    para(
        "<p>Evaluation is only worth the effort if someone uses what it finds: your own "
        "team, your partners, your funders and the wider community.</p>"
    ),
    heading("Case studies"),
    para(
        "<p>Numbers tell part of the story. Short case studies, written with "
        "participants' agreement, tell the rest. Change details that could identify "
        "someone, let them read the text before it is shared, and respect a change of "
        "mind.</p>"
    ),
    heading("A short report"),
    para(
        "<ol>"
        "<li>What you did, where, for whom and for how long.</li>"
        "<li>How many people were referred, took part and finished.</li>"
        "<li>What changed, with the measures you used.</li>"
        "<li>What participants said, in their words.</li>"
        "<li>What you would do differently.</li>"
        "</ol>"
    ),
    callout(
        "Report what did not work",
        "<p>Honest accounts of what went wrong are among the most useful things a member "
        "can share. Add your report to the resource library so others can learn from "
        "it.</p>",
    ),
    para(
        "<p>Pooled, anonymous results from members' evaluations are shown on the "
        "community's evidence pages, building the case for heritage in social "
        "prescribing.</p>"
    ),
    heading("Who needs what"),
    table(
        "Sharing results with different audiences",
        [
            ["Audience", "What they need"],
            ["Participants", "A thank-you and a plain summary of what was found"],
            ["Link workers", "Who the activity suited, and any changes to it"],
            ["Funders and commissioners", "Numbers, outcomes, costs and a case study"],
            ["The community", "The report, including what did not work"],
        ],
    ),
    para(
        "<p>Share findings within three months of the end of a project, while they can "
        "still shape the next one. A short presentation at a quarterly meeting often "
        "reaches more people than a long report.</p>"
    ),
    para(
        "<p>When you share numbers, give the size of the group and avoid percentages of "
        "very small numbers: <i>seven of the nine people who answered</i> is clearer and "
        "more honest than <i>78%</i>. Never report results for groups so small that a "
        "reader could work out who said what.</p>"
    ),
]

# Getting started with heritage social prescribing: the guide the demo also
# publishes in Welsh (home/demo/welsh.py holds the Welsh of every string). Lists
# rather than tables here, because wagtail-localize does not translate tables.

GETTING_STARTED_UNDERSTANDING = [
    heading("The basics"),
    para(
        "<p>Social prescribing connects people with community activities and support for "
        "needs that medicine alone cannot meet.</p>"
    ),
    para(
        "<p>Many of the reasons people see their GP are not only medical: loneliness, "
        "stress, money worries, difficulties at home and pressures at work all affect "
        "health. Social prescribing gives people time to talk about what matters to them, "
        "and a route to things that help, such as volunteering, gardening, befriending, "
        "group support, arts classes, exercise and local history clubs.</p>"
    ),
    heading("How it works in England"),
    para(
        "<p>In England, social prescribing is part of NHS England's model of personalised "
        "care. Since 2019, Primary Care Networks (groups of GP practices that work together) "
        "have been able to employ social prescribing link workers, and many people now "
        "reach social prescribing through one. A typical journey has three steps:</p>"
    ),
    para(
        "<ol>"
        "<li><b>Referral.</b> A GP, nurse, pharmacist or other professional refers someone "
        "to a link worker; in many areas councils, voluntary services and people "
        "themselves can refer too.</li>"
        "<li><b>Conversation.</b> The link worker spends time with the person, often over "
        "several meetings, to understand what matters to them, and together they agree "
        "what to try.</li>"
        "<li><b>Connection.</b> The link worker introduces the person to a group or "
        "service, often run by a voluntary, community or social enterprise (VCSE) "
        "organisation, and keeps in touch to see how it is going.</li>"
        "</ol>"
    ),
    para(
        "<p>Arrangements differ in Wales, Scotland and Northern Ireland, where link workers "
        "may work for councils, health boards or voluntary organisations, sometimes under "
        "other names such as community connectors. Your local council for voluntary service "
        "(county voluntary council in Wales) will know who does this work near you.</p>"
    ),
    heading("Where heritage fits"),
    para(
        "<p>Heritage sits alongside nature, the arts and physical activity among the kinds "
        "of activity a link worker can suggest. It can include:</p>"
    ),
    para(
        "<ul>"
        "<li>A local history group or society.</li>"
        "<li>Volunteering at a museum, archive or historic place.</li>"
        "<li>Archaeology, heritage crafts and guided walks.</li>"
        "<li>Conservation volunteering in historic gardens, parks and buildings.</li>"
        "</ul>"
    ),
    para(
        "<p>The national heritage body's evidence report on heritage and social prescribing "
        "sets out why heritage can help: it strengthens identity and belonging and eases "
        "loneliness; it supports brain health and memory; exploring and learning from the "
        "past brings discovery, insight and resilience; and knowing a place's story builds "
        "pride in it and a sense of belonging to something bigger.</p>"
    ),
    callout(
        "Not a treatment",
        "<p>Heritage activities do not replace medical care. They offer connection, purpose "
        "and interest, which can help people feel better alongside any treatment they "
        "receive.</p>",
    ),
    heading("Two routes the community has tested"),
    para(
        "<p>Two pilots funded by Historic England ran from April to November 2023. Heritage "
        "Connectors, in Frome, added heritage to the options offered by a social prescribing "
        "service hosted by a Primary Care Network. Heritage Buddies, in Nottingham, "
        "befriended people and supported them to find heritage activities that suited them. "
        "Their toolkits, in this guidance section, show what each learned.</p>"
    ),
]

GETTING_STARTED_LINK_WORKERS = [
    para(
        "<p>Link workers are the bridge between health services and your activity. They are "
        "busy, they see many people with complex lives, and they refer people only to "
        "activities they trust. Your task is to make your activity easy to understand, easy "
        "to refer to and reliably welcoming.</p>"
    ),
    heading("Find your local link workers"),
    para(
        "<ul>"
        "<li>Ask your GP practice which Primary Care Network it belongs to, and who leads "
        "its social prescribing team.</li>"
        "<li>Contact your council for voluntary service, which often knows the link workers "
        "and runs networks for community groups.</li>"
        "<li>Find out whether link workers in your area use an online directory of "
        "community services, and add your activity to it.</li>"
        "<li>Look for local social prescribing networks and events, where link workers and "
        "providers meet.</li>"
        "</ul>"
    ),
    heading("What link workers need from you"),
    para(
        "<p>A clear description of the activity, who it suits, how to refer, and a named "
        "contact who replies.</p>"
    ),
    para(
        "<ul>"
        "<li>Who the activity suits, and who it may not suit.</li>"
        "<li>When and where it happens, and what it costs.</li>"
        "<li>How to refer, and how quickly you reply.</li>"
        "<li>What access support you can offer.</li>"
        "<li>Whether someone can bring a friend, carer or support worker.</li>"
        "</ul>"
    ),
    callout(
        "Keep it to one page",
        "<p>A single page that a link worker can read in two minutes is more useful than a "
        "long brochure.</p>",
    ),
    heading("Describe what people do"),
    para(
        "<p>Link workers match people, not collections. Describe the activity by what people "
        "will do and how it may feel: <i>a small, friendly group that meets on Tuesday "
        "mornings to sort and label old photographs of the town, with tea, no experience "
        "needed</i> tells a link worker far more than a list of periods and objects.</p>"
    ),
    heading("Build trust"),
    para(
        "<ul>"
        "<li>Invite link workers to a short taster visit, so they can describe the activity "
        "from experience.</li>"
        "<li>Offer to speak for ten minutes at one of their team meetings.</li>"
        "<li>Tell them at once when times, places or costs change, or when a group is "
        "full.</li>"
        "<li>Be honest about what you cannot offer: a link worker whose client has a bad "
        "first visit may not refer again.</li>"
        "<li>When staff change, introduce yourself to the new link worker.</li>"
        "</ul>"
    ),
    heading("Learning from the pilots"),
    para(
        "<p>The Heritage Connectors toolkit shows how to map local heritage activities, so "
        "that the people who signpost know what is on offer and whom to contact. The "
        "Heritage Buddies toolkit shows how to support people who need more than information: "
        "someone to befriend them and help them find what suits them. Ask link workers which "
        "of the people they see might need "
        "that kind of support, and plan for both.</p>"
    ),
]

GETTING_STARTED_REFERRALS = [
    para(
        "<p>A referral pathway is the agreed route from a link worker to your activity and, "
        "when needed, back again. Writing it down keeps participants safe, makes sure nobody "
        "is lost between organisations, and keeps the pathway working when staff "
        "change.</p>"
    ),
    heading("Agree the steps"),
    para(
        "<p>Write down how a referral arrives, who responds, how quickly, and how you report "
        "back to the link worker.</p>"
    ),
    para(
        "<ol>"
        "<li>The link worker talks the activity through with the person and checks that it "
        "suits them.</li>"
        "<li>With the person's agreement, the link worker sends the referral by the route "
        "you agreed.</li>"
        "<li>A named person in your organisation contacts them within the agreed time, for "
        "example five working days.</li>"
        "<li>Someone meets them at their first session and introduces them to the "
        "group.</li>"
        "<li>You tell the link worker whether they came, and agree what happens if they did "
        "not.</li>"
        "</ol>"
    ),
    heading("Consent and data sharing"),
    para(
        "<p>Referral details are personal information, and anything about a person's health "
        "is special category data under UK data protection law, which needs extra care. "
        "Before you take referrals:</p>"
    ),
    para(
        "<ul>"
        "<li>Agree what a referral holds: usually a name, contact details, any access needs "
        "and how the person would like to be contacted. Medical details are rarely "
        "needed.</li>"
        "<li>Use a secure way to receive referrals, not a shared inbox that many people can "
        "read.</li>"
        "<li>Write a short privacy notice that says what you hold, why, who sees it and when "
        "you delete it.</li>"
        "<li>Keep records only as long as you need them, and delete them on a set "
        "date.</li>"
        "</ul>"
    ),
    para(
        "<p>The Information Commissioner's Office publishes guidance for small organisations "
        "that is a good place to start.</p>"
    ),
    callout(
        "Consent",
        "<p>Ask for the person's agreement before their details are shared, and share only "
        "what you need.</p>"
        "<p>Agreement to share details is not agreement to be photographed or to take part in "
        "evaluation: ask for each separately.</p>",
    ),
    heading("Test it"),
    para("<p>Walk through a pretend referral together before the first real one.</p>"),
    para(
        "<p>Follow an invented person through every step: who receives the referral, who "
        "covers holidays, and what happens if the phone number is wrong. Then start with a "
        "few real referrals, and review the pathway with the link worker before you take "
        "more.</p>"
    ),
    heading("Close the loop"),
    para(
        "<p>Tell the link worker when someone has come along, and when they have not. Agree "
        "how you will pass back any worries about a person's safety or health.</p>"
    ),
    para(
        "<p>If a participant mentions debt, housing or a worsening illness, staff and "
        "volunteers need not solve it, but they should know whom to tell. If someone may be "
        "at risk of harm, follow your safeguarding procedure first.</p>"
    ),
    heading("People who come without a referral"),
    para(
        "<p>Some people arrive without a referral, having heard about you from a friend or a "
        "poster. Welcome them in the same way; if they need more support, tell them that "
        "their GP practice can put them in touch with a link worker.</p>"
    ),
]

GETTING_STARTED_DESIGNING = [
    para(
        "<p>The best heritage activities for social prescribing are rarely the grandest. "
        "People who are lonely, anxious or unwell need a warm welcome, something absorbing "
        "to do, and a reason to come back next week.</p>"
    ),
    heading("Start small"),
    para(
        "<p>A regular, small group with a friendly welcome works better than a large one-off "
        "event.</p>"
    ),
    para(
        "<ul>"
        "<li>Keep the same day, time and place.</li>"
        "<li>Have a named person to greet newcomers.</li>"
        "<li>Offer tea and time to talk.</li>"
        "<li>Let people take part at their own pace.</li>"
        "</ul>"
    ),
    heading("Choose what people will do"),
    para(
        "<p>Build on what your place or collection does well, and offer more than one way to "
        "take part. For example:</p>"
    ),
    para(
        "<ul>"
        "<li>Handling objects and sharing the memories they bring back.</li>"
        "<li>Researching the history of a street, a building or a family.</li>"
        "<li>Gardening or conservation work at a historic site.</li>"
        "<li>Gentle guided walks that explore a place's past.</li>"
        "<li>Recording people's own stories of the area.</li>"
        "</ul>"
    ),
    heading("Make it accessible"),
    para(
        "<p>Think about travel, cost, seating, toilets, quiet space and the timing of sessions.</p>"
    ),
    para(
        "<ul>"
        "<li>Describe the route from the bus stop or car park, with photographs of the "
        "entrance and the meeting room.</li>"
        "<li>Offer step-free access, seats with arms, an accessible toilet and a hearing "
        "loop, or say clearly where you cannot.</li>"
        "<li>Provide information in large print and easy read, and allow extra time for "
        "people with memory difficulties.</li>"
        "<li>Cover or remove costs, including entry fees and refreshments.</li>"
        "<li>Time sessions to fit local buses and to avoid the rush hour.</li>"
        "</ul>"
    ),
    para(
        "<p>In Great Britain the Equality Act 2010 requires reasonable adjustments for "
        "disabled people, but the aim is wider than the law: ask each person what would help "
        "them take part.</p>"
    ),
    heading("Assess the risks"),
    para(
        "<p>Carry out a simple risk assessment for each activity and site: trip hazards, "
        "weather, lone working, first aid, and what to do if someone becomes unwell.</p>"
    ),
    para(
        "<p>Historic places bring risks of their own: uneven floors, steep stairs, low light, "
        "open water and fragile objects. Write down what you will do about each, and go "
        "through the assessment with every volunteer.</p>"
    ),
    heading("Plan how you will know it helps"),
    para(
        "<p>Decide before the first session how you will tell whether the activity makes a "
        "difference. Keep it light: attendance records, a short wellbeing scale at the start "
        "and the end, and a few words from participants. The community's "
        "guide to evaluating wellbeing outcomes suggests measures that take a minute or two "
        "to answer.</p>"
    ),
    callout(
        "Ask people what they want",
        "<p>Invite participants to shape the programme. What people choose, they come back "
        "for.</p>",
    ),
    heading("Plan the ending too"),
    para(
        "<p>If the activity runs as a course, tell people from the start how many sessions "
        "there will be, and help them find somewhere to go next: a society to join, a "
        "volunteering role, or a group that some of them can run for themselves.</p>"
    ),
]

GETTING_STARTED_LOOKING_AFTER = [
    heading("Safeguarding and support"),
    para(
        "<p>Follow the community's ethical standards, and make sure staff and volunteers "
        "know what to do if they are worried about someone.</p>"
    ),
    para(
        "<ul>"
        "<li>Name a safeguarding lead.</li>"
        "<li>Train staff and volunteers to recognise and report concerns.</li>"
        "<li>Agree with link workers what happens next.</li>"
        "<li>Give volunteers a named contact and regular check-ins.</li>"
        "</ul>"
    ),
    heading("Know your local arrangements"),
    para(
        "<p>In England, councils lead the safeguarding of adults under the Care Act 2014; in "
        "Wales, the Social Services and Well-being (Wales) Act 2014 sets similar duties. "
        "Find your council's safeguarding contacts for adults and for children, put them in "
        "your policy, and make sure your safeguarding lead knows them.</p>"
    ),
    para(
        "<ul>"
        "<li>Carry out the checks your policy requires for each role, including a DBS check "
        "where the role is eligible.</li>"
        "<li>Do not ask a volunteer to be alone with a participant in a closed room or in "
        "someone's home.</li>"
        "<li>Keep a record of concerns, stored securely and apart from attendance "
        "registers.</li>"
        "</ul>"
    ),
    callout(
        "If you are worried about someone",
        "<p>If someone is in immediate danger, call 999. Otherwise, tell your safeguarding "
        "lead the same day and write down what you saw and heard.</p>"
        "<p>If someone's health worries you but it is not an emergency, suggest they call "
        "NHS 111 or their GP practice.</p>",
    ),
    heading("Looking after volunteers and staff"),
    para(
        "<p>Listening to people who are struggling can be hard. Give volunteers time to talk "
        "after a difficult session, make clear what they are not expected to deal with, and "
        "thank them often. People who feel supported stay, and participants value seeing the "
        "same faces each week.</p>"
    ),
]
