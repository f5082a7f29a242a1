"""
ASGI entry point of the site (config).

It exposes the ASGI callable as a module-level variable named ``application``.

For more information on this file, see
https://docs.djangoproject.com/en/5.2/howto/deployment/asgi/
"""

import os

from django.conf import settings
from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
# A server that imports this module (gunicorn, uvicorn) is production: DEBUG is off unless set.
# manage.py (runserver, the commands, the tests) keeps the development default, DEBUG on;
# runserver imports this module after its settings are loaded, so it is not affected.
if not settings.configured:
    os.environ.setdefault("DEBUG", "0")

application = get_asgi_application()
