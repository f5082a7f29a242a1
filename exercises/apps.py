from django.apps import AppConfig


class ExercisesConfig(AppConfig):
    name = "exercises"

    def ready(self) -> None:
        from django.utils.translation import gettext

        from exercises import user_messages

        user_messages.install(gettext)
