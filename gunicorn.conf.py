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
forwarded_allow_ips = os.environ.get("CMS_TRUSTED_PROXIES", "127.0.0.1")
