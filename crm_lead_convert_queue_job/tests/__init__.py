from . import test_duplicate_scan_jobs
