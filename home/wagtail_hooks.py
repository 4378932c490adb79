from wagtail import hooks

from .file_access import file_access, refusal


@hooks.register("before_serve_document", order=-1)
def documents_follow_their_pages(document, request):
    """Every document download passes here, whichever page or block links to it
    (see home/file_access.py). The decision is kept on the request so that the
    download view can tell caches whether the file is public."""
    request.file_access = file_access(request, document)
    if request.file_access is None:
        return refusal(request)
    return None
