"""Campaigns, speakers and speeches: the archive's records.

Writes go through ``speeches.services``; models only describe data and how to query it.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from speeches.text.date_precision import iso_date
from speeches.text.patterns import is_linear_pattern


class Level(models.TextChoices):
    CENTRAL = "中央", pgettext_lazy("level", "中央")
    PROVINCE = "省", pgettext_lazy("level", "省")
    CITY = "市", pgettext_lazy("level", "市")
    COUNTY = "县", pgettext_lazy("level", "县")
    TOWNSHIP = "乡镇", pgettext_lazy("level", "乡镇")
    GRASSROOTS = "基层", pgettext_lazy("level", "基层")


_LEVEL_LABELS = dict(Level.choices)


class DatePrecision(models.TextChoices):
    DAY = "day", pgettext_lazy("date precision", "日")
    MONTH = "month", pgettext_lazy("date precision", "月")
    YEAR = "year", pgettext_lazy("date precision", "年")
    UNKNOWN = "unknown", pgettext_lazy("date precision", "不详")


class Campaign(models.Model):
    name = models.CharField(_("名称"), max_length=200, unique=True)
    slug = models.SlugField(_("标识"), max_length=100, unique=True, allow_unicode=False)
    short_name = models.CharField(_("简称"), max_length=50, blank=True)
    start_date = models.DateField(_("开始日期"), null=True, blank=True)
    end_date = models.DateField(_("结束日期"), null=True, blank=True)
    description = models.TextField(_("简介"), blank=True)
    # How texts name the campaign: plain names, one per line (matched in Simplified script),
    # and optionally one regular expression for forms a list of names cannot express.
    aliases = models.TextField(
        _("别名"), blank=True, help_text=_("每行一个名称，讲话中出现任一名称即算提及")
    )
    pattern = models.CharField(
        _("匹配规则"),
        max_length=300,
        blank=True,
        help_text=_("可选的正则表达式（不含嵌套重复），用于别名无法表达的写法"),
    )

    class Meta:
        ordering = ["start_date", "name"]
        verbose_name = pgettext_lazy("model", "主题活动")
        verbose_name_plural = pgettext_lazy("model plural", "主题活动")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("speeches:campaign", args=[self.slug])

    def clean(self) -> None:

        if self.pattern and not is_linear_pattern(self.pattern):
            raise ValidationError(
                {"pattern": _("无效或可能很慢的正则表达式（不要嵌套重复，最多一个无界重复）")}
            )

    @property
    def label(self) -> str:
        return self.short_name or self.name


class Speaker(models.Model):
    """One person (an authority record). The position held belongs to each speech."""

    name = models.CharField(_("姓名"), max_length=100, db_index=True)
    # Other written forms, one per line (Traditional script, with 同志, spaced): an upload
    # naming any of them, after normalisation, is matched to this person.
    aliases = models.TextField(_("别名"), blank=True, help_text=_("每行一个其他写法"))
    # speeches.speakers.name_key(name): what uploads and imports are matched on.
    name_key = models.CharField(
        _("规范化姓名"), max_length=100, blank=True, db_index=True, editable=False
    )
    # The keys of the name and of every alias, each on its own line between newlines
    # ("\n周恩来\n周恩來\n"): one containment query finds the person any form names.
    match_keys = models.TextField(_("匹配键"), blank=True, editable=False)
    pinyin = models.CharField(_("拼音"), max_length=200, blank=True)
    birth_year = models.PositiveSmallIntegerField(_("生年"), null=True, blank=True)
    death_year = models.PositiveSmallIntegerField(_("卒年"), null=True, blank=True)
    organization = models.CharField(_("单位"), max_length=200, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name", "id"]
        verbose_name = pgettext_lazy("model", "讲话人")
        verbose_name_plural = pgettext_lazy("model plural", "讲话人")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("speeches:speaker", args=[self.pk])

    @property
    def alias_list(self) -> list[str]:
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]


class SpeechQuerySet(models.QuerySet):
    def published(self) -> SpeechQuerySet:
        return self.filter(is_published=True)

    def for_listing(self) -> SpeechQuerySet:
        """What list pages and the API need, without the (large) text columns."""
        return (
            self.select_related("speaker")
            .prefetch_related("campaigns")
            .defer("body", "raw_text", "outline")
        )

    def by_date(self, descending: bool = True) -> SpeechQuerySet:
        if descending:
            return self.order_by(models.F("date").desc(nulls_last=True), "-id")
        return self.order_by(models.F("date").asc(nulls_last=True), "id")


class Speech(models.Model):
    title = models.CharField(_("标题"), max_length=500)
    # A second title the copy carries (a news headline over the speech's own title).
    alt_title = models.CharField(_("其他标题"), max_length=500, blank=True)
    speaker = models.ForeignKey(
        Speaker,
        verbose_name=_("讲话人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="speeches",
    )
    # The position the speaker held when speaking (职务): a person holds many over a life.
    speaker_position = models.CharField(_("讲话人职务"), max_length=200, blank=True)
    date = models.DateField(_("讲话日期"), null=True, blank=True, db_index=True)
    date_precision = models.CharField(
        _("日期精度"), max_length=8, choices=DatePrecision.choices, default=DatePrecision.UNKNOWN
    )
    # The date a web page or document-sharing site published/uploaded the copy: never the
    # speech's own date, but worth keeping for provenance.
    published_on = models.DateField(_("发布/上传日期"), null=True, blank=True)
    level = models.CharField(
        _("层级"), max_length=4, choices=Level.choices, blank=True, db_index=True
    )
    campaigns = models.ManyToManyField(
        Campaign, verbose_name=_("主题活动"), blank=True, related_name="speeches"
    )
    organization = models.CharField(_("单位"), max_length=200, blank=True)
    region = models.CharField(_("地区"), max_length=100, blank=True)
    occasion = models.CharField(_("场合（会议名称）"), max_length=300, blank=True)
    source_url = models.URLField(_("来源网址"), max_length=1000, blank=True)
    body = models.TextField(_("正文"))
    raw_text = models.TextField(_("原始提取文本"), blank=True)
    original_file = models.FileField(_("原始文件"), upload_to="originals/%Y/%m/", blank=True)
    checksum = models.CharField(_("规范化文本校验和"), max_length=64, blank=True, db_index=True)
    outline = models.JSONField(_("提纲"), default=list, blank=True, editable=False)
    # Why the outline parser failed on this body ("" = it did not): counted by check_index.
    outline_error = models.CharField(_("提纲解析错误"), max_length=500, blank=True, editable=False)
    is_published = models.BooleanField(_("公开"), default=True)
    # Per extracted field: {"value", "confidence", "evidence"} (the line it came from).
    metadata_evidence = models.JSONField(_("识别依据"), default=dict, blank=True, editable=False)
    # Names of fields a person set (admin edit, upload preview): re-extraction keeps them.
    set_by_person = models.JSONField(_("人工设定的字段"), default=list, blank=True, editable=False)
    # Saved although something was missing (no title found, ...): a person should look.
    needs_review = models.BooleanField(_("待审核"), default=False, db_index=True)
    # Why, as short codes (speeches.review.REASONS): ["title_from_file_name", ...].
    review_reasons = models.JSONField(_("审核原因"), default=list, blank=True)
    created = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated = models.DateTimeField(_("更新时间"), auto_now=True)

    history = HistoricalRecords(excluded_fields=["outline", "raw_text"])
    objects = SpeechQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-id"]
        verbose_name = pgettext_lazy("model", "讲话")
        verbose_name_plural = pgettext_lazy("model plural", "讲话")
        constraints = [
            # The last guard against a second copy of one text, whatever the path (admin,
            # command, API, two concurrent saves); blank (not yet derived) never collides.
            models.UniqueConstraint(
                fields=["checksum"],
                condition=~models.Q(checksum=""),
                name="speech_unique_checksum",
            )
        ]
        indexes = [
            # OAI-PMH pages by (datestamp = updated, id) and feeds list the newest additions;
            # without these, each page reads every row (bodies included) to sort.
            models.Index(fields=["updated", "id"], name="speech_updated_id"),
            models.Index(fields=["created", "id"], name="speech_created_id"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("speeches:speech", args=[self.pk])

    def get_level_display(self) -> str:
        # Django's generated one hashes every lazy choice label on each call (~0.2 ms): a
        # list of 60 speeches paid 12 ms for their levels.
        return str(_LEVEL_LABELS.get(self.level, self.level))

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None

    @property
    def date_text(self) -> str:
        """The date at its precision: '1975', '1975-03', '1975-03-08' ('' if unknown)."""

        return iso_date(self.date, self.date_precision) or ""


class OutboxEntry(models.Model):
    """One speech change some derived data has still to take (a transactional outbox row).

    Saved in the same transaction as the change and deleted only once the change is taken,
    so a crash between the commit and the derived write leaves a visible, retryable task
    instead of silently stale data. ``speeches.outbox.drain`` is the one apply loop.
    """

    class Action(models.TextChoices):
        INDEX = "index", "index"
        REMOVE = "remove", "remove"

    speech_id = models.BigIntegerField(db_index=True)
    action = models.CharField(max_length=8, choices=Action.choices)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["id"]


class PendingIndexUpdate(OutboxEntry):
    """Outbox of search index writes (applied by ``speeches.indexing``)."""

    class Meta(OutboxEntry.Meta):
        verbose_name = pgettext_lazy("model", "待处理的索引更新")
        verbose_name_plural = pgettext_lazy("model plural", "待处理的索引更新")

    def __str__(self) -> str:
        return f"{self.action} speech {self.speech_id}"
