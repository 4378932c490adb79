"""The Open Referral UK 3.0 read endpoints (see api_views.py)."""

from django.urls import path

from . import api_views

app_name = "openreferral"

urlpatterns = [
    path("", api_views.index, name="index"),
    path("services", api_views.services, name="services"),
    path("services/<str:pk>", api_views.service_detail, name="service"),
    path("service_at_locations", api_views.service_at_locations, name="service_at_locations"),
    path(
        "service_at_locations/<str:pk>",
        api_views.service_at_location_detail,
        name="service_at_location",
    ),
    path("locations", api_views.locations, name="locations"),
    path("locations/<str:pk>", api_views.location_detail, name="location"),
    path("organizations", api_views.organizations, name="organizations"),
    path("organizations/<str:pk>", api_views.organization_detail, name="organization"),
    path("taxonomies", api_views.taxonomies, name="taxonomies"),
    path("taxonomies/<str:pk>", api_views.taxonomy_detail, name="taxonomy"),
    path("taxonomy_terms", api_views.taxonomy_terms, name="taxonomy_terms"),
    path("taxonomy_terms/<str:pk>", api_views.taxonomy_term_detail, name="taxonomy_term"),
]
