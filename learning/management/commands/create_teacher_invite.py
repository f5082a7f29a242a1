from django.core.management.base import BaseCommand, CommandError, CommandParser

from learning.services.accounts import teacher_invite_create


class Command(BaseCommand):
    help = "Create a teacher invite code: signing up with it makes a teacher account."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--uses", type=int, default=1, help="how many teachers may use it")
        parser.add_argument("--days", type=int, default=14, help="days before it expires")
        parser.add_argument("--note", default="", help="e.g. the school's name")

    def handle(self, *args, **options) -> None:
        if options["uses"] < 1 or options["days"] < 1:
            raise CommandError("--uses and --days must be at least 1.")
        invite = teacher_invite_create(
            max_uses=options["uses"], days=options["days"], note=options["note"]
        )
        self.stdout.write(
            f"Teacher invite code: {invite.code} "
            f"({invite.max_uses} use(s), expires {invite.expires:%Y-%m-%d})"
        )
