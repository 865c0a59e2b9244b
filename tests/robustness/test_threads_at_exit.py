"""Every thread of the host ends before the process exits: a thread still alive while exit() runs the static
destructors races with them, and under LeakSanitizer its check at exit, which stops every thread, crashed on one
in CI. Four hosts, each with a probe preloaded (threads_at_exit_probe.cpp) that counts the process's threads
after the static destructors:
  - the fault project (web server, WebSocket servers on workers, a client connected), stopped by SIGTERM;
  - the test plugin's ticker thread, stopped by SIGTERM through the plugin's shutdown hook;
  - a program whose workers call each other and end by themselves;
  - a program whose 4D.WebSocket clients fail by themselves, one after its name was resolved on the plugin's
    resolver thread, one to a name that does not resolve.
Each must exit with no more threads than a host that ran nothing (`--check`): the main thread, and under
ThreadSanitizer its runtime's own background thread."""

import argparse
import os
import signal
import subprocess
import sys
import tempfile

import harness
import wsraw


def probed_environment(probe, report, full_stacks=False):
    env = dict(os.environ, LD_PRELOAD=probe, THREADS_AT_EXIT_FILE=report)
    # AddressSanitizer wants its runtime first among the libraries; the probe is loaded before it. `full_stacks`:
    # for hosts that use OpenSSL's random generator, whose per-thread state tests/lsan.supp names by functions
    # that only the slow unwinder reaches (libcrypto has no frame pointers).
    options = [env.get("ASAN_OPTIONS"), "verify_asan_link_order=0"]
    if full_stacks and env.get("ASAN_OPTIONS"):
        options.append("fast_unwind_on_malloc=0")
    env["ASAN_OPTIONS"] = ":".join(filter(None, options))
    return env


def counted(report):
    with open(report) as f:
        return [int(line) for line in f.read().split()]


def fault_project(args, report):
    saved = dict(os.environ)
    os.environ.update(probed_environment(args.probe, report))  # the harness's host inherits this environment
    try:
        with harness.Host([args.host]) as host:
            with wsraw.RawClient(host.port, "/echo?tag=threads", timeout=10) as client:
                client.send_text("hello")
                client.read_frame(timeout=10)
                host.signal(signal.SIGTERM)
                return host.wait_exit(30)
    finally:
        os.environ.clear()
        os.environ.update(saved)


def run_to_exit(argv, env, stop_after_line=None):
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        if stop_after_line is not None:
            if process.stdout.readline() != stop_after_line:
                raise AssertionError(f"{argv[-1]}: expected {stop_after_line!r} first")
            process.send_signal(signal.SIGTERM)
        process.communicate(timeout=30)
        return process.returncode
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", required=True)
    parser.add_argument("--probe", required=True)
    parser.add_argument("--plugins", required=True)
    parser.add_argument("--ticker", required=True)
    parser.add_argument("--workers", required=True)
    parser.add_argument("--clients", required=True)
    args = parser.parse_args()
    failures = []
    with tempfile.TemporaryDirectory() as work:
        baseline_report = os.path.join(work, "baseline")
        run_to_exit([args.host, "--check", args.workers], probed_environment(args.probe, baseline_report))
        baseline = counted(baseline_report)
        print(f"a host that ran nothing: threads at exit {baseline}")
        if len(baseline) != 1:
            print("SUMMARY: the probe did not report")
            return 1
        cases = {
            "fault project, SIGTERM": lambda report: fault_project(args, report),
            "plugin ticker, SIGTERM": lambda report: run_to_exit(
                [args.host, "--plugins", args.plugins, args.ticker], probed_environment(args.probe, report),
                stop_after_line="started\n"),
            "workers ending by themselves": lambda report: run_to_exit(
                [args.host, args.workers], probed_environment(args.probe, report)),
            "clients ending by themselves": lambda report: run_to_exit(
                [args.host, args.clients], probed_environment(args.probe, report, full_stacks=True)),
        }
        for number, (name, run) in enumerate(cases.items()):
            report = os.path.join(work, f"threads{number}")
            status = run(report)
            threads = counted(report) if os.path.exists(report) else []
            print(f"{name}: exit {status}, threads at exit {threads}")
            if status != 0 or threads != baseline:
                failures.append(name)
    print(f"SUMMARY: {len(cases) - len(failures)} of {len(cases)} hosts exited with no thread beyond those of a host that ran nothing")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
