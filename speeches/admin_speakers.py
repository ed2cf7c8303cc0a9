"""Admin pages that merge two speaker records and split one (speeches.speakers does the work).

Merging: the record at hand absorbs another (its speeches, name and aliases). Splitting: the
chosen speeches of the record go to a new record (a namesake). Both need the change
permission on speakers; each moved speech gets a history entry.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from speeches import services
from speeches.models import Speaker, Speech


class MergeForm(forms.Form):
    other = forms.ModelChoiceField(
        label=_("并入本记录的讲话人"),
        queryset=Speaker.objects.none(),
        help_text=_("其讲话、姓名和别名都归入本记录，该记录随后删除。"),
    )

    def __init__(self, speaker: Speaker, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["other"].queryset = Speaker.objects.exclude(pk=speaker.pk).order_by("name")
        self.fields["other"].label_from_instance = _label


class SplitForm(forms.Form):
    speeches = forms.ModelMultipleChoiceField(
        label=_("移到新记录的讲话"),
        queryset=Speech.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    name = forms.CharField(
        label=_("新记录的姓名"), max_length=100, required=False, help_text=_("留空则同名")
    )

    def __init__(self, speaker: Speaker, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["speeches"]
        field.queryset = speaker.speeches.only("id", "title", "date", "speaker_position")
        field.label_from_instance = lambda s: " · ".join(
            p for p in (s.title, s.date_text, s.speaker_position) if p
        )


def _label(speaker: Speaker) -> str:
    count = speaker.speeches.count()
    return f"{speaker.name} (#{speaker.pk}, {count})"


def _speaker(admin, request: HttpRequest, object_id: str) -> Speaker:
    speaker = admin.get_object(request, object_id)
    if speaker is None:
        raise Http404("no such speaker")
    if not admin.has_change_permission(request, speaker):
        raise PermissionDenied
    return speaker


def _change_url(speaker: Speaker) -> str:
    return reverse("admin:speeches_speaker_change", args=[speaker.pk])


def merge_view(admin, request: HttpRequest, object_id: str) -> HttpResponse:
    speaker = _speaker(admin, request, object_id)
    form = MergeForm(speaker, request.POST or None)
    if request.method == "POST" and form.is_valid():
        other = form.cleaned_data["other"]
        if not admin.has_delete_permission(request, other):
            raise PermissionDenied
        name = other.name
        services.merge_speakers(speaker, other)
        admin.message_user(
            request,
            _("已将“%(other)s”并入本记录。") % {"other": name},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(_change_url(speaker))
    return _render(admin, request, speaker, form, "merge", _("合并讲话人"))


def split_view(admin, request: HttpRequest, object_id: str) -> HttpResponse:
    speaker = _speaker(admin, request, object_id)
    form = SplitForm(speaker, request.POST or None)
    if request.method == "POST" and form.is_valid():
        chosen = [s.pk for s in form.cleaned_data["speeches"]]
        new = services.split_speaker(speaker, chosen, name=form.cleaned_data["name"])
        admin.message_user(
            request,
            _("已将 %(n)d 篇讲话移到新记录 #%(id)d。") % {"n": len(chosen), "id": new.pk},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(_change_url(new))
    return _render(admin, request, speaker, form, "split", _("拆分讲话人"))


def _render(admin, request, speaker, form, action: str, title) -> HttpResponse:
    context = {
        **admin.admin_site.each_context(request),
        "opts": admin.model._meta,
        "original": speaker,
        "form": form,
        "title": title,
        "action": action,
    }
    return render(request, "admin/speeches/speaker/merge_split.html", context)
