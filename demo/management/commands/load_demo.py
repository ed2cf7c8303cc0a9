from django.core.management.base import BaseCommand

from demo.load import load_demo
from speeches.models import Speech


class Command(BaseCommand):
    help = "Load the demo archive: campaigns, five sample speeches and 87 official reports."

    def add_arguments(self, parser):
        parser.add_argument("--if-empty", action="store_true", help="do nothing if speeches exist")
        parser.add_argument("--no-reports", action="store_true", help="only the five seeds")

    def handle(self, *args, if_empty: bool, no_reports: bool, **options):
        if if_empty and Speech.objects.exists():
            self.stdout.write("The archive already holds speeches; demo data not loaded.")
            return
        # A demo row whose text the archive already holds is skipped and named, not a failure.
        self.stdout.write(self.style.SUCCESS(load_demo(reports=not no_reports).summary()))
