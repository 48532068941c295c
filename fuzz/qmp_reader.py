"""A coverage-guided fuzz target for the QMP reader, for atheris (libFuzzer for Python).

atheris is not a dependency of the service; install it only where you fuzz:

    pip install atheris
    python fuzz/qmp_reader.py -max_len=4096 -runs=1000000 fuzz/corpus/

Every input must give a ParsedFile or a FileRejection; anything else (an
exception, a record count that disagrees with the records) is a crash that
atheris saves as ``crash-<hash>``. Keep each one as a regression test in
tests/batch/test_fuzz.py. The hypothesis tests there run on every test run;
this target finds deeper cases over hours.
"""
import sys

import atheris

with atheris.instrument_imports():
    from plugins.channels.batch.format import FileRejection, ParsedFile, parse_qmp


def test_one_input(data):
    result = parse_qmp(data, max_bytes=1 << 20)
    if isinstance(result, FileRejection):
        assert result.code.startswith("FIL") and result.text, result
    elif isinstance(result, ParsedFile):
        assert len(result.records) == result.record_count, result
    else:
        raise AssertionError(f"parse_qmp answered {type(result).__name__}")


def main():
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
