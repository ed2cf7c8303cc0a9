"""Admin for campaigns, speakers and speeches. Saves and deletes go through speeches.services
so that derived fields and the search index follow every edit."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.db import models
from django.db.models import Count
from django.http import Http404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import smart_split
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from speeches import services, speakers
from speeches.admin_originals import OriginalFileWidget, original_file_response
from speeches.date_field import PrecisionDateField, precision_text_input
from speeches.form_cleaning import ControlCharacterCleaningMixin
from speeches.ingest.dedup import text_checksum
from speeches.ingest.provenance import merge_person_fields
from speeches.ingest.review import reason_label
from speeches.models import Campaign, DatePrecision, PendingIndexUpdate, Speaker, Speech

admin.site.site_header = _("党建讲话档案 · 管理")
admin.site.site_title = _("党建讲话档案")
admin.site.index_title = _("档案管理")


class CampaignAdminForm(ControlCharacterCleaningMixin, forms.ModelForm):
    pass


class SpeakerAdminForm(ControlCharacterCleaningMixin, forms.ModelForm):
    pass


@admin.register(Campaign)
class CampaignAdmin(admin.ModelAdmin):
    form = CampaignAdminForm
    list_display = ["name", "short_name", "start_date", "end_date", "speech_count"]
    search_fields = ["name", "short_name", "slug", "aliases"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n=Count("speeches"))

    @admin.display(description=_("讲话数"), ordering="n")
    def speech_count(self, obj: Campaign) -> int:
        return obj.n

    def save_model(self, request, obj, form, change):
        services.clean_text_fields(obj)
        super().save_model(request, obj, form, change)
        if change:  # campaign names are indexed with each speech
            services.reindex_speeches(obj.speeches.values_list("id", flat=True))


@admin.register(Speaker)
class SpeakerAdmin(SimpleHistoryAdmin):
    form = SpeakerAdminForm
    list_display = ["name", "pinyin", "alias_text", "organization", "speech_count"]
    search_fields = ["name", "aliases", "pinyin", "organization"]
    fields = ["name", "aliases", "pinyin", "birth_year", "death_year", "organization"]
    actions = ["merge_selected"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n=Count("speeches"))

    @admin.display(description=_("讲话数"), ordering="n")
    def speech_count(self, obj: Speaker) -> int:
        return obj.n

    @admin.display(description=_("别名"))
    def alias_text(self, obj: Speaker) -> str:
        return "、".join(obj.alias_list)

    def save_model(self, request, obj, form, change):
        services.clean_text_fields(obj)
        obj._history_user = request.user
        speakers.save_speaker(obj)
        if change:
            services.reindex_speeches(obj.speeches.values_list("id", flat=True))

    def get_urls(self):
        from speeches import admin_speakers  # noqa: PLC0415 (admin_speakers imports this module: circular at load)

        def view(func):
            return self.admin_site.admin_view(
                lambda request, object_id: func(self, request, object_id)
            )

        return [
            path(
                "<path:object_id>/merge/",
                view(admin_speakers.merge_view),
                name="speeches_speaker_merge",
            ),
            path(
                "<path:object_id>/split/",
                view(admin_speakers.split_view),
                name="speeches_speaker_split",
            ),
            *super().get_urls(),
        ]

    @admin.action(
        description=_("合并所选讲话人（并入讲话最多的一位）"), permissions=["change", "delete"]
    )
    def merge_selected(self, request, queryset):
        people = list(queryset.order_by("-n", "id"))
        if len(people) < 2:
            self.message_user(request, _("请至少选择两位讲话人。"), messages.WARNING)
            return
        keep = people[0]
        for other in people[1:]:
            services.merge_speakers(keep, other)
        self.message_user(
            request,
            _("已将 %(n)d 条记录并入“%(name)s”。") % {"n": len(people) - 1, "name": keep.name},
            messages.SUCCESS,
        )


# Each term becomes an OR over every search field; SQLite refuses an expression deeper than
# 1,000, so a pasted paragraph of words would be a 500.
MAX_SEARCH_TERMS = 10


class SpeechAdminForm(ControlCharacterCleaningMixin, forms.ModelForm):
    """The admin's speech form (its model and fields come from SpeechAdmin). The date is one
    text box at its precision (1975, 1975-03, 1975-03-12): it writes the date and
    ``date_precision`` together, and a year is never shown as 1975-01-01."""

    date = PrecisionDateField(label=_("讲话日期"), required=False, widget=precision_text_input())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.date is not None:
            self.initial["date"] = (self.instance.date, self.instance.date_precision)

    def clean(self):
        data = super().clean()
        if "date" in data:
            found = data["date"]
            data["date"] = found[0] if found else None  # the model field's value
            self._dated_at = found
        body = data.get("body")
        if body:
            same = Speech.objects.filter(checksum=text_checksum(body)).exclude(pk=self.instance.pk)
            other = same.values_list("id", flat=True).first()
            if other is not None:
                self.add_error("body", _("正文与讲话 #%(id)s 完全相同") % {"id": other})
        return data

    def _post_clean(self):
        # before the model's validation and save: the precision the text box was read at
        if "date" in self.changed_data and hasattr(self, "_dated_at"):
            found = self._dated_at
            self.instance.date_precision = found[1] if found else DatePrecision.UNKNOWN
        super()._post_clean()


class SpeechYearFilter(admin.SimpleListFilter):
    """Years in decades, in place of a date hierarchy: that one offers month and day links
    that would put a speech known only to its year under 1 January."""

    title = _("年份")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = [d.year for d in model_admin.get_queryset(request).dates("date", "year")]
        decades = sorted({y // 10 * 10 for y in years})
        chosen = self._decade()
        choices = []
        for decade in decades:
            choices.append((f"{decade}s", f"{decade}–{decade + 9}"))
            if decade == chosen:
                choices += [(str(y), f"\u2003{y}") for y in years if y // 10 * 10 == decade]
        return choices

    def _decade(self) -> int | None:
        value = self.value() or ""
        digits = value.removesuffix("s")
        if len(digits) != 4 or not digits.isascii() or not digits.isdigit():
            return None
        return int(digits) // 10 * 10

    def queryset(self, request, queryset):
        decade = self._decade()
        if decade is None:
            return queryset  # none chosen, or not a year: the whole list
        if self.value().endswith("s"):
            return queryset.filter(date__year__gte=decade, date__year__lte=decade + 9)
        return queryset.filter(date__year=int(self.value()))


@admin.register(Speech)
class SpeechAdmin(SimpleHistoryAdmin):
    form = SpeechAdminForm
    list_display = ["title", "speaker", "date_shown", "level", "is_published", "needs_review"]
    list_display += ["updated"]
    list_filter = ["needs_review", "level", "is_published", SpeechYearFilter, "date_precision"]
    list_filter += ["campaigns"]
    search_fields = ["title", "speaker__name", "occasion", "organization"]
    autocomplete_fields = ["speaker"]
    filter_horizontal = ["campaigns"]
    readonly_fields = [
        "checksum",
        "created",
        "updated",
        "view_on_site_link",
        "metadata_provenance",
        "review_reasons_display",
    ]
    change_list_template = "admin/speeches/speech/change_list.html"
    formfield_overrides = {
        models.URLField: {"assume_scheme": "https"},
        models.FileField: {"widget": OriginalFileWidget},
    }
    fieldsets = [
        (
            None,
            {
                "fields": [
                    ("needs_review", "review_reasons_display"),
                    "title",
                    "alt_title",
                    ("speaker", "speaker_position"),
                    "date",
                    "level",
                    "campaigns",
                    "is_published",
                    "view_on_site_link",
                ]
            },
        ),
        (
            _("出处"),
            {
                "fields": [
                    "occasion",
                    "organization",
                    "region",
                    "source_url",
                    "published_on",
                    "original_file",
                ]
            },
        ),
        (_("识别依据"), {"classes": ["collapse"], "fields": ["metadata_provenance"]}),
        (_("正文"), {"fields": ["body"]}),
        (
            _("原始提取文本与校验"),
            {"classes": ["collapse"], "fields": ["raw_text", "checksum", "created", "updated"]},
        ),
    ]
    actions = ["delete_through_service", "reindex"]

    @admin.display(description=_("识别依据与人工设定"))
    def metadata_provenance(self, obj: Speech) -> str:
        """What the extractor read for each field, and which fields a person set."""
        rows = []
        for field, entry in sorted((obj.metadata_evidence or {}).items()):
            for item in entry if isinstance(entry, list) else [entry]:
                value, evidence = item.get("value"), item.get("evidence")
                rows.append((field, value, item.get("confidence"), evidence))
        person = ", ".join(obj.set_by_person or []) or "—"
        table = format_html_join(
            "",
            '<tr><td>{}</td><td lang="zh-Hans">{}</td><td>{}</td>'
            '<td><q lang="zh-Hans">{}</q></td></tr>',
            rows,
        )
        return format_html(
            "<p>{} {}</p><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>{}</table>",
            _("人工设定（重新识别不会覆盖）："),
            person,
            _("字段"),
            _("识别值"),
            _("可信度"),
            _("依据"),
            table,
        )

    @admin.display(description=_("讲话日期"), ordering="date")
    def date_shown(self, obj: Speech) -> str:
        return obj.date_text or "—"  # at its precision: 1975, not 1975-01-01

    @admin.display(description=_("审核原因"))
    def review_reasons_display(self, obj: Speech) -> str:
        labels = [gettext(m.msgid) % m.params for m in map(reason_label, obj.review_reasons or [])]
        return "；".join(labels) or "—"

    @admin.display(description=_("前台页面"))
    def view_on_site_link(self, obj: Speech) -> str:
        if not obj.pk:
            return "—"
        return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), _("查看"))

    def get_urls(self):
        from speeches import admin_upload  # noqa: PLC0415 (admin_upload imports this module: circular at load)

        upload = path(
            "upload/",
            self.admin_site.admin_view(admin_upload.upload_view),
            name="speeches_speech_upload",
        )
        original = path(
            "<path:object_id>/original/",
            self.admin_site.admin_view(self.original_file_view),
            name="speeches_speech_original",
        )
        return [upload, original, *super().get_urls()]

    def original_file_view(self, request, object_id):
        """The uploaded original, to staff who may view the speech."""
        speech = self.get_object(request, unquote(object_id))
        if speech is None or not self.has_view_permission(request, speech):
            raise Http404("no such speech")
        return original_file_response(speech)

    def get_search_results(self, request, queryset, search_term):
        terms = list(smart_split(search_term))[:MAX_SEARCH_TERMS]
        return super().get_search_results(request, queryset, " ".join(terms))

    def save_model(self, request, obj, form, change):
        # Campaigns (m2m) are saved by save_related; the index update is queued there too.
        obj._history_user = request.user  # who changed it, in the speech's history
        # A field a person edits here is theirs: re-extraction never overwrites it.
        obj.set_by_person = merge_person_fields(obj.set_by_person, form.changed_data)
        if not obj.needs_review:  # a person looked: the reasons are settled
            obj.review_reasons = []
        services.save_speech(obj)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.reindex_speeches([form.instance.pk])

    def delete_model(self, request, obj):
        services.delete_speech(obj)

    def delete_queryset(self, request, queryset):
        for speech in queryset:
            services.delete_speech(speech)

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # bypasses services; ours replaces it
        return actions

    @admin.action(description=_("删除所选讲话（同时更新索引）"), permissions=["delete"])
    def delete_through_service(self, request, queryset):
        n = 0
        for speech in queryset:
            services.delete_speech(speech)
            n += 1
        self.message_user(request, _("已删除 %(n)d 篇讲话。") % {"n": n}, messages.SUCCESS)

    @admin.action(description=_("重建所选讲话的索引"))
    def reindex(self, request, queryset):
        services.reindex_speeches(queryset.values_list("id", flat=True))
        self.message_user(request, _("已更新索引。"), messages.SUCCESS)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # A long text's index, reuse and related updates run after the answer, as on the
        # upload page (services.indexing_after_response).
        large = len(request.POST.get("body", "")) >= services.LARGE_TEXT_CHARS
        with services.indexing_after_response(enabled=request.method == "POST" and large):
            return super().changeform_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        extra_context = extra_context or {}
        try:
            extra_context["upload_url"] = reverse("admin:speeches_speech_upload")
        except Exception:
            extra_context["upload_url"] = None
        extra_context["pending_index"] = PendingIndexUpdate.objects.count()
        return super().changelist_view(request, extra_context)


@admin.register(PendingIndexUpdate)
class PendingIndexUpdateAdmin(admin.ModelAdmin):
    list_display = ["speech_id", "action", "attempts", "created", "last_error"]
    readonly_fields = ["speech_id", "action", "attempts", "created", "last_error"]
    actions = ["retry"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("立即重试"))
    def retry(self, request, queryset):
        left = services.apply_pending_index_updates()
        self.message_user(request, _("剩余 %(n)d 项待处理。") % {"n": left})
