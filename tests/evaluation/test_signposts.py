"""The pooled evidence is pointed to from where its readers are: the library, case
studies and evaluation reports, and the evaluation framework guide; not from
unrelated guidance."""

import pytest

from resources.models import GuidancePage, ResourcePage, ResourceType
from resources.models.guidance import GuideKind

pytestmark = pytest.mark.django_db

EVIDENCE = "/evidence/"


def evidence_links(client, soup, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return [link for link in soup(response).select("aside.signposts a") if link["href"] == EVIDENCE]


def public(pages):
    return next(page for page in pages.live().public().filter(locale__language_code="en"))


def test_the_library_and_case_studies_point_to_the_evidence(client, soup):
    case_study = public(ResourcePage.objects.filter(resource_type=ResourceType.CASE_STUDY))
    assert evidence_links(client, soup, case_study)
    assert evidence_links(client, soup, case_study.get_parent().specific)


def test_the_evaluation_framework_and_its_chapters_point_to_the_evidence(client, soup):
    framework = public(GuidancePage.objects.filter(kind=GuideKind.EVALUATION_FRAMEWORK))
    assert evidence_links(client, soup, framework)
    chapter = framework.get_children().live().public().first()
    if chapter is not None:
        assert evidence_links(client, soup, chapter.specific)


def test_other_guidance_and_other_resources_do_not(client, soup):
    guide = public(
        GuidancePage.objects.filter(depth__lte=4).exclude(kind=GuideKind.EVALUATION_FRAMEWORK)
    )
    assert not evidence_links(client, soup, guide)
    toolkit = public(
        ResourcePage.objects.exclude(
            resource_type__in=[ResourceType.CASE_STUDY, ResourceType.EVALUATION_REPORT]
        )
    )
    assert not evidence_links(client, soup, toolkit)
