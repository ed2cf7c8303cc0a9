import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from demo.load import load_demo
from demo.refresh import refresh_demo
from related import services as related
from reuse import outbox as reuse_outbox
from speeches import preparation, search, services
from speeches.models import Speech


class Command(BaseCommand):
    help = (
        "Make a migrated archive ready to serve: demo data when empty (refreshed when its "
        "fixture changed), an index that matches the database, text reuse and related "
        "speeches, and an admin account (its password printed once, when created). A data "
        "step that fails is logged and reported by /healthz; only a broken installation "
        "stops the command."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-demo", action="store_true")

    def handle(self, *args, no_demo: bool, **options):
        preparation.check_installation()
        steps = preparation.Steps(self.stderr.write)
        if not no_demo:
            steps.run("demo data", self._demo)
        steps.run("search index", self._index)
        steps.run("text reuse", self._reuse)
        steps.run("related speeches", self._related)
        steps.run("discourse terms", self._discourse)
        steps.save()
        self._ensure_admin()

    def _demo(self) -> None:
        # Only an empty archive gets the demo; one the demo loaded follows a changed fixture.
        # Everyone else's speeches and edits stay as they are (demo/refresh.py).
        if not Speech.objects.exists():
            self.stdout.write(load_demo().summary())
        elif refreshed := refresh_demo():
            self.stdout.write(refreshed.summary())

    def _index(self) -> None:
        left = services.apply_pending_index_updates()
        if left:
            self.stderr.write(f"{left} index update(s) still pending; see the admin.")
        status = search.index_status()
        if status["missing"] or status["extra"]:
            self.stdout.write(
                f"Index differs from the database ({len(status['missing'])} missing, "
                f"{len(status['extra'])} extra): rebuilding."
            )
            search.rebuild_index()
        elif stale := search.text_version_differences():
            # Stored texts were normalized another way than new queries will be.
            self.stdout.write(
                f"Index built with another text version ({', '.join(stale)}): rebuilding."
            )
            search.rebuild_index()

    def _reuse(self) -> None:
        if done := reuse_outbox.ensure_current():
            self.stdout.write(f"Text reuse: {done}.")

    def _related(self) -> None:
        if computed := related.refresh_missing():
            self.stdout.write(f"Related speeches computed for {computed} speech(es).")

    def _discourse(self) -> None:
        from speeches.discourse import corpus, ngram_counts, service  # noqa: PLC0415 (jieba and the term store: only when this step runs)

        if cut := corpus.refresh_missing():
            self.stdout.write(f"Discourse terms cut for {cut} speech(es).")
        if built := ngram_counts.build(if_changed=0):
            self.stdout.write(f"N-gram counts of {built.speeches} speech(es): {built.seconds} s.")
        if cut or not corpus.store().has_new_formulations():
            service.refresh_new_formulations()

    def _ensure_admin(self) -> None:
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "", password)
        line = "=" * 60
        address = f"http://{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
        self.stdout.write(
            f"\n{line}\nAdmin log-in (shown once): {address}/admin/\n"
            f"  user: admin\n  password: {password}\n"
            f"Change it with: .venv/bin/python manage.py changepassword admin\n{line}\n"
        )
