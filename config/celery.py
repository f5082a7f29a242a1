"""The Celery application. With ``CELERY_BROKER_URL`` set (e.g. ``redis://127.0.0.1:6379/0``)
tasks go to a worker (``celery -A config worker``); without it they run in-process, eagerly, so
the app needs no broker to run."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("config")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
