from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hogo.settings")
application = get_wsgi_application()

# After settings: the name dictionaries are loaded once per process, before any request.
from hogo.lib.names import load_dictionaries  # noqa: E402

load_dictionaries()
