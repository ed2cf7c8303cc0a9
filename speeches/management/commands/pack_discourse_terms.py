"""Pack the discourse term store into the base collocations read, off the web workers.

``prepare_archive`` packs too; index writes start this (``--if-behind``) once many speeches
were written since the last base.
"""

from django.core.management.base import BaseCommand

from speeches.discourse import corpus


class Command(BaseCommand):
    help = "Pack each indexed speech's words into the memory-mapped base used by collocations."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--if-behind",
            action="store_true",
            help="only if enough speeches were written since the last base (or there is none)",
        )

    def handle(self, *args, if_behind: bool, **options) -> None:
        base = corpus.pack(if_behind=if_behind)
        if base is None:
            self.stdout.write("Discourse terms: the packed base is current.")
            return
        self.stdout.write(
            f"Discourse terms packed: {len(base.speech_ids)} speeches, "
            f"{len(base.words)} words, {base.vocab_size} vocabulary ids."
        )
