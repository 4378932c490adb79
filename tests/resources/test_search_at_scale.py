"""Query budgets for the library and site search, at demo size and at ten times the
demo's resources: results and facet counts are worked out in the database, so the
number of queries does not grow with the number of matches."""

import pytest

from resources.models import Audience, ResourceLibraryPage, ResourcePage
from tests.factories import english

pytestmark = pytest.mark.django_db
# The whole page: routing, menu and footer (kept across requests until content
# changes) and the listing's own work (visibility rule, all facet counts, one page).
BUDGET = 12
CASES = [
    ("/resources/", {}),
    ("/resources/", {"q": "heritage"}),
    ("/resources/", {"q": "heritage", "topic": "dementia"}),
    ("/resources/", {"type": "case-study", "audience": "link-workers", "sort": "title"}),
    ("/search/", {"q": "heritage"}),
    ("/search/", {"q": "heritage", "type": "resource"}),
    ("/search/", {"q": "heritaje"}),
    ("/cy/search/", {"q": "treftadaeth"}),
]


def queries(client, url, params, django_assert_max_num_queries, budget=BUDGET):
    with django_assert_max_num_queries(budget) as captured:
        assert client.get(url, params).status_code == 200
    return len(captured.captured_queries)


def add_resources(how_many):
    library = english(ResourceLibraryPage).get()
    audiences = list(Audience.objects.all())
    for number in range(how_many):
        resource = ResourcePage(
            title=f"Heritage walk {number}",
            slug=f"scale-{number}",
            summary="A walk through local heritage for people referred by link workers.",
            body="<p>Wellbeing, heritage and loneliness: notes from a weekly walk.</p>",
            resource_type="case-study",
            region="london",
        )
        resource.topics.add("dementia" if number % 2 else "walking")
        library.add_child(instance=resource)
        resource.audiences.set(audiences[number % len(audiences) :][:2])


@pytest.mark.parametrize("url, params", CASES)
def test_search_and_library_stay_within_the_query_budget(
    client, url, params, django_assert_max_num_queries
):
    client.get(url, params)  # the menu and settings, kept across requests from now on
    small = queries(client, url, params, django_assert_max_num_queries)
    add_resources(9 * english(ResourcePage).live().count())
    client.get(url, params)  # new content: the shared parts are read again, once
    large = queries(client, url, params, django_assert_max_num_queries)
    assert large <= small
