"""The admin's document form, with the content checks members' uploads get
(WAGTAILDOCS_DOCUMENT_FORM_BASE points here)."""

from django.core.files.uploadedfile import UploadedFile
from wagtail.documents.forms import BaseDocumentForm

from .uploads import check_document


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        # Only a newly uploaded file; editing a document's title keeps its file.
        if isinstance(upload, UploadedFile):
            check_document(upload)
        return upload
