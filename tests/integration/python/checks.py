"""A small runner for integration checks: one host per script, checks in order, a closing tally line."""

import argparse
import asyncio
import shlex
import sys
import traceback

from host_process import HostError, HostProcess


def expect(actual, expected, what):
    if actual != expected:
        raise AssertionError(f"{what}: expected {expected!r}, got {actual!r}")


def rejected_status(error):
    """The HTTP status of a refused handshake, across websockets versions (10: status_code, 11+: response)."""
    status = getattr(error, "status_code", None)
    if status is None and getattr(error, "response", None) is not None:
        status = error.response.status_code
    return status


class Checks:
    def __init__(self, description, ready_path="/", check_timeout=30.0):
        self.ready_path = ready_path
        self.check_timeout = check_timeout
        self._checks = []
        self._parser = argparse.ArgumentParser(description=description)
        self._parser.add_argument("--host", required=True, help="headless-host executable (or a command line)")
        self._parser.add_argument("--project", required=True, help="project folder the host runs")
        self.args = None

    def add_argument(self, *names, **options):
        """A script's own command-line argument, read from `checks.args` once the checks run."""
        self._parser.add_argument(*names, **options)

    def check(self, function):
        self._checks.append(function)
        return function

    def main(self):
        self.args = self._parser.parse_args()
        sys.exit(asyncio.run(self._run(shlex.split(self.args.host), self.args.project)))

    async def _run(self, host_command, project):
        try:
            return await self._run_checks(HostProcess(host_command, project, ready_path=self.ready_path))
        except (HostError, OSError) as error:
            print(f"FAIL host: {error}", flush=True)
            print(f"0 passed, {len(self._checks)} failed", flush=True)
            return 1

    async def _run_checks(self, host_process):
        passed = failed = 0
        with host_process as host:
            for check in self._checks:
                name = check.__name__
                try:
                    await asyncio.wait_for(check(host), self.check_timeout)
                    print(f"PASS {name}", flush=True)
                    passed += 1
                except asyncio.TimeoutError:
                    print(f"FAIL {name}: no result within {self.check_timeout} s", flush=True)
                    failed += 1
                except Exception as error:  # every failure is reported, the next check still runs
                    print(f"FAIL {name}: {type(error).__name__}: {error}", flush=True)
                    traceback.print_exc()
                    failed += 1
            if host.exit_code() is not None:
                print(f"FAIL host: stopped during the checks with exit status {host.exit_code()}", flush=True)
                failed += 1
        print(f"{passed} passed, {failed} failed", flush=True)
        return 0 if failed == 0 and passed > 0 else 1
