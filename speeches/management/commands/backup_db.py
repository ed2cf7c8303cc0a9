"""manage.py backup_db DEST: a consistent copy of the live SQLite database, taken online.

For PostgreSQL it prints the pg_dump command to use instead. Original files (MEDIA_ROOT) are
not in the database: copy them too, or use export_archive for a self-contained backup.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from speeches.backup import backup_sqlite


class Command(BaseCommand):
    help = "在线备份 SQLite 数据库（sqlite3 backup API）；PostgreSQL 则给出 pg_dump 命令。"

    def add_arguments(self, parser) -> None:
        parser.add_argument("dest", metavar="DEST", help="备份文件，或存放带时间戳文件的目录")
        parser.add_argument("--database", default="default", help="数据库别名")

    def handle(self, *args, dest: str, database: str, **options) -> None:
        settings_dict = connections[database].settings_dict
        vendor = connections[database].vendor
        if vendor == "postgresql":
            self.stdout.write(pg_dump_command(settings_dict, dest))
            raise CommandError(
                "backup_db 只复制 SQLite 数据库；PostgreSQL 请运行上面的 pg_dump 命令。"
            )
        if vendor != "sqlite":
            raise CommandError(f"不支持的数据库：{vendor}")
        source = Path(settings_dict["NAME"])
        if not source.is_file():
            raise CommandError(f"数据库文件不存在：{source}")
        written = backup_sqlite(source, dest)
        self.stdout.write(self.style.SUCCESS(f"已备份到 {written}"))


def pg_dump_command(settings_dict: dict, dest: str) -> str:
    """The pg_dump call for this database; the password stays out of the command line (it
    would show in `ps` and shell history): pg_dump reads PGPASSWORD or ~/.pgpass."""
    args = ["pg_dump", "--format=custom", "--no-owner", f"--file={dest}"]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings_dict.get(key):
            args.append(f"{option}={settings_dict[key]}")
    args.append(settings_dict["NAME"])
    command = shlex.join(args)
    if settings_dict.get("PASSWORD"):
        command = "PGPASSWORD=… " + command
    return command
