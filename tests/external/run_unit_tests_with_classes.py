#!/usr/bin/env python3
"""Runs the `ut` class of vdelachaux/unit-tests-with-Classes on its own tests, with the headless host.

Usage: run_unit_tests_with_classes.py CHECKOUT [HEADLESS_HOST]

CHECKOUT is a working copy of https://github.com/vdelachaux/unit-tests-with-Classes (nothing of it is kept in
this repository). The script builds a temporary project holding its two classes (ut, test) and a startup
method of ours, generated from the repository's own test method (Project/Sources/Methods/test_ut_class.4dm):
every assertion there on a text, number, date, time, object, collection or pointer runs, each in its own Try,
and prints PASS or FAIL with ut's message. The other assertions (pictures, blobs, files, platform checks)
stay out. Exit status: 0 when every assertion passed, 1 otherwise, 2 for bad arguments.

One change to how they run: `ut` is created with a reporter of ours that does nothing, so that a failing
assertion reports through `latest` instead of throwing (ut's default reporter is ASSERT).
"""
import pathlib
import re
import subprocess
import sys
import tempfile

TYPES = {"Integer", "Real", "Numeric", "Number", "Text", "Date", "Time", "Object", "Collection", "Pointer",
         "Pointeur"}
TEST_CALL = re.compile(r'\$ut\.test\("([^"]*)"\)')
SUITE = re.compile(r'^\$ut\.suite\("([^"]*)"\)')
SHOULD_FAIL = re.compile(r'^ASSERT:C1129\((\$ut\.test\(.*\.latest\.failed); "Should failed"\)$')

# The values the repository's test method sets up before its assertions, under the same names (ours: their
# setup also makes pictures and blobs, which stay out).
PROLOGUE = """\
var $ut : cs.ut
var $date; $emptyDate : Date
var $emptyTime : Time
var $object; $emptyObject : Object
var $collection; $emptyCollection : Collection
var $pointer : Pointer
var $passed; $failed : Integer
var $verdict : Boolean
$date:=!1958-08-08!
vTime:=Current time
$object:=New object("foo"; "bar")
$collection:=New collection(1; 2; "foo")
$pointer:=->vTime
$ut:=cs.ut.new(Formula(True))
"""

CASE = """\
Try
\t{statement}
\tIf ({verdict})
\t\t$passed+=1
\t\tALERT("PASS {label}")
\tElse
\t\t$failed+=1
\t\tALERT("FAIL {label}: "+String($ut.latest.error))
\tEnd if
Catch
\t$failed+=1
\tALERT("FAIL {label}: error "+String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
"""


def driver(test_method: str) -> str:
    out = [PROLOGUE]
    suite = ""
    for number, raw in enumerate(test_method.splitlines(), start=1):
        line = raw.strip()
        if m := SUITE.match(line):
            suite = m.group(1)
            out.append(line + "\n")
            continue
        m = TEST_CALL.search(line)
        if not m or m.group(1) not in TYPES:
            continue
        label = f"{suite} / {m.group(1)} / line {number}".replace('"', "'")
        if f := SHOULD_FAIL.match(line):
            statement, verdict = f"$verdict:={f.group(1)}", "$verdict"
            label += " (should fail)"
        elif line.startswith("$ut.test("):
            statement, verdict = line, "Bool($ut.latest.success)"
        else:
            continue
        out.append(CASE.format(statement=statement, verdict=verdict, label=label))
    out.append('ALERT(String($passed)+" passed, "+String($failed)+" failed")\n')
    return "".join(out)


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    checkout = pathlib.Path(sys.argv[1])
    host = sys.argv[2] if len(sys.argv) == 3 else str(pathlib.Path(__file__).resolve().parents[2] / "build/bin/headless-host")
    sources = checkout / "Project/Sources"
    test_method = sources / "Methods/test_ut_class.4dm"
    if not test_method.is_file():
        print(f"{checkout}: no Project/Sources/Methods/test_ut_class.4dm (not a checkout of unit-tests-with-Classes)",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        project = pathlib.Path(tmp) / "Project/Sources"
        (project / "Classes").mkdir(parents=True)
        (project / "DatabaseMethods").mkdir()
        for name in ("ut.4dm", "test.4dm"):
            (project / "Classes" / name).write_bytes((sources / "Classes" / name).read_bytes())
        (project / "DatabaseMethods/onStartup.4dm").write_text(driver(test_method.read_text(encoding="utf-8")))
        run = subprocess.run([host, tmp], capture_output=True, text=True, timeout=120)
    sys.stdout.write(run.stdout)
    sys.stderr.write(run.stderr)
    lines = run.stdout.splitlines()
    return 0 if run.returncode == 0 and lines and lines[-1].endswith(" 0 failed") else 1


if __name__ == "__main__":
    sys.exit(main())
