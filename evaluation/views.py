"""A member's evaluations: create, share the links, type in paper answers and
read the results. Each view finds the evaluation through the one access rule
(EvaluationQuerySet.visible_to / owned_by), so another member's evaluation is
a 404, as if it did not exist."""

import csv

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from home.spreadsheets import inert_cell
from members.access import member_required

from . import answers, charts, qr
from .evidence import pooled_evidence
from .forms import EvaluationForm, PaperFormSet
from .models import Evaluation, Stage
from .results import anonymous_rows, csv_header, demographics, evaluation_results
from .statistics import MIN_PAIRED_FOR_MEANS


def _visible(request, pk):
    return get_object_or_404(Evaluation.objects.visible_to(request.user), pk=pk)


def _owned(request, pk):
    return get_object_or_404(Evaluation.objects.owned_by(request.user), pk=pk)


@member_required
def evaluation_list(request):
    evaluations = Evaluation.objects.owned_by(request.user)
    return TemplateResponse(request, "evaluation/list.html", {"evaluations": evaluations})


@member_required
@require_http_methods(["GET", "POST"])
def create(request):
    profile = getattr(request.user, "profile", None)
    initial = {}
    if profile is not None:
        initial = {"organisation": profile.organisation, "region": profile.region}
    form = EvaluationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        evaluation = form.save(commit=False)
        evaluation.owner = request.user
        evaluation.save()
        messages.success(request, _("Your evaluation is ready. Share the links below."))
        return redirect(evaluation.get_absolute_url())
    return TemplateResponse(
        request, "evaluation/form.html", {"form": form}, status=400 if form.errors else 200
    )


@member_required
@require_http_methods(["GET", "POST"])
def edit(request, pk):
    evaluation = _owned(request, pk)
    form = EvaluationForm(request.POST or None, instance=evaluation)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your evaluation has been saved."))
        return redirect(evaluation.get_absolute_url())
    return TemplateResponse(
        request,
        "evaluation/form.html",
        {"form": form, "evaluation": evaluation},
        status=400 if form.errors else 200,
    )


@member_required
def detail(request, pk):
    evaluation = _visible(request, pk)
    results = evaluation_results(evaluation)
    return TemplateResponse(
        request,
        "evaluation/detail.html",
        {
            "evaluation": evaluation,
            "is_owner": evaluation.owner_id == request.user.pk,
            "links": {
                stage: qr.full_url(evaluation.questionnaire_url(stage)) for stage in Stage.values
            },
            "results": results,
            "charts": charts.evaluation_charts(results),
            "demographics": demographics(evaluation),
            "min_paired": MIN_PAIRED_FOR_MEANS,
        },
    )


@member_required
def summary(request, pk):
    """One printable page for funders."""
    evaluation = _visible(request, pk)
    results = evaluation_results(evaluation)
    return TemplateResponse(
        request,
        "evaluation/summary.html",
        {
            "evaluation": evaluation,
            "results": results,
            "charts": charts.evaluation_charts(results),
            "min_paired": MIN_PAIRED_FOR_MEANS,
        },
    )


@member_required
@require_POST
def close(request, pk):
    evaluation = _owned(request, pk)
    if request.POST.get("action") == "reopen":
        evaluation.closed_at = None
        messages.success(request, _("The questionnaires are open again."))
    else:
        evaluation.closed_at = evaluation.closed_at or timezone.now()
        messages.success(request, _("The questionnaires are closed."))
    evaluation.save(update_fields=["closed_at"])
    return redirect(evaluation.get_absolute_url())


@member_required
def qr_code(request, pk, stage, image_format):
    evaluation = _visible(request, pk)
    url = qr.full_url(evaluation.questionnaire_url(stage))
    if image_format == "svg":
        response = HttpResponse(qr.qr_svg(url), content_type="image/svg+xml")
    else:
        response = HttpResponse(qr.qr_png(url), content_type="image/png")
    filename = f"evaluation-{evaluation.pk}-{stage}.{image_format}"
    if request.GET.get("download"):
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@member_required
def sheet(request, pk):
    """An A4 page to print and put up: what it is, what happens to the answers,
    and the two QR codes."""
    evaluation = _visible(request, pk)
    return TemplateResponse(
        request,
        "evaluation/sheet.html",
        {
            "evaluation": evaluation,
            "links": {
                stage: qr.full_url(evaluation.questionnaire_url(stage)) for stage in Stage.values
            },
        },
    )


@member_required
def responses_csv(request, pk):
    evaluation = _visible(request, pk)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="evaluation-{evaluation.pk}-responses.csv"'
    )
    writer = csv.writer(response)
    writer.writerow(csv_header())
    for row in anonymous_rows(evaluation):
        writer.writerow([inert_cell(value) for value in row])
    return response


@member_required
@require_http_methods(["GET", "POST"])
def paper_entry(request, pk):
    """Paper questionnaires typed in, up to 50 at a time, all saved or none."""
    evaluation = _owned(request, pk)
    stage = request.POST.get("stage") or request.GET.get("stage")
    if stage not in Stage.values:
        stage = Stage.BEFORE
    formset = PaperFormSet(request.POST or None, form_kwargs={"stage": stage}, prefix="sheet")
    new_codes = []
    if request.method == "POST" and formset.is_valid():
        filled = [form for form in formset.forms if form.has_changed()]
        try:
            with transaction.atomic():
                for form in filled:
                    data = form.cleaned_data
                    if stage == Stage.BEFORE:
                        participant = answers.save_before(evaluation, data, on_paper=True)
                        new_codes.append(participant.code)
                    else:
                        answers.save_after(evaluation, data["code"], data, on_paper=True)
        except answers.AnswerRefused as refusal:
            new_codes = []
            formset.forms[filled.index(form)].add_error(
                "code",
                _("No participant has this code.")
                if refusal.reason == answers.UNKNOWN_CODE
                else _("The “after” answers for this code are already in."),
            )
        else:
            if filled:
                messages.success(request, _("%(count)d sheets saved.") % {"count": len(filled)})
            if stage == Stage.AFTER or not filled:
                return redirect(evaluation.get_absolute_url())
            formset = PaperFormSet(form_kwargs={"stage": stage}, prefix="sheet")
    return TemplateResponse(
        request,
        "evaluation/paper_entry.html",
        {"evaluation": evaluation, "formset": formset, "stage": stage, "new_codes": new_codes},
        status=400
        if request.method == "POST" and not new_codes and formset.total_error_count()
        else 200,
    )


def evidence(request):
    """The community's pooled evidence, for anyone to read."""
    result = pooled_evidence()
    return TemplateResponse(
        request,
        "evaluation/evidence.html",
        {
            "evidence": result,
            "total_groups": [result.total],
            "charts": charts.evidence_charts(result),
        },
    )
