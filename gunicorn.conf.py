"""gunicorn settings: workers from the core count, sane timeouts, an access log.

A request here is CPU work (Python) between short database calls, so one worker per core
and one spare keep the cores busy without making them take turns: on the 2-core benchmark
machine (bench/load.py, PostgreSQL on the same host) 3 workers served 1,092 API reads/s,
5 workers (the usual 2 x cores + 1) 947 and 8 workers 686. With the database on another
host a worker waits longer for each answer: raise CMS_WEB_WORKERS there, and measure.
"""
import multiprocessing
import os

workers = int(os.environ.get("CMS_WEB_WORKERS", multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("CMS_WEB_THREADS", 1))
timeout = 60
graceful_timeout = 30
keepalive = 5
accesslog = "-"
errorlog = "-"
# X-Forwarded-* are the app's to read: CMS_TRUSTED_PROXIES is how many proxies stand in front
# (the app's ProxyFix believes that many hops, core/app.py). gunicorn believes no peer's
# forwarded headers, so it never sets the scheme on its own or refuses a request the app
# would take, whatever CMS_TRUSTED_PROXIES says.
forwarded_allow_ips = ""
secure_scheme_headers = {}
