"""Apply the pending index updates (the outbox); with --wait, retry with back-off.

While the search engine is unreachable (a cluster restarting, a full disk) every save keeps
its outbox row; this command brings the index level again once the engine answers, e.g. from
a cron job or after maintenance: ``manage.py apply_index_updates --wait 600``.
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from speeches import services

MAX_DELAY = 60.0


class Command(BaseCommand):
    help = "Apply pending search-index updates; --wait SECONDS retries with back-off."

    def add_arguments(self, parser):
        parser.add_argument("--wait", type=float, default=0.0, help="retry for this long")

    def handle(self, *args, wait: float, **options):
        deadline = time.monotonic() + wait
        delay = 1.0
        while True:
            left = services.apply_pending_index_updates()
            if left == 0:
                self.stdout.write("index up to date: 0 pending")
                return
            if time.monotonic() + delay > deadline:
                raise CommandError(f"{left} index update(s) still pending (engine unreachable?)")
            self.stderr.write(f"{left} pending; retrying in {delay:.0f}s")
            time.sleep(delay)
            delay = min(delay * 2, MAX_DELAY)
