"""Small, real PDF files for the demo site's downloads."""

from django.core.files.base import ContentFile
from fpdf import FPDF
from wagtail.documents.models import Document


def make_pdf(title, paragraphs):
    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_author("Heritage and Social Prescribing Community of Practice")
    pdf.set_lang("en-GB")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=18)
    pdf.multi_cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", size=12)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 7, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.set_font("Helvetica", style="I", size=10)
    pdf.multi_cell(0, 6, "Demonstration document for the community website.")
    return bytes(pdf.output())


def demo_pdf_document(file_stem, title, paragraphs):
    """The demo document with this title, made as a small PDF the first time."""
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save(f"{file_stem}.pdf", ContentFile(make_pdf(title, paragraphs)), save=False)
        document._set_document_file_metadata()
        document.save()
    return document
