"""The control panel example (examples/control-panel) in headless Chromium, then its connection log. The project
is copied to a temporary folder, since the example writes its log in the project's Logs folder
(Folder(fk logs folder)); the host says where at startup. The page test (tests/integration/browser/
control_panel.test.js) opens two tabs, so the log must hold a line for each connection: the time, the client's
address and the path it asked for."""

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

from host_process import HostError, HostProcess

LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d 127\.0\.0\.1 /panel$")


def check_log(path, project):
    if not os.path.realpath(path).startswith(os.path.realpath(project) + os.sep):
        raise AssertionError(f"the log {path} is not in the project folder {project}")
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    # The host's own readiness check connects too, so there are at least the two tabs' connections.
    if len(lines) < 2 or not all(LOG_LINE.match(line) for line in lines):
        raise AssertionError(f"the connection log {path} should hold a line per connection, holds {lines}")
    print(f"PASS connection log: {len(lines)} lines in {path}, e.g. {lines[-1]}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", required=True)
    parser.add_argument("--example", required=True, help="examples/control-panel")
    parser.add_argument("--node", required=True)
    parser.add_argument("--test", required=True, help="tests/integration/browser/control_panel.test.js")
    args = parser.parse_args()
    base = tempfile.mkdtemp(prefix="fourd-control-panel-")
    try:
        project = os.path.join(base, "control-panel")
        shutil.copytree(args.example, project)
        with HostProcess(shlex.split(args.host), project, ready_path="/panel") as host:
            log = host.wait_for_line(r"^Connections are logged in (.*)$").group(1)
            env = dict(os.environ, PANEL_URL=f"http://127.0.0.1:{host.port}/")
            result = subprocess.run([args.node, args.test], env=env, timeout=150).returncode
            if result != 0:
                return result
            check_log(log, project)
            return 0
    except (HostError, AssertionError, subprocess.TimeoutExpired) as error:
        print(f"FAIL control panel: {error}", flush=True)
        return 1
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
