from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from learning.services.accounts import user_make_teacher


class Command(BaseCommand):
    help = "Make an existing account a teacher."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")

    def handle(self, *args, **options) -> None:
        user = get_user_model().objects.filter(username=options["username"]).first()
        if user is None:
            raise CommandError(f"There is no account named {options['username']!r}.")
        user_make_teacher(user=user)
        self.stdout.write(f"{user.username} is now a teacher.")
