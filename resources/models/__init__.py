from .guidance import GuidanceIndexPage, GuidancePage, GuideDownload, GuideRelatedPage, GuideTopic

__all__ = [
    "GuidanceIndexPage",
    "GuidancePage",
    "GuideDownload",
    "GuideRelatedPage",
    "GuideTopic",
]
