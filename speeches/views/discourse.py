"""Keyness, collocations and formulation history: thin views over speeches.discourse.service.

Bad parameters get 400 with a message (JSON for the API, the page with its form otherwise).
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse

from speeches import limits
from speeches.discourse import charts, forms, payloads, service
from speeches.discourse.formulations import LEVELS
from speeches.params import BadParameter, read
from speeches.research import exports
from speeches.research.serializers import speeches_by_id

BadInput = (BadParameter, service.BadQuery)


def _json(data: dict, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def _over_budget(exc: service.OverBudget) -> JsonResponse:
    cut = exc.budget.cut
    return _json(
        {
            "error": f"This answer does not fit the time budget of {exc.budget.seconds:g} s: "
            "narrow the sub-corpus (add filters) or raise min.",
            "truncated": cut.as_json() if cut else None,
        },
        status=413,
    )


def kwic_link(*parts: str) -> str:
    """The concordance of the first part in the speeches matching all parts."""
    q = " ".join(p for p in parts if p and p.strip())
    return reverse("speeches:search") + "?" + urlencode({"q": q, "view": "kwic"})


def _quoted(term: str) -> str:
    return '"' + term.replace('"', " ") + '"'


# --- keyness --------------------------------------------------------------------------------


def _keyness(request: HttpRequest):
    form = read(forms.KeynessForm, request.GET)
    d = form.cleaned_data
    exporting = d["format"] in ("csv", "jsonl")
    budget = limits.export_budget() if exporting else limits.page_budget()
    result, side_a, side_b = service.keyness_of(
        d["a"], d["b"], unit=d["unit"], min_freq=d["min"], budget=budget
    )
    return d, result, side_a, side_b


def api_keyness(request: HttpRequest) -> HttpResponse:
    try:
        d, result, _a, _b = _keyness(request)
    except BadInput as exc:
        return _json({"error": str(exc)}, status=400)
    except service.OverBudget as exc:
        return _over_budget(exc)
    if d["format"] in ("csv", "jsonl"):
        meta = exports.describe("keyness", d["a"], {}, b=d["b"], unit=d["unit"], min=d["min"])
        rows = payloads.keyness_rows(result)
        budget = limits.export_budget()
        return exports.response(d["format"], payloads.KEYNESS_FIELDS, rows, meta, "keyness", budget)
    return _json(payloads.keyness_payload(result, d["limit"]))


def keyness_page(request: HttpRequest) -> HttpResponse:
    context: dict = {"get": request.GET, "units": ("word", "ngram")}
    if not request.GET.get("a", "").strip():
        return render(request, "speeches/keyness.html", context)
    try:
        d, result, _a, _b = _keyness(request)
    except BadInput as exc:
        return render(request, "speeches/keyness.html", {**context, "error": str(exc)}, status=400)
    except service.OverBudget as exc:
        return render(request, "speeches/keyness.html", {**context, "error": str(exc)}, status=413)
    query = {k: v for k, v in request.GET.items() if k != "format"}

    def rows(terms):
        return [
            {
                "t": t,
                "a_url": kwic_link(_quoted(t.term), d["a"]),
                "b_url": kwic_link(_quoted(t.term), d["b"]),
            }
            for t in terms[:100]
        ]

    context.update(
        d=d,
        result=result,
        over=rows(result.over),
        under=rows(result.under),
        chart=charts.keyness_chart(result.over[:15], result.under[:15]),
        csv_url=reverse("speeches:api-keyness") + "?" + urlencode({**query, "format": "csv"}),
        jsonl_url=reverse("speeches:api-keyness") + "?" + urlencode({**query, "format": "jsonl"}),
        json_url=reverse("speeches:api-keyness") + "?" + urlencode(query),
    )
    return render(request, "speeches/keyness.html", context)


# --- collocations ---------------------------------------------------------------------------


def _collocations(request: HttpRequest):
    d = read(forms.CollocationsForm, request.GET).cleaned_data
    exporting = d["format"] in ("csv", "jsonl")
    budget = limits.export_budget() if exporting else limits.page_budget()
    result, _side = service.collocations_of(
        d["q"], d["within"], window=d["window"], min_count=d["min"], budget=budget
    )
    return d, result


def api_collocations(request: HttpRequest) -> HttpResponse:
    try:
        d, result = _collocations(request)
    except BadInput as exc:
        return _json({"error": str(exc)}, status=400)
    except service.OverBudget as exc:
        return _over_budget(exc)
    if d["format"] in ("csv", "jsonl"):
        meta = exports.describe("collocations", d["q"], {}, within=d["within"], window=d["window"])
        rows = payloads.collocation_rows(result)
        fields = payloads.COLLOCATION_FIELDS
        return exports.response(
            d["format"], fields, rows, meta, "collocations", limits.export_budget()
        )
    return _json(payloads.collocations_payload(result))


def collocations_page(request: HttpRequest) -> HttpResponse:
    context: dict = {"get": request.GET}
    if not request.GET.get("q", "").strip():
        return render(request, "speeches/collocations.html", context)
    try:
        d, result = _collocations(request)
    except (*BadInput, service.OverBudget) as exc:
        status = 413 if isinstance(exc, service.OverBudget) else 400
        return render(
            request, "speeches/collocations.html", {**context, "error": str(exc)}, status=status
        )
    query = {k: v for k, v in request.GET.items() if k != "format"}
    api = reverse("speeches:api-collocations")
    context.update(
        d=d,
        result=result,
        rows=[
            {"c": c, "url": kwic_link(_quoted(result.node), _quoted(c.term), d["within"])}
            for c in result.results
        ],
        node_url=kwic_link(_quoted(result.node), d["within"]),
        csv_url=api + "?" + urlencode({**query, "format": "csv"}),
        jsonl_url=api + "?" + urlencode({**query, "format": "jsonl"}),
        json_url=api + "?" + urlencode(query),
    )
    return render(request, "speeches/collocations.html", context)


# --- formulation history --------------------------------------------------------------------


def _formulations(request: HttpRequest):
    d = read(forms.FormulationsForm, request.GET).cleaned_data
    history, variants, _side = service.formulation_history(d["q"], d["within"])
    return d, history, variants


def api_formulations(request: HttpRequest) -> HttpResponse:
    try:
        _d, history, variants = _formulations(request)
    except BadInput as exc:
        return _json({"error": str(exc)}, status=400)
    return _json(payloads.formulations_payload(history, variants))


def formulations_page(request: HttpRequest) -> HttpResponse:
    context: dict = {"get": request.GET}
    if not request.GET.get("q", "").strip():
        return render(request, "speeches/formulations.html", context)
    try:
        d, history, variants = _formulations(request)
    except BadInput as exc:
        return render(
            request, "speeches/formulations.html", {**context, "error": str(exc)}, status=400
        )
    firsts = [history.first, *history.first_by_level.values()]
    speeches = speeches_by_id(u.speech for u in firsts if u is not None)
    phrase = _quoted(history.phrase)
    levels = [
        {
            "level": level,
            "use": use,
            "speech": speeches.get(use.speech),
            "lag": history.lag_days.get(level),
        }
        for level, use in history.first_by_level.items()
    ]
    context.update(
        d=d,
        history=history,
        first=speeches.get(history.first.speech) if history.first else None,
        levels=levels,
        chart=charts.diffusion_chart(history.per_year, LEVELS),
        per_year=[
            {
                "p": p,
                "url": kwic_link(
                    phrase, f"year:{p.year}", f"level:{p.level}" if p.level else "", d["within"]
                ),
            }
            for p in history.per_year
        ],
        variants=[
            {
                "v": v,
                "url": kwic_link(_quoted(v.text), d["within"]),
                "history_url": reverse("speeches:formulations") + "?" + urlencode({"q": v.text}),
            }
            for v in variants
        ],
        all_url=kwic_link(phrase, d["within"]),
        json_url=reverse("speeches:api-formulations") + "?" + urlencode(request.GET),
    )
    return render(request, "speeches/formulations.html", context)
