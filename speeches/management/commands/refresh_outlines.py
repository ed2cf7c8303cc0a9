from django.core.management.base import BaseCommand

from speeches.services import refresh_outlines


class Command(BaseCommand):
    help = "Recompute every stored outline (after the outline parser changed)."

    def handle(self, *args, **options):
        changed, total = refresh_outlines()
        self.stdout.write(f"{changed} of {total} outlines changed.")
