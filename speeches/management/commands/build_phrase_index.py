"""Rebuild the base of per-speech literal n-gram counts (n-gram keyness), off the web workers.

``prepare_archive`` runs it too; index writes start it (``--if-stale``) once many speeches
were indexed since the last base.
"""

from django.core.management.base import BaseCommand

from speeches.discourse import ngram_counts


class Command(BaseCommand):
    help = "Rebuild the per-speech literal n-gram counts used by n-gram keyness."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--if-stale",
            action="store_true",
            help="only if enough speeches were indexed since the last base (or there is none)",
        )
        parser.add_argument(
            "--if-changed",
            action="store_true",
            help="only if any speech was indexed or removed since the last base (or there is none)",
        )

    def handle(self, *args, **options) -> None:
        built = ngram_counts.build(
            if_stale=options["if_stale"], if_changed=0 if options["if_changed"] else None
        )
        if built is None:
            self.stdout.write("Phrase index: nothing to build (current, or a build is running).")
            return
        self.stdout.write(
            f"Phrase index: {built.speeches} speeches, {built.phrases} phrases, "
            f"{built.entries} counts, {built.disk_bytes / 1e6:.1f} MB, {built.seconds} s."
        )
