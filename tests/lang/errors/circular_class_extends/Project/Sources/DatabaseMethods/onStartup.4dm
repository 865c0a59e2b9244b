// Found by the evaluator fuzzer: classes extending each other (or themselves) are refused when the project loads,
// and the refused classes are freed (they held references to each other; `./build.sh test asan` reports the
// leak). Nothing runs: no output, exit 1.
ALERT("never")
