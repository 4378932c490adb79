"""The demo site's public pages, written from the community's published facts.

Each page is a dict: slug, title, introduction, body (a list of StreamField
(block type, value) pairs), and optionally in_menu, children, documents
(slugs of DOCUMENTS to list on the page) and image (a key of
home/demo/illustrations.py's ILLUSTRATIONS)."""

from wagtail.rich_text import RichText


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def para(html):
    return ("paragraph", RichText(html))


HOME = {
    "title": "Heritage and Social Prescribing Community of Practice",
    "introduction": (
        "A free, open network for heritage organisations, practitioners and voluntary and "
        "community groups who use heritage to support people's health and wellbeing through "
        "social prescribing."
    ),
    "body": [
        para(
            "<p>We bring together national and local heritage organisations, link workers and "
            "community groups to share what works, develop guidance and resources together, "
            "and plan new projects. The community is run by the national heritage body with the "
            "National Academy for Social Prescribing, and it meets every quarter.</p>"
        ),
    ],
    "image": "group-walk",
    "join_heading": "Join the community",
    "join_text": (
        "Membership is free and open to everyone with an interest in heritage and wellbeing."
    ),
}

PAGES = [
    {
        "slug": "about",
        "title": "About the community",
        "in_menu": True,
        "image": "museum-object",
        "introduction": (
            "Who we are, what we want to achieve, and the organisations that make the "
            "community possible."
        ),
        "body": [
            heading("Our aim"),
            para(
                "<p>The community exists so that national and local heritage organisations "
                "interested in social prescribing can meet, learn from one another and share "
                "good practice. It is a place to swap knowledge and experience, to build "
                "resources and advice together, and to plan joint projects.</p>"
            ),
            para(
                "<p>Anyone can take part, and membership costs nothing. Members include heritage "
                "organisations of every size, individual practitioners, and voluntary, community "
                "and social enterprise (VCSE) organisations that offer, or would like to offer, "
                "heritage activities through social prescribing.</p>"
            ),
            heading("Our seven objectives"),
            para(
                "<ol>"
                "<li>Help members work together, learn and develop their practice in heritage "
                "and social prescribing.</li>"
                "<li>Build partnerships and exchange knowledge, including with health, nature, "
                "physical activity, arts and culture.</li>"
                "<li>Produce guidance and policies, ethics standards among them, for heritage "
                "activities offered through social prescribing, which could in time support "
                "training across the sector.</li>"
                "<li>Develop evaluation toolkits and frameworks that measure the wellbeing "
                "effects of taking part in heritage activities without placing a heavy burden "
                "on participants or providers.</li>"
                "<li>Gather more evidence and data, case studies included, on what heritage "
                "activities achieve through social prescribing.</li>"
                "<li>Collaborate on research into heritage and social prescribing.</li>"
                "<li>Keep a shared library of resources that every member can use and add "
                "to.</li>"
                "</ol>"
            ),
            heading("How we meet"),
            para(
                "<p>Members meet once a quarter, online or in person, to hear from projects, "
                "discuss shared challenges and agree what to work on next. Between meetings "
                "members keep in touch through this website.</p>"
            ),
            heading("Our partners"),
            para(
                "<p>The community was set up by the national heritage body in partnership with "
                "the National Academy for Social Prescribing (NASP), with support from the "
                "Wellbeing and Heritage Group. It was created, and is facilitated, together with "
                "the Council for British Archaeology.</p>"
            ),
        ],
    },
    {
        "slug": "what-is-social-prescribing",
        "title": "What is social prescribing?",
        "in_menu": True,
        "image": "walled-garden",
        "introduction": (
            "Social prescribing links people to activities, groups and support in their "
            "community that help their health and wellbeing."
        ),
        "body": [
            para(
                "<p>Many of the things that affect how well we feel are not medical: loneliness, "
                "stress, worries about money, problems at home or pressure at work. A doctor or "
                "a prescription cannot fix them on their own. Social prescribing connects people "
                "with non-medical support that can help.</p>"
            ),
            heading("How people are referred"),
            para(
                "<p>Most people are referred by a <b>link worker</b>, sometimes called a social "
                "prescriber. Link workers are often based in a GP practice or a Primary Care "
                "Network. They spend time with each person to understand what matters to them, "
                "then help them find activities and groups nearby.</p>"
            ),
            heading("What people are referred to"),
            para(
                "<p>Activities range widely: volunteering, gardening, befriending, support "
                "groups, art classes, exercise and local history clubs. Many are run by "
                "voluntary and community sector organisations, and heritage organisations are "
                "increasingly among them.</p>"
            ),
            (
                "accordion",
                {
                    "heading": "Words you will meet",
                    "items": [
                        {
                            "title": "VCSE",
                            "content": RichText(
                                "<p>Voluntary, community and social enterprise organisations; you may "
                                "also see VCS or VCFSE, which adds faith groups.</p>"
                            ),
                        },
                        {
                            "title": "Primary Care Network (PCN)",
                            "content": RichText(
                                "<p>A group of GP practices working together with other local health and "
                                "care services.</p>"
                            ),
                        },
                        {
                            "title": "NASP",
                            "content": RichText(
                                "<p>The National Academy for Social Prescribing, the national body that "
                                "champions social prescribing.</p>"
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "heritage-and-wellbeing",
        "title": "Heritage and wellbeing",
        "in_menu": True,
        "image": "stone-circle",
        "introduction": (
            "Evidence gathered by the national heritage body points to six ways in which "
            "engaging with heritage supports people's wellbeing."
        ),
        "body": [
            heading("Six ways heritage helps"),
            (
                "table",
                {
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "How heritage supports wellbeing",
                    "data": [
                        ["Benefit", "What it means for people"],
                        [
                            "Identity and belonging",
                            "A connection with heritage strengthens who people feel they are, and "
                            "eases loneliness.",
                        ],
                        [
                            "Brain health and memory",
                            "Heritage activities keep minds active and support memory.",
                        ],
                        ["Discovery", "Exploring history is a journey of finding things out."],
                        [
                            "Insight and resilience",
                            "Learning from the past brings perspective, resilience and inspiration.",
                        ],
                        [
                            "Pride of place",
                            "Knowing the story and significance of a place builds connection and "
                            "pride in it.",
                        ],
                        [
                            "Being part of something bigger",
                            "Heritage shows people they share a legacy that reaches across time and "
                            "place.",
                        ],
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": "Heritage is not only about the past: it is about who we are now and "
                    "the places we share.",
                    "attribution": "A member of the community",
                },
            ),
        ],
    },
    {
        "slug": "pilot-schemes",
        "title": "Pilot schemes",
        "in_menu": True,
        "image": "craft-workshop",
        "introduction": (
            "Two pilot schemes, funded by the national heritage body, ran from April to "
            "November 2023 to test ways of offering heritage through social prescribing."
        ),
        "body": [
            para(
                "<p>Both pilots were evaluated independently by Wavehill Ltd. Each produced a "
                "toolkit, a project report and a resource pack. The toolkits are not rules to "
                "follow: adapt them to the needs of your own area.</p>"
            ),
        ],
        "children": [
            {
                "slug": "heritage-connectors",
                "title": "Heritage Connectors",
                "image": "church",
                "introduction": (
                    "A pilot in Frome, Somerset, that linked people and communities in need to "
                    "local heritage wellbeing activities."
                ),
                "body": [
                    heading("What happened"),
                    para(
                        "<p>Heritage Connectors was delivered by Frome Medical Practice and its "
                        "social prescribing service, Health Connections Mendip. It tested the "
                        "Community Connectors signposting model, which links individuals and "
                        "communities in need with heritage activities near them.</p>"
                    ),
                    para(
                        "<p>The pilot began by mapping what heritage activity already existed "
                        "around Frome: museums, history and archaeology groups, historic "
                        "buildings and volunteering opportunities, with a named contact and "
                        "access details for each. Community connectors and link workers then "
                        "offered these alongside the other activities they suggest, listening "
                        "first to what mattered to each person and helping with the first "
                        "contact where that was needed.</p>"
                    ),
                    heading("Why it matters"),
                    para(
                        "<p>For the first time, a social prescribing service hosted by a Primary "
                        "Care Network offered heritage as one of its options.</p>"
                    ),
                    heading("What it learned"),
                    para(
                        "<ul>"
                        "<li>Link workers refer to what they know and trust: an up-to-date map "
                        "of local heritage activity, with people to contact, was the "
                        "foundation.</li>"
                        "<li>Small, volunteer-run heritage groups can welcome referred people "
                        "well, if they are asked first and told what to expect.</li>"
                        "<li>Practical barriers (cost, travel, steps, not knowing anyone) "
                        "decide whether someone comes, so they belong in every "
                        "description.</li>"
                        "<li>The model is a starting point to adapt, not a fixed "
                        "programme.</li>"
                        "</ul>"
                    ),
                    para(
                        "<p>The pilot ran from April to November 2023 and was evaluated "
                        "independently by Wavehill Ltd. Its toolkit, project report and "
                        "resource pack are below; the toolkit is also in the Guidance "
                        "section as a guide you can read chapter by chapter.</p>"
                    ),
                ],
                "documents": ["connectors-toolkit", "connectors-report", "connectors-pack"],
            },
            {
                "slug": "heritage-buddies",
                "title": "Heritage Buddies",
                "image": "canal",
                "introduction": (
                    "A pilot in Nottingham that befriended people and helped each of them find "
                    "heritage activities that suit them."
                ),
                "body": [
                    heading("What happened"),
                    para(
                        "<p>Heritage Buddies was delivered by Nottingham Community and Voluntary "
                        "Service. It followed the example of Natural England's Nature Buddies "
                        "scheme for green social prescribing: buddies befriend and support "
                        "people until they find heritage activities that work for them.</p>"
                    ),
                    para(
                        "<p>People who wanted to try something new but felt unsure about going "
                        "alone were matched with a trained volunteer buddy. Together they "
                        "talked about interests, chose an activity such as a museum visit, a "
                        "history group or a heritage volunteering day, and went along "
                        "together until the person felt confident to carry on without the "
                        "buddy.</p>"
                    ),
                    heading("Why it matters"),
                    para(
                        "<p>The model could be built into the everyday work of voluntary, "
                        "community, faith and social enterprise organisations.</p>"
                    ),
                    heading("What it learned"),
                    para(
                        "<ul>"
                        "<li>Going along with someone, rather than only telling them what is "
                        "on, opens heritage to people who would not walk in alone.</li>"
                        "<li>Buddies need as much care as participants: induction, a named "
                        "contact and regular check-ins.</li>"
                        "<li>A clear, agreed ending helps people move on with confidence.</li>"
                        "<li>Organisations that already run befriending or volunteering can "
                        "add heritage to what they do.</li>"
                        "</ul>"
                    ),
                    para(
                        "<p>The pilot ran from April to November 2023 and was evaluated "
                        "independently by Wavehill Ltd. Its toolkit, project report and "
                        "resource pack are below; the toolkit is also in the Guidance "
                        "section as a guide you can read chapter by chapter.</p>"
                    ),
                ],
                "documents": ["buddies-toolkit", "buddies-report", "buddies-pack"],
            },
        ],
    },
    {
        "slug": "join",
        "title": "Join the community",
        "in_menu": True,
        "introduction": "Membership is free and open to everyone.",
        "body": [
            heading("Who can join"),
            para(
                "<p>Anyone interested in heritage and social prescribing: people from heritage "
                "organisations large and small, practitioners and freelancers, link workers, "
                "and voluntary and community organisations.</p>"
            ),
            heading("What members can do"),
            para(
                "<ul><li>Come to the quarterly meetings.</li>"
                "<li>Find and contact other members.</li>"
                "<li>Use and add to the shared library of resources.</li>"
                "<li>Help shape guidance, toolkits and research.</li></ul>"
            ),
            heading("How to join"),
            para(
                '<p><a href="/accounts/signup/">Fill in the joining form</a>. It asks for your '
                "name, e-mail address and a password, your organisation, your role, where you "
                "work and, in a few sentences, why you want to join. We send you an e-mail to "
                "confirm your address, then the organisers review your application, usually "
                "within a week. Once you are a member you can add your interests and how you "
                "would like to take part, and choose whether to appear in the member "
                "directory.</p>"
            ),
            para(
                "<p>Questions first? Write to "
                '<a href="mailto:community@example.org">community@example.org</a>.</p>'
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy notice",
        "introduction": "How we use the personal information you give us, and your rights.",
        "body": [
            heading("What we collect"),
            para(
                "<p>When you join we keep your name, e-mail address, organisation, role, region "
                "and what you tell us about why you want to join; once you are a member, also "
                "the interests you choose to share. We keep a record of the meetings you "
                "register for and the resources you contribute.</p>"
            ),
            heading("How we use it"),
            para(
                "<p>We use it to run the community: to approve memberships, to organise "
                "meetings and to credit your contributions. Your details appear in the member "
                "directory only if you choose to be listed. We send e-mail updates only if you "
                "ask for them.</p>"
            ),
            heading("Your rights"),
            para(
                "<p>You can see, correct or delete your information at any time, and ask us "
                "questions by writing to the address at the foot of every page.</p>"
            ),
        ],
    },
    {
        "slug": "accessibility",
        "type": "accessibility",
        "title": "Accessibility statement",
        "introduction": "We want everyone to be able to use this website.",
        "compliance_status": "partial",
        "compliance_summary": (
            "<p>The site is built to meet the Web Content Accessibility Guidelines (WCAG) "
            "2.2 at level AA. Every page has a link to skip to the main content, one main "
            "heading, headings in order, and focus that you can see as you move through "
            "the page with a keyboard. Pages reflow to fit a screen 320 pixels wide and "
            "text can be enlarged to 400% without content being lost. The menu and the "
            "expandable sections work without JavaScript.</p>"
            "<p>It is partially compliant because of the content listed below.</p>"
        ),
        "non_accessible_content": (
            "<h3>Not meeting the accessibility regulations</h3>"
            "<ul><li>Some downloadable documents are PDFs that may not be fully accessible "
            "to screen readers (WCAG 1.3.1 Info and relationships). We are replacing them "
            "with accessible versions as we review each guide. Until then, write to us and "
            "we will send the document in another format.</li>"
            "<li>Pages not yet translated into Welsh are shown in English on the Welsh "
            "site, with a note saying so; their content is marked as English so that "
            "screen readers pronounce it correctly.</li></ul>"
            "<h3>Disproportionate burden</h3><p>We do not claim any.</p>"
            "<h3>Content outside the scope of the regulations</h3>"
            "<p>PDFs and other documents published before 23 September 2018 are outside "
            "the scope of the regulations, but we will still provide them in another "
            "format if you ask.</p>"
        ),
        "reporting": (
            "<p>If you need information on this website in another format, or you find a "
            "problem that is not listed here, please write to the contact address at the "
            "foot of every page. Tell us the address of the page and what went wrong.</p>"
        ),
        "response_days": 10,
        "enforcement": (
            "<p>The Equality and Human Rights Commission (EHRC) is responsible for "
            "enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) "
            "Accessibility Regulations 2018 (the accessibility regulations).</p>"
            "<p>If you are not happy with how we respond to your complaint, contact the "
            '<a href="https://www.equalityadvisoryservice.com/">Equality Advisory and '
            "Support Service (EASS)</a>.</p>"
        ),
        "testing": (
            "<p>Every change to the site is tested automatically in a real web browser "
            "(Chromium). The tests run the axe-core checker against the WCAG 2.0, 2.1 and "
            "2.2 level A and AA rules on every type of page and on every form, including "
            "forms showing errors and the Welsh pages, and fail if it finds anything. They "
            "also move through pages with the keyboard alone to check that focus can "
            "always be seen, check that headings do not skip levels, and check that pages "
            "fit a screen 320 pixels wide without scrolling sideways.</p>"
            "<p>Automated checks find many problems but not all of them. The site has not "
            "yet been tested by an independent accessibility specialist or with disabled "
            "people using their own assistive technology, and we plan to do both.</p>"
        ),
        "prepared_on": "2026-12-01",
        "last_reviewed_on": "2026-12-01",
        "last_tested_on": "2026-12-01",
    },
]

# Downloadable documents, generated as small PDFs by the demo command.
DOCUMENTS = {
    "connectors-toolkit": {
        "title": "Heritage Connectors toolkit",
        "paragraphs": [
            "A practical toolkit from the Heritage Connectors pilot in Frome, Somerset.",
            "It explains how a social prescribing service can signpost people to local "
            "heritage wellbeing activities, and how heritage organisations can prepare to "
            "welcome them.",
            "Adapt it to the needs of your own area: it is a starting point, not a rulebook.",
        ],
    },
    "connectors-report": {
        "title": "Heritage Connectors project report",
        "paragraphs": [
            "The report of the Heritage Connectors pilot, April to November 2023.",
            "It describes how the Community Connectors signposting model was tested and what "
            "the independent evaluation found.",
        ],
    },
    "connectors-pack": {
        "title": "Heritage Connectors resource pack",
        "paragraphs": [
            "Templates and examples from the Heritage Connectors pilot, ready to adapt.",
        ],
    },
    "buddies-toolkit": {
        "title": "Heritage Buddies toolkit",
        "paragraphs": [
            "A practical toolkit from the Heritage Buddies pilot in Nottingham.",
            "It shows how buddies can befriend people and support them to find heritage "
            "activities that suit them, and how the model can sit within a voluntary or "
            "community organisation.",
            "Adapt it to local needs: it is a guide, not a prescription.",
        ],
    },
    "buddies-report": {
        "title": "Heritage Buddies project report",
        "paragraphs": [
            "The report of the Heritage Buddies pilot, April to November 2023.",
            "It describes how the befriending model worked in practice and what the "
            "independent evaluation found.",
        ],
    },
    "buddies-pack": {
        "title": "Heritage Buddies resource pack",
        "paragraphs": [
            "Templates and examples from the Heritage Buddies pilot, ready to adapt.",
        ],
    },
}
