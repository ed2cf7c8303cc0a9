from django.core.management.base import BaseCommand

from reuse import services
from reuse.models import Fingerprints, PendingReuseUpdate, SharedPassage
from reuse.outbox import apply_pending_reuse_updates
from speeches.models import Speech


class Command(BaseCommand):
    help = (
        "Text reuse: a full pass over the archive and the corpus view (default), or only "
        "the pending updates (--pending), or only the corpus view (--widespread), or a "
        "status line (--status)."
    )

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group()
        group.add_argument("--pending", action="store_true")
        group.add_argument("--widespread", action="store_true")
        group.add_argument("--status", action="store_true")

    def handle(self, *args, pending: bool, widespread: bool, status: bool, **options):
        if status:
            missing = Speech.objects.exclude(pk__in=Fingerprints.objects.values("speech_id"))
            self.stdout.write(
                f"speeches: {Speech.objects.count()}, without fingerprints: {missing.count()}, "
                f"shared passages: {SharedPassage.objects.count()}, "
                f"pending updates: {PendingReuseUpdate.objects.count()}"
            )
            return
        if pending:
            left = apply_pending_reuse_updates()
            self.stdout.write(f"{left} reuse update(s) still pending")
            if left:
                raise SystemExit(1)
            return
        if not widespread:
            self.stdout.write(f"{services.rebuild()} shared passages")
        self.stdout.write(f"{services.refresh_widespread()} widespread passages")
