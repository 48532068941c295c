"""gunicorn settings for the peer, as the service's gunicorn.conf.py sets them (compare.py
passes the workers and the timeout to both)."""
import multiprocessing
import os

workers = int(os.environ.get("CMS_WEB_WORKERS", multiprocessing.cpu_count() + 1))
threads = 1
timeout = 60
graceful_timeout = 30
keepalive = 5
accesslog = None
errorlog = "-"
