"""The batch channel: QMP files in, QMR/QMJ/QCL/QEX files out (see BATCH-FORMAT in the docs).

``format`` parses and writes the files; the pipeline that turns records into
contacts lives beside it.
"""
