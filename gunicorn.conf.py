"""gunicorn settings: workers from the core count, sane timeouts, an access log."""
import multiprocessing
import os

workers = int(os.environ.get("CMS_WEB_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("CMS_WEB_THREADS", 1))
timeout = 60
graceful_timeout = 30
keepalive = 5
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.environ.get("CMS_TRUSTED_PROXIES", "127.0.0.1")
