from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from learning.services.demo import DEMO_JOIN_CODE, DEMO_LEARNER, DEMO_TEACHER, demo_setup


class Command(BaseCommand):
    help = (
        "Prepare a fresh installation: database tables, the seed articles, a demo teacher and "
        "learner, a demo class with an approved exercise set assigned. Safe to run again."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--no-demo", action="store_true", help="only the tables and the seed articles"
        )

    def handle(self, *args, **options) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("Database ready.")
        call_command("load_seeds", stdout=self.stdout)
        if options["no_demo"]:
            return
        report = demo_setup()
        made = ", ".join(report.created) if report.created else "nothing new (already there)"
        self.stdout.write(f"Demo data: {made}.")
        self.stdout.write(f"  teacher: {DEMO_TEACHER[0]} / password {DEMO_TEACHER[1]}")
        self.stdout.write(f"  learner: {DEMO_LEARNER[0]} / password {DEMO_LEARNER[1]}")
        self.stdout.write(f"  class:   {report.classroom.name}, join code {DEMO_JOIN_CODE}")
        if report.assignment is not None:
            self.stdout.write(f"  assigned: {report.assignment.exercise_set}")
        if report.note:
            self.stdout.write(self.style.WARNING(f"  note: {report.note}"))
