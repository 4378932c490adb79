from .guidance import GuidanceIndexPage, GuidancePage, GuideDownload, GuideRelatedPage, GuideTopic
from .library import (
    Audience,
    Licence,
    ResourceLibraryPage,
    ResourcePage,
    ResourceRelatedPage,
    ResourceTopic,
    ResourceType,
)

__all__ = [
    "Audience",
    "GuidanceIndexPage",
    "GuidancePage",
    "GuideDownload",
    "GuideRelatedPage",
    "GuideTopic",
    "Licence",
    "ResourceLibraryPage",
    "ResourcePage",
    "ResourceRelatedPage",
    "ResourceTopic",
    "ResourceType",
]
